// A form marked data-submit-progress disables its submit button and shows its .progress note while the server works
// (extraction takes seconds), so a second click does not submit the article twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-submit-progress')) return;
  form.querySelector('button[type=submit]').disabled = true;
  form.querySelector('.progress').hidden = false;
});
