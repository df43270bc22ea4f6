// Runs inside the embed: tells the host page how tall the content is, whenever that changes.
// Speaks Roundtable's own message (embed.js) and WordPress's (wp-embed.js), which carries a secret in the URL fragment.
// In WordPress the frame is sandboxed with scripts only: a link cannot open a tab or move the top page itself, so a click on a
// link that leaves the frame asks wp-embed.js to move the top page ({message: 'link'}), and links that stay in the frame
// (question picker, perspective filter) carry the secret along so the next page can still be sized.

const secret = /secret=([A-Za-z0-9]+)/.exec(window.location.hash)?.[1];
const main = document.getElementById('embed') ?? document.body;
let lastHeight = 0;

function contentHeight(): number {
  const bodyMargin = Number.parseFloat(getComputedStyle(document.body).marginBottom) || 0;
  return Math.ceil(main.getBoundingClientRect().bottom + window.scrollY + bodyMargin);
}

/** WordPress's tallest frame (wp-embed.js clamps to 200–1000 px). */
const tallestFrame = 1000;

/** A compact embed that would be taller than WordPress allows shows each cell's count, then drops the filter, then the empty cells (the real page has all three). */
function fit(): void {
  if (!document.body.classList.contains('embed--compact')) return;
  const steps = ['compact--tight', 'compact--tighter', 'compact--tightest'];
  document.body.classList.remove(...steps);
  for (const step of steps) {
    if (contentHeight() <= tallestFrame) return;
    document.body.classList.add(step);
  }
}

function sendHeight(force = false): void {
  if (window.parent === window) return;
  const height = contentHeight();
  if (height === lastHeight && !force) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'roundtable:height', height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

function staysInFrame(link: HTMLAnchorElement): boolean {
  const url = new URL(link.href, window.location.href);
  return url.origin === new URL(window.location.href).origin && /^(?:\/cy)?\/embed\//.test(url.pathname);
}

if (secret) {
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (staysInFrame(link)) link.href = `${link.href.split('#')[0]}#?secret=${secret}`;
  }
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || staysInFrame(link)) return;
    event.preventDefault();
    window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
  });
  // wp-embed.js says 'ready' when it loads after the frame: answer with the height again.
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source === window.parent && data?.message === 'ready' && data.secret === secret) sendHeight(true);
  });
}

fit();
// live.js replaced the compact embed's cells: they may need tightening again.
window.addEventListener('roundtable:content', fit);
let lastWidth = window.innerWidth;
window.addEventListener('resize', () => {
  if (window.innerWidth === lastWidth) return;
  lastWidth = window.innerWidth;
  fit();
});
new ResizeObserver(() => sendHeight()).observe(main);
// The host's listener may not be there yet when the frame first speaks (a cached frame can load before wp-embed.js):
// say it again once everything has loaded, and once more a moment later.
window.addEventListener('load', () => {
  sendHeight(true);
  setTimeout(() => sendHeight(true), 1000);
});
sendHeight();
