// The Helpful buttons (boards.views.tsx HelpfulForm): sends the press without leaving the page, shows the new count,
// and makes each button a toggle (aria-pressed) from what this browser remembers: the page is the same for every
// reader, so it cannot say. Without this script the form posts and the server sends the reader back to the answer.
import { readWords } from './words.ts';

const storageKey = 'roundtable:helpful';
const remembered = 500;

function readPressed(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(id: string, pressed: boolean): void {
  const ids = readPressed().filter((other) => other !== id);
  if (pressed) ids.push(id);
  try {
    localStorage.setItem(storageKey, JSON.stringify(ids.slice(-remembered)));
  } catch {
    // Storage full or refused (a private window): the button still shows this page's state.
  }
}

/** Sets aria-pressed on every Helpful button in `root` from what this browser remembers. */
function restore(root: ParentNode): void {
  const pressed = new Set(readPressed());
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) {
    button.setAttribute('aria-pressed', String(pressed.has(button.dataset.helpful ?? '')));
  }
}

/** A polite live region of its own, inside main so it sits in a landmark. */
function statusRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.dataset.helpfulStatus = '';
  (document.querySelector('main') ?? document.body).append(region);
  return region;
}

const status = statusRegion();
function say(message: string): void {
  // Emptied first, so saying the same words twice in a row is still announced.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

function showCount(id: string, count: number): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-helpful-count]')) {
    if (element.dataset.helpfulCount === id) element.textContent = String(count);
  }
}

/** Shows why a press was not counted beside its button (the live region says it too); '' takes it away. */
function showProblem(form: HTMLFormElement, message: string): void {
  let shown = form.querySelector<HTMLElement>('.helpful__problem');
  if (!message) {
    shown?.remove();
    return;
  }
  if (!shown) {
    shown = document.createElement('span');
    shown.className = 'helpful__problem';
    form.append(shown);
  }
  shown.textContent = message;
}

/** What is said after a press, in the page's language: data-helpful-words on the form or any element above it or on the page. */
function helpfulWords(form: HTMLFormElement): { marked: string; unmarked: string } {
  const holder = form.closest<HTMLElement>('[data-helpful-words]') ?? document.querySelector<HTMLElement>('[data-helpful-words]');
  return readWords(holder?.dataset.helpfulWords, { marked: 'Marked helpful', unmarked: 'Helpful mark taken back' });
}

const sending = new Set<string>();

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-helpful-form]')) return;
  const button = form.querySelector<HTMLButtonElement>('button[data-helpful]');
  const id = button?.dataset.helpful;
  if (!button || !id) return;
  event.preventDefault();
  // A second press while the first is on its way would undo it: wait for the answer.
  if (sending.has(id)) return;
  sending.add(id);
  try {
    // No body: `back` is only for the page the plain form comes back to.
    const response = await fetch(form.action, { method: 'POST', headers: { accept: 'application/json', 'x-fragment': '1' }, credentials: 'same-origin' });
    const reply = (await response.json()) as { count?: unknown; pressed?: unknown; message?: unknown };
    if (response.status === 429 && typeof reply.message === 'string') {
      showProblem(form, reply.message);
      say(reply.message);
      return;
    }
    showProblem(form, '');
    if (!response.ok || typeof reply.count !== 'number' || typeof reply.pressed !== 'boolean') throw new Error(`status ${response.status}`);
    showCount(id, reply.count);
    for (const other of document.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) {
      if (other.dataset.helpful === id) other.setAttribute('aria-pressed', String(reply.pressed));
    }
    remember(id, reply.pressed);
    const words = helpfulWords(form);
    say(reply.pressed ? words.marked : words.unmarked);
  } catch {
    // Offline, a server error or an answer gone: the plain form says what happened.
    form.submit();
  } finally {
    sending.delete(id);
  }
});

restore(document);
// Answers that live views add or replace (live.ts) get their state too.
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.addedNodes) if (node instanceof Element) restore(node);
  }
}).observe(document.body, { childList: true, subtree: true });
// A page restored from the back/forward cache may be older than what this browser did since.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) restore(document);
});
