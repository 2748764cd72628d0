// Fills the add-claim form's offsets from the text the user selects in the article (the form works without it).
document.addEventListener('mouseup', function () {
  var text = document.getElementById('article-text'), selection = window.getSelection();
  if (!text || !selection.rangeCount || selection.isCollapsed) return;
  var range = selection.getRangeAt(0);
  if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
  var before = document.createRange();
  before.setStart(text, 0);
  before.setEnd(range.startContainer, range.startOffset);
  var start = before.toString().length;
  document.getElementById('add-start').value = start;
  document.getElementById('add-end').value = start + range.toString().length;
});
