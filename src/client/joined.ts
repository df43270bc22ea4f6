// After sending an answer through a live session's join page: listens to the board's stream and, when the
// facilitator moves on, shows the link to the next question (or says the session has ended) in a polite live
// region, as the page renders it in its language. Without JavaScript, reloading the page shows the same.
import { openStream } from './live-stream.ts';

const region = document.querySelector<HTMLElement>('[data-next-question]');

if (region) {
  const { answered = '' } = region.dataset;
  let shown = region.dataset.next ?? '';
  const show = (state: string, content: () => HTMLElement) => {
    if (state === shown) return;
    shown = state;
    region.replaceChildren(content());
  };

  // The page itself says where the session stands, in the page's language: it is fetched again when that changes,
  // and after missed events.
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
      const state = data.running === false ? 'ended' : data.question === null ? 'another' : data.question !== answered ? 'next' : 'same';
      if (state !== shown) refetch();
    },
  });
}
