// Enhances the answer form: a live character count and protection from double submits.
// Everything here is optional: the form works the same without JavaScript.

function countCharacters(text: string): number {
  return Array.from(text).length;
}

function enhanceCharacterCount(group: HTMLElement): void {
  const textarea = group.querySelector('textarea');
  const message = group.querySelector<HTMLElement>('.character-count');
  const max = Number(group.dataset.max);
  if (!textarea || !message || !max) return;
  // A separate live region, updated after typing pauses, so screen readers are not flooded.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  message.after(status);
  let timer: number | undefined;
  const update = () => {
    const left = max - countCharacters(textarea.value);
    const text =
      left >= 0 ? `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} remaining` : `You have ${(-left).toLocaleString('en-GB')} character${left === -1 ? '' : 's'} too many`;
    message.textContent = text;
    message.classList.toggle('character-count--over', left < 0);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = text), 800);
  };
  message.setAttribute('aria-hidden', 'true');
  textarea.addEventListener('input', update);
  update();
  status.textContent = '';
}

function preventDoubleSubmit(form: HTMLFormElement): void {
  let sentAt = 0;
  form.addEventListener('submit', (event) => {
    // The one-time key already makes a resend harmless; this just stops a second request.
    if (Date.now() - sentAt < 3000) event.preventDefault();
    else sentAt = Date.now();
  });
}

document.querySelectorAll<HTMLElement>('[data-character-count]').forEach(enhanceCharacterCount);
document.querySelectorAll<HTMLFormElement>('[data-answer-form]').forEach(preventDoubleSubmit);
document.querySelector<HTMLElement>('[data-error-summary]')?.focus();
