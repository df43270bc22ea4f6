// Share section (boards/share.views.tsx): adds "Copy link", and the device's own share sheet where it has one
// (Web Share API). Without this script the link is shown to copy and every other way to share is a plain link.

import { readWords } from './words.ts';

for (const section of document.querySelectorAll<HTMLElement>('[data-share]')) {
  // What is said, in the page's language (data-share-words, rendered by share.views.tsx).
  const words = readWords(section.dataset.shareWords, {
    copied: 'Link copied.',
    copyByKeys: 'Press Control and C, or Command and C, to copy the selected link.',
  });
  const url = section.dataset.shareUrl ?? location.href;
  const title = section.dataset.shareTitle ?? document.title;
  const text = section.dataset.shareText ?? '';
  const status = section.querySelector<HTMLElement>('[data-share-status]');
  const field = section.querySelector<HTMLInputElement>('#share-link');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  const copy = section.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        say(words.copied);
      } catch {
        // No clipboard access (an old browser, or permission refused): select the link for the person to copy.
        field?.focus();
        field?.select();
        say(words.copyByKeys);
      }
    });
  }

  const native = section.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', async () => {
      try {
        await navigator.share({ title, text, url });
      } catch {
        // Closing the share sheet rejects too: nothing to say.
      }
    });
  }

  field?.addEventListener('focus', () => field.select());
}
