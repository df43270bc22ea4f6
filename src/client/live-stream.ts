// One Server-Sent Events connection that keeps itself open. The browser's EventSource reconnects by itself
// after a dropped connection, sending the last event's id; but after an HTTP error (a restarting server's
// 502 or 503) it gives up, so this opens a new one, with the last id in the address, after a growing pause.

export type StreamHandlers = Record<string, (data: Record<string, unknown>) => void> & {
  /** Called each time the stream opens. */
  opened?: () => void;
  /** Called when the stream (re)opens after having been lost: a view may fetch what it shows afresh. */
  reopened?: () => void;
};

export function openStream(url: string, since: string | null, handlers: StreamHandlers): { close(): void } {
  let lastId = since;
  let source: EventSource | undefined;
  let wait = 1000;
  let lost = false;
  let closed = false;
  let timer: number | undefined;

  const connect = () => {
    const address = lastId ? `${url}${url.includes('?') ? '&' : '?'}since=${encodeURIComponent(lastId)}` : url;
    const current = new EventSource(address);
    source = current;
    current.onopen = () => {
      wait = 1000;
      handlers.opened?.();
      if (lost) handlers.reopened?.();
      lost = false;
    };
    current.onerror = () => {
      lost = true;
      if (current.readyState !== EventSource.CLOSED || closed) return;
      timer = window.setTimeout(connect, wait);
      wait = Math.min(wait * 2, 30_000);
    };
    for (const [name, handle] of Object.entries(handlers)) {
      if (name === 'opened' || name === 'reopened' || !handle) continue;
      current.addEventListener(name, (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId) lastId = message.lastEventId;
        (handle as (data: Record<string, unknown>) => void)(JSON.parse(message.data) as Record<string, unknown>);
      });
    }
  };
  connect();
  return {
    close() {
      closed = true;
      window.clearTimeout(timer);
      source?.close();
    },
  };
}
