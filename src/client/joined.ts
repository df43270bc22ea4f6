// After sending an answer through a live session's join page: listens to the board's stream and, when the
// facilitator moves on, shows the link to the next question (or says the session has ended) in a polite
// live region. Without JavaScript, reloading the page shows the same.
import { openStream } from './live-stream.ts';

const region = document.querySelector<HTMLElement>('[data-next-question]');

function paragraph(...parts: (string | Node)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

if (region) {
  const { answered = '', join = '/', board = '/', boardTitle = '' } = region.dataset;
  let shown = region.dataset.next ?? '';
  const show = (state: string, content: () => HTMLElement) => {
    if (state === shown) return;
    shown = state;
    region.replaceChildren(content());
  };

  // After missing events, the page itself says where the session stands.
  const refetch = () => {
    fetch(window.location.pathname, { cache: 'no-store', credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) return;
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector<HTMLElement>('[data-next-question]');
        if (fresh) show(fresh.dataset.next ?? '', () => document.importNode(fresh.firstElementChild as HTMLElement, true));
      })
      .catch(() => {});
  };

  openStream(region.dataset.events!, region.dataset.since ?? null, {
    reload: refetch,
    reopened: refetch,
    session(data) {
      if (data.running === false) {
        show('ended', () => paragraph('The live session has ended. Thank you for taking part. ', link(board, `See “${boardTitle}”`), '.'));
      } else if (data.question === null) {
        show('another', () => paragraph(link(join, 'Answer another question', 'button')));
      } else if (data.question !== answered) {
        show('next', () => paragraph(link(join, 'Answer the next question', 'button')));
      } else {
        show('same', () =>
          paragraph('When the facilitator moves on to the next question, a link to answer it appears here. If it does not, reload this page.'),
        );
      }
    },
  });
}
