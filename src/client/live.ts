// Live updates on the board page, question pages and the embed: a newly published answer appears in its cell,
// a changed one is replaced, a removed one goes, helpful counts move. What arrived is said once, politely; the
// reader can pause. Focus never moves, and the browser's scroll anchoring keeps the reader's place.

import { openStream } from './live-stream.ts';
import { type Forms, fill, plural, readWords } from './words.ts';

/** What is said: in English unless the live status renders its page's words in data-live-words (i18n workshop.live). */
const english = {
  pause: 'Pause live updates',
  resume: 'Resume live updates',
  paused: 'Live updates paused.',
  waiting: { one: 'Live updates paused: {n} change waiting.', other: 'Live updates paused: {n} changes waiting.' } as Forms,
  on: 'Live updates on.',
  single: '{what} from {who}.',
  newAnswer: 'New answer',
  newAnswers: { other: '{n} new answers' } as Forms,
  part: '{n} from {who}',
  mixed: '{what}: {list}.',
  count: { one: '{n} answer', other: '{n} answers' } as Forms,
  reload: 'Many answers changed while this page was away. Reload the page to see them all.',
};

const status = document.querySelector<HTMLElement>('[data-live]');
if (status) start(status);

interface AnswerData {
  id: string;
  question: string;
  perspective: string;
  from: string;
  html: string;
  count: number;
  countText: string;
  /** The cell's link to all its answers, when it has more than it shows; '' otherwise. */
  more: string;
}

function start(status: HTMLElement): void {
  const said = status.querySelector<HTMLElement>('[data-live-said]')!;
  const pause = status.querySelector<HTMLButtonElement>('[data-live-pause]')!;
  const compact = document.body.classList.contains('embed--compact');
  const words = readWords(status.dataset.liveWords, english);
  status.hidden = false;

  let paused = false;
  let held: (() => void)[] = [];
  const apply = (change: () => void) => {
    if (paused) {
      held.push(change);
      said.textContent = plural(words.waiting, held.length);
    } else change();
  };
  pause.addEventListener('click', () => {
    paused = !paused;
    pause.textContent = paused ? words.resume : words.pause;
    if (paused) said.textContent = words.paused;
    else {
      said.textContent = '';
      const waiting = held;
      held = [];
      for (const change of waiting) change();
      if (waiting.length === 0) said.textContent = words.on;
    }
  });

  // New answers are counted for a moment, then said in one sentence.
  const arrived = new Map<string, number>();
  let sayTimer: number | undefined;
  const announce = (from: string) => {
    arrived.set(from, (arrived.get(from) ?? 0) + 1);
    window.clearTimeout(sayTimer);
    sayTimer = window.setTimeout(() => {
      const number = new Intl.NumberFormat(document.documentElement.lang || 'en-GB');
      const parts = [...arrived].map(([who, n]) => fill(words.part, { n: number.format(n), who }));
      const total = [...arrived.values()].reduce((a, b) => a + b, 0);
      const what = total === 1 ? words.newAnswer : plural(words.newAnswers, total);
      said.textContent = arrived.size === 1 ? fill(words.single, { what, who: [...arrived.keys()][0]! }) : fill(words.mixed, { what, list: parts.join(', ') });
      arrived.clear();
    }, 1500);
  };

  const fromHtml = (html: string): HTMLElement => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild as HTMLElement;
  };

  const cellOf = (question: string, perspective: string) => document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${question} ${perspective}`)}"]`);

  function showAnswer(data: AnswerData): void {
    const existing = document.getElementById(`answer-${data.id}`);
    const item = fromHtml(data.html);
    if (existing) {
      // Changed (edited, redacted, its name taken off): replaced where it is, unless the reader is on it.
      if (!existing.contains(document.activeElement)) existing.replaceWith(item);
      return;
    }
    const cell = cellOf(data.question, data.perspective);
    if (!cell) return;
    let list = cell.querySelector<HTMLElement>('.answer-list');
    if (!list) {
      for (const empty of Array.from(cell.querySelectorAll('.cell-empty, .cell-ask'))) empty.remove();
      const count = document.createElement('p');
      count.className = 'cell-count';
      list = document.createElement('ul');
      list.className = 'answer-list';
      cell.append(count, list);
    }
    item.classList.add('answer-item--new');
    list.append(item);
    const count = cell.querySelector<HTMLElement>('.cell-count');
    if (count) {
      count.textContent = data.countText;
      count.dataset.count = String(data.count);
    }
    keepToCap(cell, list, item, data.more);
    announce(data.from);
  }

  /** A table's cell shows its first answers (data-cap): the newest arrival stays, and the oldest shown answer that is not an example, nor being read, makes way; the link to all of them follows the count. */
  function keepToCap(cell: HTMLElement, list: HTMLElement, arrived: HTMLElement, more = ''): void {
    const cap = Number(cell.dataset.cap);
    if (!cap) return;
    const items = Array.from(list.children) as HTMLElement[];
    if (items.length > cap) {
      const givesWay = items
        .filter((li) => li !== arrived && !li.querySelector('.tag') && !li.contains(document.activeElement))
        .sort((a, b) => (a.querySelector('time')?.dateTime ?? '').localeCompare(b.querySelector('time')?.dateTime ?? ''))[0];
      givesWay?.remove();
    }
    if (more === '') return;
    const link = fromHtml(more);
    const old = cell.querySelector('.cell-more');
    if (old) old.replaceWith(link);
    else list.after(link);
  }

  function removeAnswer(id: string): void {
    const item = document.getElementById(`answer-${id}`);
    if (!item) return;
    const list = item.parentElement;
    item.remove();
    const count = list?.closest('[data-cell]')?.querySelector<HTMLElement>('.cell-count');
    if (!count) return;
    // The cell may show fewer answers than it has (data-cap): the count it was sent is the one to take from.
    const left = Math.max(0, Number(count.dataset.count ?? list?.children.length ?? 1) - 1);
    count.dataset.count = String(left);
    count.textContent = plural(words.count, left);
  }

  // The compact embed shows excerpts and counts rather than whole answers: it fetches its cells again.
  let refetch: number | undefined;
  const refreshCompact = () => {
    window.clearTimeout(refetch);
    refetch = window.setTimeout(async () => {
      const response = await fetch(window.location.href.split('#')[0]!, { cache: 'no-cache' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('.compact__cells');
      const cells = document.querySelector('.compact__cells');
      if (next && cells && !cells.contains(document.activeElement)) {
        cells.innerHTML = next.innerHTML;
        window.dispatchEvent(new Event('roundtable:content'));
      }
    }, 500);
  };

  openStream(status.dataset.live!, status.dataset.liveSince ?? null, {
    // Marks the stream as open (tests wait for it; nothing is said).
    opened: () => {
      status.dataset.liveOpen = '';
    },
    answer: (data) =>
      apply(() => {
        if (compact) refreshCompact();
        else showAnswer(data as unknown as AnswerData);
      }),
    removed: (data) =>
      apply(() => {
        if (compact) refreshCompact();
        else removeAnswer(String(data.id));
      }),
    votes: (data) =>
      apply(() => {
        for (const count of Array.from(document.querySelectorAll(`[data-helpful-count="${CSS.escape(String(data.id))}"]`))) {
          count.textContent = Number(data.count).toLocaleString(document.documentElement.lang || 'en-GB');
        }
      }),
    reload: () => {
      said.textContent = words.reload;
    },
  });
}
