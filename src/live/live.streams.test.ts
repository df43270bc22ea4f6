import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openSse } from '../../test/sse.ts';
import { sseMessage, StreamHub } from './live.streams.ts';

describe('StreamHub', () => {
  const hub = new StreamHub({ heartbeatMs: 50, perClient: 2, total: 3 });
  let server: http.Server;
  let url: string;
  before(async () => {
    server = http.createServer((request, response) => {
      const client = request.headers['x-client'] as string;
      if (!hub.admits(client)) {
        response.writeHead(429).end();
        return;
      }
      const topic = request.url!.slice(1);
      void hub.open(topic, client, response, async () => {
        if (topic !== 'slow') return { messages: [sseMessage('hello', { topic })], lastId: 0 };
        // While this stream catches up to event 7, events 6 and 8 are sent to its topic.
        hub.send(topic, sseMessage('live', { n: 6 }, 6), 6);
        hub.send(topic, sseMessage('live', { n: 8 }, 8), 8);
        return { messages: [sseMessage('missed', { n: 6 }, 6), sseMessage('missed', { n: 7 }, 7)], lastId: 7 };
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    hub.closeAll();
    server.close();
  });

  test('sends the first messages, then the same bytes to every viewer of a topic, and a heartbeat comment to quiet streams', async () => {
    const one = await openSse(`${url}/board-a`, { 'x-client': 'one' });
    const two = await openSse(`${url}/board-a`, { 'x-client': 'two' });
    const other = await openSse(`${url}/board-b`, { 'x-client': 'three' });
    await one.next((e) => e.event === 'hello');
    assert.equal(hub.count('board-a'), 2);
    hub.send('board-a', sseMessage('answer', { id: 'x' }, 7));
    for (const reader of [one, two]) assert.deepEqual(await reader.next((e) => e.event === 'answer'), { id: '7', event: 'answer', data: '{"id":"x"}' });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(other.events.filter((e) => e.event === 'answer').length, 0, 'another topic hears nothing');
    assert.ok(one.comments >= 2 && other.comments >= 2, `heartbeats: ${one.comments}, ${other.comments}`);
    assert.match(one.text(), /^retry: \d+\n\n/);
    for (const r of [one, two, other]) r.close();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(hub.count(), 0, 'closed streams are forgotten');
  });

  test('a stream catching up gets what it missed first, then only the live events it did not already get', async () => {
    const slow = await openSse(`${url}/slow`, { 'x-client': 'slow' });
    await slow.next((e) => e.event === 'live');
    assert.deepEqual(
      slow.events.map((e) => `${e.event} ${e.id}`),
      ['missed 6', 'missed 7', 'live 8'],
    );
    slow.close();
    await new Promise((r) => setTimeout(r, 50));
  });

  test('limits streams per client and in all; closeAll ends every stream', async () => {
    const a1 = await openSse(`${url}/t`, { 'x-client': 'a' });
    const a2 = await openSse(`${url}/t`, { 'x-client': 'a' });
    const a3 = await openSse(`${url}/t`, { 'x-client': 'a' });
    assert.deepEqual([a1.status, a2.status, a3.status], [200, 200, 429]);
    const b1 = await openSse(`${url}/t`, { 'x-client': 'b' });
    const c1 = await openSse(`${url}/t`, { 'x-client': 'c' });
    assert.deepEqual([b1.status, c1.status], [200, 429], 'three streams in all');
    hub.closeAll();
    await Promise.all([a1.ended, a2.ended, b1.ended]);
  });
});
