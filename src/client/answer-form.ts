// Enhances the answer form: a live character count, an early hint when the answer seems to identify
// someone, the invisible browser check, and protection from double submits.
// Everything here is optional: the form works without JavaScript (an answer sent without the check is held for a moderator).
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { findIdentifying, identifyingKinds, identifyingLabels } from '../safety/identifying/identifying.ts';
import { type Forms, fill, plural, readWords } from './words.ts';

/**
 * What the form says, in the page's language: data-answer-words (JSON) on the form or an element around it, over these
 * English words. `kinds` names each kind of identifying information as in "seems to include a phone number".
 */
const english = {
  remaining: { one: 'You have {n} character remaining', other: 'You have {n} characters remaining' } as Forms,
  tooMany: { one: 'You have {n} character too many', other: 'You have {n} characters too many' } as Forms,
  identifying: 'Your answer seems to include {list}. Answers are public: remove anything that could identify you or someone else.',
  and: ' and ',
  kinds: {} as Record<string, string>,
};

function wordsFor(element: Element): typeof english {
  const holder = element.closest<HTMLElement>('[data-answer-words]') ?? document.querySelector<HTMLElement>('[data-answer-words]');
  return readWords(holder?.dataset.answerWords, english);
}

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
  const words = wordsFor(group);
  const update = () => {
    const left = max - countCharacters(textarea.value);
    const text = left >= 0 ? plural(words.remaining, left) : plural(words.tooMany, -left);
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

/** While the person types, says what looks identifying, the same way the server will when they send. */
function hintIdentifying(form: HTMLFormElement): void {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  if (!textarea) return;
  const hint = document.createElement('p');
  hint.className = 'identifying-hint';
  hint.id = 'body-identifying';
  hint.setAttribute('aria-live', 'polite');
  textarea.closest('.form-group')?.append(hint);
  let timer: number | undefined;
  const words = wordsFor(form);
  textarea.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const kinds = identifyingKinds(findIdentifying(textarea.value)).map((kind) => words.kinds[kind] ?? identifyingLabels[kind].singular);
      const list = kinds.length <= 1 ? kinds.join('') : `${kinds.slice(0, -1).join(', ')}${words.and}${kinds.at(-1)}`;
      const text = kinds.length ? fill(words.identifying, { list }) : '';
      if (hint.textContent !== text) hint.textContent = text;
    }, 700);
  });
}

/**
 * The invisible check: fetches a small proof-of-work challenge and solves it in the background once
 * the person starts on the form (or at once when the form is shown again with their answer in it).
 */
function solveCheck(form: HTMLFormElement): { ready(): Promise<void> } {
  const input = form.querySelector<HTMLInputElement>('input[name="check"]');
  const url = form.dataset.checkUrl;
  let solving: Promise<void> | undefined;
  const start = () => {
    if (!input || !url) return Promise.resolve();
    solving ??= (async () => {
      try {
        const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' });
        const challenge = (await response.json()) as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey, timeout: 20_000 });
        if (solution) input.value = btoa(JSON.stringify({ challenge, solution }));
      } catch {
        // Without the check the answer is still stored, and held for a moderator.
      }
    })();
    return solving;
  };
  form.addEventListener('focusin', () => void start(), { once: true });
  if (form.querySelector<HTMLTextAreaElement>('textarea[name="body"]')?.value) void start();
  return { ready: start };
}

/** 18 random bytes as base64url: the form's one-time key, which the cached page cannot carry. */
function oneTimeKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Every reader of a page gets the same bytes, so the form's one-time key is made here, once per tab and page: going back
 * and sending the same answer again reuses it (and stores nothing new), while a different answer with it is a new answer,
 * as the server matches a form's key only with the answer first sent with it. A form shown again keeps the key it was sent with.
 */
function fillKey(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="formKey"]');
  if (input?.value !== '') return;
  const stored = `roundtable.formKey.${window.location.pathname}`;
  let key: string | null = null;
  try {
    key = window.sessionStorage.getItem(stored);
  } catch {} // storage turned off: a fresh key per page still guards a double click
  if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
    key = oneTimeKey();
    try {
      window.sessionStorage.setItem(stored, key);
    } catch {}
  }
  input.value = key;
}

function enhanceForm(form: HTMLFormElement): void {
  fillKey(form);
  hintIdentifying(form);
  const check = solveCheck(form);
  let sentAt = 0;
  form.addEventListener('submit', (event) => {
    // The one-time key already makes a resend harmless; this just stops a second request.
    if (Date.now() - sentAt < 3000) return event.preventDefault();
    sentAt = Date.now();
    const input = form.querySelector<HTMLInputElement>('input[name="check"]');
    if (!input || input.value) return;
    // Wait a moment for the check to finish, then send (keeping which button was pressed).
    event.preventDefault();
    const submitter = event.submitter;
    const timeout = new Promise<void>((resolve) => window.setTimeout(resolve, 5000));
    void Promise.race([check.ready(), timeout]).then(() => {
      if (submitter instanceof HTMLButtonElement && submitter.name) {
        const extra = document.createElement('input');
        extra.type = 'hidden';
        extra.name = submitter.name;
        extra.value = submitter.value;
        form.append(extra);
      }
      form.submit();
    });
  });
}

document.querySelectorAll<HTMLElement>('[data-character-count]').forEach(enhanceCharacterCount);
document.querySelectorAll<HTMLFormElement>('[data-answer-form]').forEach(enhanceForm);
(document.querySelector<HTMLElement>('[data-error-summary]') ?? document.querySelector<HTMLElement>('[data-identifying-check]'))?.focus();
