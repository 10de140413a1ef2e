// Shared page helpers: the CSRF token for script requests, and forms that post JSON to the API
// (class "api-form", data-api = URL, data-method) with each error shown next to its field.
(function () {
  'use strict';
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function api(method, url, body) {
    var headers = { 'X-CSRF-Token': csrfToken(), 'Accept': 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
  }

  function showError(form, field, message) {
    var target = form.querySelector('#' + field + '-error') || form.querySelector('.form-error');
    if (!target) {
      target = document.createElement('p');
      target.className = 'error form-error';
      form.insertBefore(target, form.firstChild);
    }
    target.textContent = message;
    target.hidden = false;
    var input = form.querySelector('[name="' + field + '"]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  function bindApiForm(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      form.querySelectorAll('.error').forEach(function (e) { e.hidden = true; });
      var body = {};
      form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (input) {
        if (input.value === '') {
          return;
        }
        body[input.name] = input.dataset.kind === 'instant' ? new Date(input.value).toISOString() : input.value;
      });
      form.querySelectorAll('[required]').forEach(function (input) {
        if (!input.value && !body.__missing) {
          body.__missing = input.name;
        }
      });
      if (body.__missing) {
        showError(form, body.__missing, 'This field is required.');
        return;
      }
      api(form.dataset.method || 'POST', form.dataset.api, body).then(function (response) {
        if (response.ok) {
          window.location.reload();
          return null;
        }
        return response.json().then(function (error) {
          showError(form, error.field || 'form', error.message + (error.guidance ? ' ' + error.guidance : ''));
        });
      }).catch(function () {
        showError(form, 'form', 'The server could not be reached. Check your connection and try again.');
      });
    });
  }

  window.ApplyPilot = { api: api, csrfToken: csrfToken };
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.api-form').forEach(bindApiForm);
  });
})();
