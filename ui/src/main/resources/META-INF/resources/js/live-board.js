// The board's live updates: every committed change arrives as a server-sent event "claim", and htmx reloads the
// columns in place (hx-trigger="sse:claim" on #board-columns). body[data-live] says the feed is connected.
document.addEventListener('DOMContentLoaded', function () {
  var board = document.getElementById('board-columns');
  if (!board || !window.EventSource) return;
  var events = new EventSource(board.dataset.events);
  events.onopen = function () { document.body.dataset.live = 'on'; };
  events.onerror = function () { document.body.dataset.live = 'off'; };
  events.addEventListener('claim', function () { htmx.trigger('#board-columns', 'sse:claim'); });
});
