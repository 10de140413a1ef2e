// A react-select-like single-value combobox: the menu renders (late) on mousedown / ArrowDown / typing, options are
// role=option divs, a click picks, Backspace in the empty input clears. window.selected holds the page's state.
window.selected = {};
function reactSelect(container, key, options) {
  var control = container.querySelector('.select__control');
  var input = container.querySelector('input');
  var shown = container.querySelector('.select__placeholder');
  var menu = null;
  function close() { if (menu) { menu.remove(); menu = null; input.setAttribute('aria-expanded', 'false'); } }
  function pick(text) {
    window.selected[key] = text;
    shown.textContent = text;
    shown.className = 'select__single-value';
    input.value = '';
    close();
  }
  function open() {
    setTimeout(function () {
      close();
      menu = document.createElement('div');
      menu.className = 'select__menu';
      menu.id = key + '-listbox';
      menu.setAttribute('role', 'listbox');
      var q = input.value.toLowerCase();
      options.filter(function (o) { return o.toLowerCase().indexOf(q) >= 0; }).forEach(function (o, i) {
        var div = document.createElement('div');
        div.className = 'select__option';
        div.id = key + '-option-' + i;
        div.setAttribute('role', 'option');
        div.textContent = o;
        div.addEventListener('click', function () { pick(o); });
        menu.appendChild(div);
      });
      container.appendChild(menu);
      input.setAttribute('aria-expanded', 'true');
      input.setAttribute('aria-controls', menu.id);
    }, 60);
  }
  control.addEventListener('mousedown', function (e) { if (e.target !== input) { e.preventDefault(); } input.focus(); open(); });
  input.addEventListener('input', open);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { open(); }
    if (e.key === 'Escape') { close(); }
    if (e.key === 'Backspace' && !input.value && window.selected[key]) {
      delete window.selected[key];
      shown.textContent = 'Select...';
      shown.className = 'select__placeholder';
    }
  });
}
document.querySelectorAll('.select__container').forEach(function (c) {
  reactSelect(c, c.id, JSON.parse(c.getAttribute('data-options')));
});
