// Runs inside the embed: tells the host page how tall the table is, whenever that changes.
// Speaks Roundtable's own message and WordPress's embed message (which carries a secret in the URL fragment).

const secret = /secret=([A-Za-z0-9]+)/.exec(window.location.hash)?.[1];
let lastHeight = 0;

function sendHeight(): void {
  const main = document.getElementById('embed');
  if (!main || window.parent === window) return;
  const height = Math.ceil(main.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'roundtable:height', height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

new ResizeObserver(sendHeight).observe(document.getElementById('embed') ?? document.body);
window.addEventListener('load', sendHeight);
sendHeight();
