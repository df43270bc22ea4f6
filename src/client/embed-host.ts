// Included once on a page that embeds Roundtable boards: grows each board's iframe to fit its table.

interface HeightMessage {
  type: 'roundtable:height';
  height: number;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    typeof data === 'object' && data !== null && (data as HeightMessage).type === 'roundtable:height' && typeof (data as HeightMessage).height === 'number'
  );
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    if (frame.contentWindow !== event.source) continue;
    // Only trust a frame to size itself when the message comes from the frame's own origin.
    if (new URL(frame.src, window.location.href).origin !== event.origin) return;
    frame.style.height = `${Math.min(Math.max(event.data.height, 100), 100000)}px`;
    frame.setAttribute('scrolling', 'no');
    // The oEmbed code puts a plain link before the frame for WordPress; once the frame speaks, the link is not needed.
    const fallback = frame.previousElementSibling;
    if (fallback instanceof HTMLElement && fallback.matches('blockquote.wp-embedded-content')) fallback.hidden = true;
  }
});
