// The verdict form's "add an evidence row" button: copies the last row, empty, with its own ids and numbered labels.
// Without JavaScript the button stays hidden and saving the draft gives a new empty row (the note says so).
(function () {
  function renumber(row, number) {
    row.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.id = input.id.replace(/-\d+$/, '-' + number);
    });
    row.querySelectorAll('label').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + number);
      label.textContent = label.textContent.replace(/\d+/, String(number));
    });
  }

  function reveal(root) {
    root.querySelectorAll('.evidence .add-evidence').forEach(function (button) { button.hidden = false; });
    root.querySelectorAll('.evidence .no-script').forEach(function (note) { note.hidden = true; });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.evidence .add-evidence');
    if (!button) return;
    var rows = button.closest('.evidence').querySelectorAll('.evidence-row');
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    renumber(copy, rows.length + 1);
    last.after(copy);
    copy.querySelector('input').focus();
  });
  document.addEventListener('DOMContentLoaded', function () { reveal(document); });
  // htmx replaces the main section after each action: the new form needs its button shown too.
  document.addEventListener('htmx:afterSettle', function (event) { reveal(event.target); });
})();
