// Validation messages in the page's language for the satisfaction survey. Optional: without this file
// the browser's own messages appear and the form still works. The messages come from the form's data-
// attributes, which the page fills from the UI dictionary; no text lives here.
for (const form of document.querySelectorAll('form[data-feedback-form]')) {
  const messageFor = (field) => {
    const v = field.validity;
    if (v.valueMissing) return form.dataset.msgRequired;
    if (v.typeMismatch && field.type === 'email') return form.dataset.msgEmail;
    if (v.tooLong) return form.dataset.msgTooLong;
    return '';
  };
  form.addEventListener(
    'invalid',
    (event) => {
      const field = event.target;
      const group = field.type === 'radio' ? form.querySelectorAll(`input[name="${CSS.escape(field.name)}"]`) : [field];
      const text = messageFor(field) ?? '';
      for (const f of group) f.setCustomValidity(text);
    },
    true,
  );
  // A custom message sticks until cleared: clear it as soon as the visitor changes the answer.
  const clear = (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
    const group = field.type === 'radio' ? form.querySelectorAll(`input[name="${CSS.escape(field.name)}"]`) : [field];
    for (const f of group) f.setCustomValidity('');
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}
