// The board: native drag and drop between status columns (the per-card status menu is the keyboard path),
// and live updates: cards saved or moved elsewhere appear or move without a reload.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board) {
    return;
  }
  var template = document.getElementById('card-template');
  var liveStatus = document.getElementById('live-status');

  function column(status) {
    return board.querySelector('.column[data-status="' + status + '"]');
  }

  function card(jobId) {
    return board.querySelector('.card[data-job-id="' + jobId + '"]');
  }

  function recount() {
    var total = 0;
    board.querySelectorAll('.column').forEach(function (col) {
      var n = col.querySelectorAll('.card').length;
      col.querySelector('.count').textContent = String(n);
      total += n;
    });
    document.getElementById('board-total').textContent = '(' + total + ')';
    var empty = document.getElementById('board-empty');
    if (empty) {
      empty.hidden = total > 0;
    }
  }

  function place(item, status) {
    var target = column(status);
    if (!target) {
      return;
    }
    target.querySelector('.cards').insertBefore(item, target.querySelector('.cards').firstChild);
    var select = item.querySelector('select[name="status"]');
    if (select) {
      select.value = status;
    }
    recount();
  }

  function bind(item) {
    item.addEventListener('dragstart', function (event) {
      event.dataTransfer.setData('text/plain', item.dataset.jobId);
      event.dataTransfer.effectAllowed = 'move';
      item.classList.add('dragging');
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('dragging');
    });
    var form = item.querySelector('form.card-move');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      move(item, form.querySelector('select').value);
    });
  }

  function move(item, status) {
    var before = item.closest('.column').dataset.status;
    if (before === status) {
      return;
    }
    place(item, status);
    window.ApplyPilot.api('PATCH', '/api/v1/applications/' + item.dataset.jobId + '/status',
      { clientId: crypto.randomUUID(), status: status, source: 'DASHBOARD' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
      })
      .catch(function () {
        place(item, before);
        liveStatus.textContent = 'The status could not be saved; the card went back. Try again.';
      });
  }

  function addCard(job, status) {
    if (card(job.id) || board.dataset.filtered === 'true') {
      return;
    }
    var item = template.content.firstElementChild.cloneNode(true);
    item.dataset.jobId = job.id;
    var link = item.querySelector('.card-title');
    link.href = '/app/jobs/' + job.id;
    link.textContent = job.title || 'Untitled job';
    item.querySelector('.card-company').textContent = job.company || '';
    var form = item.querySelector('form');
    form.action = '/app/jobs/' + job.id + '/status';
    var select = form.querySelector('select');
    select.id = 'move-' + job.id;
    form.querySelector('label').htmlFor = select.id;
    bind(item);
    place(item, status || 'INTERESTED');
  }

  board.querySelectorAll('.card').forEach(bind);
  board.querySelectorAll('.column').forEach(function (col) {
    col.addEventListener('dragover', function (event) {
      event.preventDefault();
      col.classList.add('drop');
    });
    col.addEventListener('dragleave', function () {
      col.classList.remove('drop');
    });
    col.addEventListener('drop', function (event) {
      event.preventDefault();
      col.classList.remove('drop');
      var item = card(event.dataTransfer.getData('text/plain'));
      if (item) {
        move(item, col.dataset.status);
      }
    });
  });

  window.ApplyPilotLive.connect(Number(board.dataset.lastEventId || 0), function (frame) {
    var payload = frame.payload || {};
    if (frame.kind === 'job.saved' && payload.job) {
      addCard(payload.job, payload.applicationStatus);
    } else if (frame.kind === 'application.status' && payload.jobId) {
      var item = card(payload.jobId);
      if (item && item.closest('.column').dataset.status !== payload.status) {
        place(item, payload.status);
      }
    }
  }, function (state) {
    liveStatus.textContent = state === 'live' ? 'Live: changes from the extension appear here at once.' : 'Offline: reconnecting…';
    board.dataset.live = state;
  });
})();
