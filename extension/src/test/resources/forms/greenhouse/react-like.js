// Mimics React 18 controlled inputs: a per-element value tracker remembers programmatic `el.value = x` writes, so
// only the prototype's native setter followed by an input event reaches the "onChange" (state) below.
window.state = {};
window.submitted = false;
function controlled(el) {
  var proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  var desc = Object.getOwnPropertyDescriptor(proto, 'value');
  var tracked = desc.get.call(el);
  Object.defineProperty(el, 'value', {configurable: true,
    get: function () { return desc.get.call(this); },
    set: function (v) { tracked = String(v); desc.set.call(this, v); }});
  var key = el.name || el.id;
  state[key] = tracked;
  el.addEventListener('input', function () {
    var v = desc.get.call(el);
    if (v === tracked) { return; }
    tracked = v;
    state[key] = v;
    el.value = state[key];
  });
}
document.querySelectorAll('[data-controlled]').forEach(controlled);
document.querySelectorAll('form').forEach(function (f) {
  f.addEventListener('submit', function (e) { e.preventDefault(); window.submitted = true; });
});
// The page's own handler reads the attached file, as an ATS uploader does.
window.fileSeen = {};
document.querySelectorAll('input[type=file]').forEach(function (input) {
  input.addEventListener('change', function () {
    var f = input.files[0];
    if (!f) { delete window.fileSeen[input.name]; return; }
    f.arrayBuffer().then(function (b) {
      window.fileSeen[input.name] = f.name + '|' + f.type + '|' + b.byteLength + '|' + new TextDecoder().decode(new Uint8Array(b).slice(0, 8));
    });
  });
});
