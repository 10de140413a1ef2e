// Resume upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not), then polling the
// parse status until the background parser is done.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('resume-file');
  var error = document.getElementById('file-error');
  var progress = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-bar');
  var percent = document.getElementById('upload-percent');
  var status = document.getElementById('parse-status');

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }

  function poll(id, attempt) {
    fetch('/api/v1/resumes/' + id, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (resume) {
        status.textContent = 'Parse status: ' + resume.status.toLowerCase();
        if (resume.status === 'PARSED' || resume.status === 'FAILED') {
          window.location.href = '/app/resumes/' + id;
        } else if (attempt < 120) {
          window.setTimeout(function () { poll(id, attempt + 1); }, 500);
        }
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    if (!input.files || input.files.length === 0) {
      fail('Choose a file to upload.');
      return;
    }
    var data = new FormData();
    data.append('file', input.files[0]);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/resumes');
    xhr.setRequestHeader('X-CSRF-Token', window.ApplyPilot.csrfToken());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var value = Math.round(e.loaded * 100 / e.total);
        bar.value = value;
        percent.textContent = value + ' %';
      }
    });
    xhr.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (xhr.status === 202 || xhr.status === 201) {
        bar.value = 100;
        percent.textContent = '100 %';
        status.textContent = 'Uploaded. Parse status: ' + String(body.status || 'pending').toLowerCase();
        poll(body.id, 0);
      } else {
        progress.hidden = true;
        fail((body.message || 'The upload failed.') + (body.guidance ? ' ' + body.guidance : ''));
      }
    });
    xhr.addEventListener('error', function () {
      progress.hidden = true;
      fail('The server could not be reached. Check your connection and try again.');
    });
    progress.hidden = false;
    bar.value = 0;
    xhr.send(data);
  });
})();
