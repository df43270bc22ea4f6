// The live console without reloading: on each change the board's stream announces, the parts that change
// (data-console-part) are fetched afresh and swapped in, keeping focus where it was; approve and hide are
// sent with fetch, and `a` / `h` decide the focused waiting answer. Without JavaScript every control is a plain form.
import { openStream } from './live-stream.ts';

const root = document.querySelector<HTMLElement>('[data-console]');

function waitingItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-console-part="waiting"] [data-queue-item]'));
}

function waitingCount(): number {
  return Number(document.querySelector<HTMLElement>('[data-console-part="waiting"]')?.dataset.waitingCount ?? 0);
}

if (root) {
  const announcer = root.querySelector<HTMLElement>('[data-console-announce]');
  const partUrl = root.dataset.partUrl!;
  const announce = (text: string) => {
    if (!announcer) return;
    // Emptied first, so the same words said twice are heard twice.
    announcer.textContent = '';
    window.setTimeout(() => (announcer.textContent = text), 50);
  };

  /** Swaps in each part from the fragment; focus stays on the same element (by id) when it was inside a part. */
  const swap = (fragment: string, focusAfter?: (before: number) => void) => {
    const doc = new DOMParser().parseFromString(`<body>${fragment}</body>`, 'text/html');
    const active = document.activeElement as HTMLElement | null;
    const activeId = active?.closest('[data-console-part]') ? active.id : '';
    const activeIndex = active ? waitingItems().indexOf(active.closest<HTMLElement>('[data-queue-item]')!) : -1;
    const countBefore = waitingCount();
    const urgentBefore = document.querySelectorAll('[data-console-part="waiting"] .console__item--urgent').length;
    for (const incoming of Array.from(doc.querySelectorAll<HTMLElement>('[data-console-part]'))) {
      const name = incoming.dataset.consolePart;
      const here = document.querySelector<HTMLElement>(`[data-console-part="${name}"]`);
      // A part that has not changed stays as it is, with focus and anything half-done in it.
      if (here && here.outerHTML !== incoming.outerHTML) here.replaceWith(document.importNode(incoming, true));
    }
    const countAfter = waitingCount();
    if (focusAfter) focusAfter(activeIndex);
    else if (activeId) {
      const again = document.getElementById(activeId);
      if (again) again.focus({ preventScroll: true });
      else if (activeIndex >= 0) focusWaiting(activeIndex);
    }
    if (countAfter > countBefore) {
      const added = countAfter - countBefore;
      const urgent = document.querySelectorAll('[data-console-part="waiting"] .console__item--urgent').length > urgentBefore;
      announce(`${added} new ${added === 1 ? 'answer' : 'answers'} waiting${urgent ? ', urgent first' : ''}`);
    }
  };

  /** Focuses the waiting answer now at `index` (the next one after a decision), or the list's heading when none is left. */
  const focusWaiting = (index: number) => {
    const items = waitingItems();
    const target = items[Math.min(index, items.length - 1)] ?? document.getElementById('waiting-heading');
    target?.focus();
  };

  const fetchParts = async () => {
    const response = await fetch(partUrl, { headers: { 'X-Fragment': '1' }, cache: 'no-store', credentials: 'same-origin' });
    if (response.ok) swap(await response.text());
  };

  // At most one fetch every half second, however many changes arrive; a change during a fetch fetches again after it.
  let busy = false;
  let again = false;
  const refresh = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    fetchParts()
      .catch(() => {})
      .finally(() =>
        window.setTimeout(() => {
          busy = false;
          if (again) refresh();
        }, 500),
      );
  };

  openStream(root.dataset.events!, root.dataset.since ?? null, { change: refresh, reload: refresh, reopened: refresh });

  // Approve and hide without reloading: the reply is the fresh parts; focus moves to the next waiting answer.
  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches('[data-console-decision]')) return;
    event.preventDefault();
    const item = form.closest<HTMLElement>('[data-queue-item]');
    const index = item ? waitingItems().indexOf(item) : 0;
    for (const button of Array.from(form.querySelectorAll('button'))) button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      headers: { 'X-Fragment': '1' },
      credentials: 'same-origin',
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        swap(await response.text(), () => focusWaiting(index));
        announce(form.dataset.done ?? '');
      })
      // Anything unexpected: send the form the ordinary way.
      .catch(() => form.submit());
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const items = waitingItems();
    const here = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-queue-item]') ?? null;
    const index = here ? items.indexOf(here) : -1;
    switch (event.key) {
      case 'j':
        items[Math.min(items.length - 1, index + 1)]?.focus();
        break;
      case 'k':
        items[Math.max(0, index - 1)]?.focus();
        break;
      case 'a':
      case 'h': {
        const control = here?.querySelector<HTMLButtonElement>(`[data-shortcut="${event.key}"]`);
        if (!control) return;
        control.click();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });
}
