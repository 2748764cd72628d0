// The board's live updates: every committed change arrives as a server-sent event "claim", and htmx reloads the
// columns in place (hx-trigger="sse:claim" on #board-columns). body[data-live] says the feed is connected. Changes
// made while the feed was cut are not replayed, so the columns are reloaded once it reconnects.
document.addEventListener('DOMContentLoaded', function () {
  var board = document.getElementById('board-columns');
  if (!board || !window.EventSource) return;
  var events = new EventSource(board.dataset.events);
  var cut = false;
  events.onopen = function () {
    document.body.dataset.live = 'on';
    if (cut) htmx.trigger('#board-columns', 'sse:claim');
    cut = false;
  };
  events.onerror = function () { document.body.dataset.live = 'off'; cut = true; };
  events.addEventListener('claim', function () { htmx.trigger('#board-columns', 'sse:claim'); });
});
