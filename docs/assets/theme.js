// The theming page's form: each colour sets its --swf-* token on the preview, as a host's CSS would.
const form = document.getElementById('tokens');
const preview = document.getElementById('preview');
const apply = () => {
  for (const input of form.querySelectorAll('input[data-token]')) preview.style.setProperty(input.dataset.token, input.value);
};
form.addEventListener('input', apply);
// A reset puts the values back after the event: apply them once it has.
form.addEventListener('reset', () => setTimeout(apply));
