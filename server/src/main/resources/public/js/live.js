// Live sync: opens /ws with the subprotocols ["bearer", token] (the token comes from /app/session/token, so it is
// never in a URL), replays missed events from lastEventId and reconnects with backoff.
(function () {
  'use strict';
  function connect(lastEventId, onEvent, onState) {
    var attempt = 0;
    var last = lastEventId;
    function open() {
      fetch('/app/session/token', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('signed out');
          }
          return response.json();
        })
        .then(function (body) {
          var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
          var socket = new WebSocket(scheme + window.location.host + '/ws', ['bearer', body.accessToken]);
          socket.onopen = function () {
            attempt = 0;
            socket.send(JSON.stringify({ type: 'hello', lastEventId: last }));
          };
          socket.onmessage = function (message) {
            var frame = JSON.parse(message.data);
            if (frame.type === 'welcome') {
              onState('live');
            } else if (frame.type === 'event') {
              last = Math.max(last, frame.id);
              onEvent(frame);
            }
          };
          socket.onclose = function () {
            onState('offline');
            retry();
          };
        })
        .catch(function () {
          onState('offline');
          retry();
        });
    }
    function retry() {
      attempt += 1;
      window.setTimeout(open, Math.min(30000, 500 * Math.pow(2, attempt)));
    }
    open();
  }
  window.ApplyPilotLive = { connect: connect };
})();
