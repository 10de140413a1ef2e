// Workday-like apply flow: data-automation-id everywhere, a prompt (button + listbox rendered on click), and a second
// step that replaces the first when "Save and Continue" is clicked (rendered late, like Workday's fetch).
window.answers = {};
function prompt(button, key, options) {
  button.addEventListener('click', function () {
    setTimeout(function () {
      var old = document.getElementById(key + '-list');
      if (old) { old.remove(); }
      var ul = document.createElement('ul');
      ul.id = key + '-list';
      ul.setAttribute('role', 'listbox');
      ul.setAttribute('data-automation-id', 'activeListContainer');
      options.forEach(function (o) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        var div = document.createElement('div');
        div.setAttribute('data-automation-id', 'promptOption');
        div.textContent = o;
        li.appendChild(div);
        li.addEventListener('click', function () {
          window.answers[key] = o;
          button.textContent = o;
          button.setAttribute('aria-label', button.getAttribute('data-label') + ' ' + o);
          ul.remove();
        });
        ul.appendChild(li);
      });
      document.body.appendChild(ul);
      button.setAttribute('aria-controls', ul.id);
    }, 100);
  });
}
prompt(document.getElementById('input-6'), 'country', ['France', 'Germany', 'United States of America']);
document.querySelector('[data-automation-id=bottom-navigation-next-button]').addEventListener('click', function () {
  document.querySelectorAll('#step1 input').forEach(function (i) { window.answers[i.getAttribute('data-automation-id')] = i.value; });
  document.getElementById('step1').remove();
  setTimeout(function () {
    document.getElementById('flow').insertAdjacentHTML('beforeend', document.getElementById('step2-template').innerHTML);
  }, 300);
});
