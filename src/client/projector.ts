// The projector follows the board's live session: on each event from the board's stream it fetches the screen
// afresh (at most once a second), so what the room sees is always what the server renders for this moment.
// Paused, it keeps the screen as it is, except that an answer withdrawn from the board leaves it at once.
// Answers new to the screen appear with a short transition (none under prefers-reduced-motion: see style.css).
import { openStream } from './live-stream.ts';
import { type Forms, plural, readWords } from './words.ts';

const frame = document.querySelector<HTMLElement>('[data-projector]');
if (frame) start(frame);

function screenOf(frame: HTMLElement): HTMLElement | null {
  return frame.querySelector<HTMLElement>('[data-projector-screen]');
}

function answerIds(root: ParentNode): Set<string> {
  return new Set([...root.querySelectorAll<HTMLElement>('[data-answer-id]')].map((el) => el.dataset.answerId ?? ''));
}

/**
 * A column's list wraps the answers that do not fit into a second, clipped column (CSS), so none is cut in
 * the middle; here those are hidden from everyone and counted into the column's "+ N more".
 */
/** "+ N more" in the screen's language (data-more-words, from the catalogue's workshop.more). */
function moreWords(frame: HTMLElement): Forms {
  return readWords(frame.dataset.moreWords, { other: '+ {n} more' } as Forms);
}

function fit(frame: HTMLElement): void {
  for (const column of frame.querySelectorAll<HTMLElement>('.projector-column')) {
    const list = column.querySelector<HTMLElement>('.projector-column__answers');
    const more = column.querySelector<HTMLElement>('.projector-column__more');
    if (!list || !more) continue;
    const items = [...list.children] as HTMLElement[];
    for (const item of items) item.hidden = false;
    const wrapped = items.filter((item) => item.offsetLeft >= list.clientWidth / 2);
    for (const item of wrapped) item.hidden = true;
    const n = Number(more.dataset.more ?? 0) + wrapped.length;
    more.textContent = plural(moreWords(frame), n);
    more.hidden = n === 0;
  }
}

function start(frame: HTMLElement): void {
  const screenUrl = frame.dataset.screenUrl;
  const eventsUrl = frame.dataset.eventsUrl;
  if (!screenUrl || !eventsUrl) return;
  let paused = screenOf(frame)?.dataset.paused === '1';
  let shown = answerIds(frame);
  let lastFetch = 0;
  let timer: number | undefined;
  let loading = false;
  let again = false;

  const setPaused = (value: boolean) => {
    paused = value;
    const marker = frame.querySelector<HTMLElement>('[data-paused-marker]');
    if (marker) marker.hidden = !value;
  };

  const apply = (markup: string) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const next = template.content.querySelector<HTMLElement>('[data-projector-screen]');
    // The same screen again (an event that changed nothing on it): nothing moves.
    if (!next || next.dataset.version === screenOf(frame)?.dataset.version) return;
    for (const el of next.querySelectorAll<HTMLElement>('[data-answer-id]')) {
      if (!shown.has(el.dataset.answerId ?? '')) el.classList.add('projector-new');
    }
    frame.replaceChildren(next);
    shown = answerIds(frame);
    if (next.dataset.title) document.title = next.dataset.title;
    setPaused(next.dataset.paused === '1');
    fit(frame);
  };

  const load = async () => {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    lastFetch = Date.now();
    try {
      const response = await fetch(screenUrl, { cache: 'no-cache', headers: { accept: 'text/html' } });
      if (response.ok) apply(await response.text());
    } catch {
      // Offline or restarting: the stream reopens when the server is back, and the screen is fetched then.
    } finally {
      loading = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  };

  /** Fetches the screen soon, at most once a second however many events arrive. */
  const refresh = () => {
    if (timer !== undefined) return;
    timer = window.setTimeout(
      () => {
        timer = undefined;
        void load();
      },
      Math.max(0, lastFetch + 1000 - Date.now()),
    );
  };

  const change = () => {
    if (!paused) refresh();
  };

  openStream(eventsUrl, frame.dataset.since || null, {
    answer: change,
    removed(data) {
      if (!paused) return refresh();
      // Paused or not, an answer that is no longer published leaves the screen at once.
      const id = String(data.id ?? '');
      for (const el of frame.querySelectorAll<HTMLElement>('[data-answer-id]')) if (el.dataset.answerId === id) el.remove();
    },
    session(data) {
      if (data.running === true && data.paused === true) setPaused(true);
      else {
        setPaused(false);
        refresh();
      }
    },
    // After missed events or a lost connection the screen is fetched whatever the pause: the server's is the truth.
    reload: refresh,
    reopened: refresh,
  });

  fit(frame);
  let resized: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resized);
    resized = window.setTimeout(() => fit(frame), 100);
  });
}
