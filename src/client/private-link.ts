// The private link's key travels in the address's #fragment, which browsers never send to the server.
// On the confirmation page this shows the full link; on the manage page it fills in and sends the key.

const key = /[#&]key=([A-Za-z0-9_-]{20,100})/.exec(window.location.hash)?.[1];

const section = document.querySelector<HTMLElement>('[data-private-link]');
if (section && key) {
  const box = section.querySelector<HTMLElement>('[data-private-link-box]');
  const input = section.querySelector<HTMLInputElement>('#private-link');
  if (box && input) {
    input.value = `${window.location.origin}${section.dataset.managePath}#key=${key}`;
    box.hidden = false;
    section.querySelector<HTMLElement>('[data-private-link-fallback]')?.setAttribute('hidden', '');
    input.addEventListener('focus', () => input.select());
  }
}

const start = document.querySelector<HTMLFormElement>('[data-manage-start]');
if (start && key) {
  const field = start.querySelector<HTMLInputElement>('input[name="key"]');
  if (field) {
    field.value = key;
    start.requestSubmit();
  }
}
