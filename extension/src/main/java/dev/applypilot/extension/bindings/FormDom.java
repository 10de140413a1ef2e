package dev.applypilot.extension.bindings;

import org.teavm.jso.JSBody;

/**
 * The page side of autofill, in plain ES5 (TeaVM inlines {@code @JSBody} scripts and parses them as ES5): a small
 * library installed once per frame as {@code window.__apDom}, which reads every form control into a
 * {@link FieldHandle} (labels, visibility, options, current value) and writes values the way a user's browser
 * would (native value setter + bubbling events, clicks, DataTransfer). It works in open shadow roots; every frame
 * runs its own content script, so iframes need nothing here. Kept in JS because reading the DOM through single
 * JSO calls would cost far more calls and bytes; all decisions stay in Java.
 */
public final class FormDom {
    private FormDom() {
    }

    private static final String LIB = ""
            + "if (window.__apDom) return;"
            + "var D = window.__apDom = {seen: new WeakSet(), roots: [], tips: new WeakMap()};"
            + "var SKIP = {hidden: 1, submit: 1, button: 1, image: 1, reset: 1};"
            + "function norm(s) { return (s || '').replace(/\\s+/g, ' ').trim(); }"
            + "function isCtl(x) { var t = x.tagName; return t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA'; }"
            // Text of a node without option lists, scripts or the values of nested controls.
            + "function textOf(n) { var out = [];"
            + "  function walk(x) { for (var c = x.firstChild; c; c = c.nextSibling) {"
            + "    if (c.nodeType === 3) { out.push(c.nodeValue); }"
            + "    else if (c.nodeType === 1) { var t = c.tagName;"
            + "      if (t === 'SELECT' || t === 'TEXTAREA' || t === 'SCRIPT' || t === 'STYLE' || t === 'OPTION' || t === 'TEMPLATE') { continue; }"
            + "      walk(c); } } }"
            + "  walk(n);"
            + "  return norm(out.join(' ')); }"
            + "D.textOf = textOf;"
            + "function rootOf(e) { return e.getRootNode ? e.getRootNode() : document; }"
            + "function byId(e, id) { var r = rootOf(e); var t = r.getElementById ? r.getElementById(id) : null;"
            + "  return t || document.getElementById(id); }"
            + "function byIds(e, ids) { ids = norm(ids); if (!ids) { return ''; } var parts = ids.split(' '), s = [];"
            + "  for (var i = 0; i < parts.length; i++) { var t = byId(e, parts[i]); if (t) { var x = textOf(t); if (x) { s.push(x); } } }"
            + "  return s.join(' '); }"
            + "function ctlCount(x) { return isCtl(x) ? 1 : x.querySelectorAll('input:not([type=hidden]),select,textarea').length; }"
            + "function ownLabel(e) { var t = byIds(e, e.getAttribute('aria-labelledby')); if (t) { return t; }"
            + "  if (e.labels && e.labels.length) { for (var i = 0; i < e.labels.length; i++) { t = textOf(e.labels[i]); if (t) { return t; } } }"
            + "  var w = e.closest('label'); return w && ctlCount(w) <= 1 ? textOf(w) : ''; }"
            // Text just before the control: question cards, table cells, custom widgets without <label>.
            + "function nearby(e) { var cur = e;"
            + "  for (var d = 0; d < 5 && cur && cur !== document.body; d++) {"
            + "    for (var p = cur.previousElementSibling; p; p = p.previousElementSibling) {"
            + "      if (ctlCount(p) > 0) { return ''; }"
            + "      if (p.tagName === 'SCRIPT' || p.tagName === 'STYLE') { continue; }"
            + "      var t = textOf(p); if (t) { return t.length > 200 ? t.slice(0, 200) : t; } }"
            + "    cur = cur.parentElement || (cur.parentNode && cur.parentNode.host); }"
            + "  return ''; }"
            + "function heading(e) { var cur = e;"
            + "  for (var d = 0; d < 8 && cur && cur !== document.body; d++) { var n = 0;"
            + "    for (var p = cur.previousElementSibling; p && n < 20; p = p.previousElementSibling, n++) {"
            + "      if (/^(H[1-6]|LEGEND)$/.test(p.tagName)) { return textOf(p); }"
            + "      var hs = p.querySelectorAll('h1,h2,h3,h4,h5,h6,legend'); if (hs.length) { return textOf(hs[hs.length - 1]); } }"
            + "    cur = cur.parentElement; }"
            + "  return ''; }"
            + "function groupLabel(e) { var fs = e.closest('fieldset');"
            + "  if (fs) { var lg = fs.querySelector('legend'); if (lg && textOf(lg)) { return textOf(lg); } }"
            + "  var g = e.closest('[role=radiogroup],[role=group]');"
            + "  if (g) { var t = byIds(g, g.getAttribute('aria-labelledby')); if (t) { return t; }"
            + "    if (g.getAttribute('aria-label')) { return norm(g.getAttribute('aria-label')); } }"
            + "  return nearby(e.closest('label') || e); }"
            // Visibility: rendered, not visibility:hidden, not tiny, not clipped away, not transparent, not off-screen.
            + "function shown(x) { if (!x || !x.getClientRects || x.getClientRects().length === 0) { return false; }"
            + "  var s = getComputedStyle(x); if (s.visibility === 'hidden' || s.visibility === 'collapse') { return false; }"
            + "  var r = x.getBoundingClientRect(); if (r.width < 2 || r.height < 2) { return false; }"
            + "  if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) { return false; }"
            + "  if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') { return false; }"
            + "  return true; }"
            + "D.shown = shown;"
            + "function opaque(x) { for (var c = x, d = 0; c && c.nodeType === 1 && d < 8; c = c.parentElement, d++) {"
            + "    if (parseFloat(getComputedStyle(c).opacity) === 0) { return false; } } return true; }"
            // Radios, checkboxes and file inputs are often visually hidden behind a styled label or drop zone: the
            // stand-in is the label, or the nearest shown ancestor that holds no other control (the zone, not the
            // form). Climbing passes screen-reader-only wrappers but stops at anything hidden on purpose (off-screen,
            // visibility:hidden, not rendered): a trap field keeps its label text but not a visible stand-in.
            + "function onPurpose(x) { var s = getComputedStyle(x), r = x.getBoundingClientRect();"
            + "  return !x.getClientRects().length || s.visibility === 'hidden' || s.visibility === 'collapse'"
            + "    || r.right + scrollX <= 0 || r.bottom + scrollY <= 0; }"
            + "function standIn(e) { var x = (e.labels && e.labels[0]) || e.closest('label') || e.parentElement;"
            + "  for (var i = 0; i < 3 && x && !shown(x); i++) { if (onPurpose(x)) { return null; } x = x.parentElement; }"
            + "  return x && shown(x) && opaque(x) && ctlCount(x) <= 1 ? x : null; }"
            + "function visible(e, proxied) { if (e.closest('[inert]')) { return false; }"
            + "  return (shown(e) && opaque(e)) || (proxied && !!standIn(e)); }"
            + "function anchorOf(e) { return shown(e) ? e : standIn(e) || e; }"
            + "function enabled(e) { return !e.disabled && !e.readOnly && !e.closest('fieldset[disabled]')"
            + "  && e.getAttribute('aria-disabled') !== 'true' && e.getAttribute('aria-readonly') !== 'true'; }"
            + "var KEEP = ['data-automation-id', 'tabindex', 'class', 'data-qa', 'role', 'data-testid'];"
            + "function attrs(e) { var a = [];"
            + "  for (var i = 0; i < KEEP.length; i++) { var v = e.getAttribute(KEEP[i]); if (v !== null) { a.push(KEEP[i], String(v)); } }"
            + "  if (e.closest('[aria-hidden=true]')) { a.push('aria-hidden', 'true'); } return a; }"
            + "var PLACEHOLDER = /^(select|choose|please select|pick|--|—|-|bitte w|s[ée]lectionn|seleccion)/i;"
            + "function comboValue(e) { var box = comboBox(e);"
            + "  var v = box.querySelector('[class*=singleValue],[class*=single-value],[data-automation-id=selectedItem]');"
            + "  var t = v ? textOf(v) : (isCtl(e) ? '' : textOf(e));"
            + "  return PLACEHOLDER.test(t) ? '' : t; }"
            + "function comboBox(e) { return e.closest('[class*=control],[class*=Control],[data-automation-id=multiSelectContainer]')"
            + "  || e.parentElement || e; }"
            + "function isCombo(e) { var ac = e.getAttribute('aria-autocomplete');"
            + "  return e.getAttribute('role') === 'combobox' || ac === 'list' || ac === 'both'"
            + "    || e.getAttribute('aria-haspopup') === 'listbox' || !!e.closest('[role=combobox]'); }"
            + "function base(e, kind, tag, type, label) {"
            + "  return {kind: kind, el: e, els: [e], tag: tag, type: type, name: e.getAttribute('name') || '', id: e.id || '',"
            + "    autocomplete: e.getAttribute('autocomplete') || '', label: label, ariaLabel: norm(e.getAttribute('aria-label')),"
            + "    describedBy: byIds(e, e.getAttribute('aria-describedby')), placeholder: norm(e.getAttribute('placeholder')),"
            + "    nearby: '', heading: heading(e), required: !!e.required || e.getAttribute('aria-required') === 'true',"
            + "    visible: false, enabled: enabled(e), value: '', ov: [], ot: [], at: attrs(e), anchor: e}; }"
            + "function finish(h, proxied) { h.visible = visible(h.el, proxied);"
            + "  if (!h.label && !h.ariaLabel) { h.nearby = nearby(h.el); } return h; }"
            + "function selectField(e) { var h = base(e, 'select', 'select', 'select', ownLabel(e));"
            + "  for (var i = 0; i < e.options.length; i++) { var o = e.options[i]; h.ov.push(o.value); h.ot.push(norm(o.text)); }"
            + "  var s = e.selectedIndex, o2 = s >= 0 ? e.options[s] : null;"
            + "  h.value = !o2 || o2.value === '' || (s === 0 && (PLACEHOLDER.test(norm(o2.text)) || !norm(o2.text))) ? '' : o2.value;"
            + "  return finish(h, false); }"
            + "D.scan = function () { var out = [], groups = {}, boxes = new Map(); D.roots = [];"
            + "  function group(e, type) { var c = e.closest('[role=radiogroup],fieldset');"
            + "    var key = e.name ? type + '|' + e.name : (type === 'radio' && c ? null : undefined);"
            + "    var h = null; if (key) { h = groups[key]; } else if (key === null) { h = boxes.get(c); }"
            + "    var own = ownLabel(e), v = e.value && e.value !== 'on' ? e.value : own;"
            + "    if (h) { if (h.ov.indexOf(v) >= 0) { v = own || v + '#' + h.els.length; }"
            + "      h.els.push(e); h.anchors.push(anchorOf(e)); h.ov.push(v); h.ot.push(own); h.required = h.required || !!e.required;"
            + "      h.visible = h.visible || visible(e, true); h.enabled = h.enabled || enabled(e);"
            + "      if (e.checked) { h.value = v; } return; }"
            + "    h = base(e, 'group', 'input', type, own); h.ov.push(v); h.ot.push(own); h.visible = visible(e, true);"
            + "    h.own = own; h.value = e.checked ? v : ''; h.anchors = [anchorOf(e)];"
            + "    if (key) { groups[key] = h; } else if (key === null) { boxes.set(c, h); }"
            + "    out.push(h); }"
            + "  function consider(e) { var tag = e.tagName, role = e.getAttribute('role');"
            + "    if (tag === 'INPUT') { var type = (e.getAttribute('type') || 'text').toLowerCase(); if (SKIP[type]) { return; }"
            + "      if (type === 'radio' || type === 'checkbox') { group(e, type); return; }"
            + "      if (type === 'file') { var f = base(e, 'file', 'input', 'file', ownLabel(e)); f.anchor = anchorOf(e); out.push(finish(f, true)); return; }"
            + "      var k = isCombo(e) ? 'combo' : 'text'; var h = base(e, k, 'input', k === 'combo' ? 'text' : type, ownLabel(e));"
            + "      h.value = k === 'combo' ? comboValue(e) : e.value; if (k === 'combo') { h.anchor = comboBox(e); }"
            + "      out.push(finish(h, false)); return; }"
            + "    if (tag === 'SELECT') { out.push(selectField(e)); return; }"
            + "    if (tag === 'TEXTAREA') { var ta = base(e, 'text', 'textarea', 'textarea', ownLabel(e)); ta.value = e.value; out.push(finish(ta, false)); return; }"
            + "    if ((role === 'combobox' || e.getAttribute('aria-haspopup') === 'listbox') && !e.querySelector('input,select,textarea')"
            + "        && !(e.parentElement && e.parentElement.closest('[role=combobox]'))) {"
            + "      var c = base(e, 'combo', 'input', 'text', ownLabel(e)); c.value = comboValue(e); out.push(finish(c, false)); return; }"
            + "    if ((e.getAttribute('data-automation-id') === 'file-upload-drop-zone' || /dropzone|drop-zone/i.test(e.className || ''))"
            + "        && !e.querySelector('input[type=file]') && !e.closest('label')) {"
            + "      var dz = base(e, 'drop', 'input', 'file', ownLabel(e) || norm(e.getAttribute('aria-label')) || textOf(e).slice(0, 200));"
            + "      out.push(finish(dz, false)); } }"
            + "  function visit(r) { D.roots.push(r); var all = r.querySelectorAll('*');"
            + "    for (var i = 0; i < all.length; i++) { consider(all[i]); if (all[i].shadowRoot) { visit(all[i].shadowRoot); } } }"
            + "  visit(document);"
            + "  for (var i = 0; i < out.length; i++) { var h = out[i]; if (h.kind !== 'group') { continue; }"
            + "    if (h.type === 'checkbox' && h.els.length === 1) { h.label = h.own; h.value = h.el.checked ? 'true' : ''; }"
            + "    else { h.label = groupLabel(h.el); }"
            + "    if (!h.label) { h.nearby = nearby(h.el.closest('label') || h.el); } }"
            + "  return out; };"
            // Writing: the prototype's native setter (React's value tracker sees it) plus the events a user causes.
            + "function setter(el) { var p = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype"
            + "  : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;"
            + "  return Object.getOwnPropertyDescriptor(p, 'value').set; }"
            + "function fire(el, t) { el.dispatchEvent(new Event(t, {bubbles: true})); }"
            + "function focus(el) { try { el.focus({preventScroll: true}); } catch (x) { } }"
            // Focus and blur as events only: moving real focus forces a layout per field and scrolls; handlers
            // that validate on blur (Workday, React onBlur via focusout) still run.
            + "function touch(el, on) { el.dispatchEvent(new FocusEvent(on ? 'focus' : 'blur'));"
            + "  el.dispatchEvent(new FocusEvent(on ? 'focusin' : 'focusout', {bubbles: true})); }"
            + "D.setValue = function (el, v) { touch(el, true); setter(el).call(el, v); fire(el, 'input'); fire(el, 'change');"
            + "  touch(el, false); return el.value === v; };"
            + "D.file = function (name, mime, b64) { var bin = atob(b64), bytes = new Uint8Array(bin.length);"
            + "  for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }"
            + "  var dt = new DataTransfer(); dt.items.add(new File([bytes], name, {type: mime})); return dt; };"
            + "D.mouse = function (el) { var o = {bubbles: true, cancelable: true, button: 0, view: window};"
            + "  el.dispatchEvent(new MouseEvent('mouseover', o)); el.dispatchEvent(new MouseEvent('mousedown', o));"
            + "  el.dispatchEvent(new MouseEvent('mouseup', o)); el.click(); };"
            + "D.key = function (el, key, code) { el.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true, cancelable: true, key: key, code: key, keyCode: code})); };"
            + "D.options = function (h) { var el = h.el, ids = norm(el.getAttribute('aria-controls') || el.getAttribute('aria-owns')), list = null;"
            + "  if (ids) { list = byId(el, ids.split(' ')[0]); }"
            + "  var found = [], scopes = list ? [list] : D.roots.length ? D.roots : [document];"
            + "  for (var s = 0; s < scopes.length; s++) { var os = scopes[s].querySelectorAll('[role=option],[data-automation-id=promptOption]');"
            + "    for (var i = 0; i < os.length; i++) { var o = os[i];"
            + "      if (o.parentElement && o.parentElement.closest('[role=option]')) { continue; }"
            + "      if (shown(o) && found.indexOf(o) < 0) { found.push(o); } } }"
            + "  return found; };"
            // Waits until the option list has rendered and stopped changing (React, Workday fetch options late).
            + "D.waitOptions = function (h, done) { var start = performance.now(), last = -1;"
            + "  function poll() { var os = D.options(h);"
            + "    if ((os.length > 0 && os.length === last) || performance.now() - start > 1500) {"
            + "      h.menu = os; h.menuText = os.map(function (o) { return textOf(o); }); done(); return; }"
            + "    last = os.length; setTimeout(poll, 40); }"
            + "  poll(); };"
            + "D.open = function (h, done) { var el = h.el; focus(el); D.mouse(el.tagName === 'INPUT' ? comboBox(el) : el);"
            + "  if (el.tagName === 'INPUT') { D.key(el, 'ArrowDown', 40); } D.waitOptions(h, done); };"
            + "D.type = function (h, text, done) { var el = h.el; focus(el);"
            + "  if (el.tagName === 'INPUT') { setter(el).call(el, text); fire(el, 'input'); } D.waitOptions(h, done); };"
            + "D.close = function (h) { D.key(h.el, 'Escape', 27); try { h.el.blur(); } catch (x) { } };"
            // Undo: what a field held before we touched it, and how to put it back.
            + "D.remember = function (h) { if (h.orig) { return; } var el = h.el;"
            + "  h.orig = {value: el.value, checked: h.els.map(function (x) { return !!x.checked; }),"
            + "    files: el.files || null, combo: h.kind === 'combo' ? comboValue(el) : ''}; };"
            + "D.restore = function (h) { var o = h.orig, el = h.el; if (!o) { return; }"
            + "  if (h.kind === 'text' || h.kind === 'select') { D.setValue(el, o.value); }"
            + "  else if (h.kind === 'group') { for (var i = 0; i < h.els.length; i++) { var x = h.els[i]; if (x.checked === o.checked[i]) { continue; }"
            + "      if (x.type === 'checkbox' || o.checked[i]) { x.click(); }"
            + "      else { Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked').set.call(x, false); fire(x, 'input'); fire(x, 'change'); } } }"
            + "  else if (h.kind === 'file') { try { el.files = o.files || new DataTransfer().files; } catch (x) { } fire(el, 'input'); fire(el, 'change'); }"
            // A select-like widget without a native value: react-select clears its value on Backspace in an empty input.
            + "  else if (h.kind === 'combo' && !o.combo && comboValue(el)) { focus(el); D.key(el, 'Backspace', 8); try { el.blur(); } catch (x) { } }"
            + "  h.orig = null; };"
            // Highlight with inline styles (no page stylesheet involved, so page CSP and CSS resets cannot interfere).
            + "D.mark = function (h, title, color, dashed) { var as = h.anchors || [h.anchor];"
            + "  if (!h.marks) { h.marks = as.map(function (a) { return {a: a, outline: a.style.outline, offset: a.style.outlineOffset,"
            + "    title: a.getAttribute('title')}; }); }"
            + "  for (var i = 0; i < as.length; i++) { as[i].style.outline = '2px ' + (dashed ? 'dashed ' : 'solid ') + color;"
            + "    as[i].style.outlineOffset = '1px'; as[i].setAttribute('title', title); } };"
            + "D.unmark = function (h) { if (!h.marks) { return; } for (var i = 0; i < h.marks.length; i++) { var m = h.marks[i];"
            + "    m.a.style.outline = m.outline; m.a.style.outlineOffset = m.offset;"
            + "    if (m.title === null) { m.a.removeAttribute('title'); } else { m.a.setAttribute('title', m.title); } } h.marks = null; };"
            // A suggestion (answer bank) after the field, styled inside its own shadow root like the Save button.
            + "D.suggest = function (h, text, label, use) { D.unsuggest(h); var host = document.createElement('div'),"
            + "  root = host.attachShadow({mode: 'open'}), st = document.createElement('style'), t = document.createElement('span'),"
            + "  b = document.createElement('button');"
            + "  host.style.cssText = 'all: initial; display: block; margin: 4px 0;'; host.setAttribute('data-applypilot-suggestion', '');"
            + "  st.textContent = 'span { font: 12px/1.5 system-ui, sans-serif; color: #333; }"
            + "  button { all: initial; font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: #1f9d55; border-radius: 9px;"
            + "  padding: 1px 10px; margin-left: 6px; cursor: pointer; } button:focus-visible { outline: 2px solid #f5b400; }';"
            + "  t.textContent = text; b.type = 'button'; b.textContent = label;"
            + "  b.addEventListener('click', function (ev) { ev.preventDefault(); ev.stopPropagation(); use(); });"
            + "  root.appendChild(st); root.appendChild(t); root.appendChild(b); h.anchor.insertAdjacentElement('afterend', host);"
            + "  D.tips.set(h.el, host); };"
            + "D.unsuggest = function (h) { var t = D.tips.get(h.el); if (t) { t.remove(); D.tips['delete'](h.el); } };"
            + "D.watch = function (cb) { D.unwatch(); var timer = 0;"
            + "  D.obs = new MutationObserver(function () { clearTimeout(timer); timer = setTimeout(cb, 150); });"
            + "  for (var i = 0; i < D.roots.length; i++) { D.obs.observe(D.roots[i] === document ? document.documentElement : D.roots[i],"
            + "    {childList: true, subtree: true}); } };"
            + "D.unwatch = function () { if (D.obs) { D.obs.disconnect(); D.obs = null; } };";

    /** Installs the page library in this frame (idempotent). */
    @JSBody(script = LIB)
    public static native void install();

    /** Every form control of the frame, open shadow roots included, in document order; radio/checkbox groups collapsed. */
    @JSBody(script = "return window.__apDom.scan();")
    public static native FieldHandles scan();

    /** Starts a new session: every element may be considered again. */
    @JSBody(script = "window.__apDom.seen = new WeakSet();")
    public static native void forgetSeen();

    /** Whether a CSS selector matches anything in the document (vendor DOM markers); invalid selectors do not. */
    @JSBody(params = "selector", script = "try { return !!document.querySelector(selector); } catch (e) { return false; }")
    public static native boolean has(String selector);

    @JSBody(script = "return location.href;")
    public static native String url();

    /** Milliseconds with sub-millisecond precision, for the in-page timings the reply reports. */
    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(params = {"ms", "callback"}, script = "return setTimeout(callback, ms);")
    public static native int later(int ms, FieldCallback callback);

    @JSBody(params = "timer", script = "clearTimeout(timer);")
    public static native void cancel(int timer);

    /** Calls back (debounced) whenever nodes are added or removed in the document or a scanned shadow root. */
    @JSBody(params = "callback", script = "window.__apDom.watch(callback);")
    public static native void watch(FieldCallback callback);

    @JSBody(script = "window.__apDom.unwatch();")
    public static native void unwatch();
}
