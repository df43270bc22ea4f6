import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';

/** Liveness, readiness and a few Prometheus counters. Returns the counter of responses, for those sent without Fastify. */
export function healthRoutes(app: FastifyInstance, deps: { db: Db }, streams: { count(): number }): (status: number) => void {
  const responses = new Map<string, number>();
  const count = (status: number) => {
    const key = `${Math.floor(status / 100)}xx`;
    responses.set(key, (responses.get(key) ?? 0) + 1);
  };
  app.addHook('onResponse', async (_request, reply) => count(reply.statusCode));

  app.get('/healthz', (_request, reply) => reply.type('text/plain; charset=utf-8').send('ok\n'));

  app.get('/readyz', async (request, reply) => {
    // Stopping: still serving what arrives, but a load balancer should send new requests to another instance.
    if (app.readiness.draining) return reply.code(503).type('text/plain; charset=utf-8').send('draining\n');
    try {
      await sql`select 1`.execute(deps.db);
      return reply.type('text/plain; charset=utf-8').send('ready\n');
    } catch (err) {
      request.log.warn({ err }, 'database not ready');
      return reply.code(503).type('text/plain; charset=utf-8').send('database unavailable\n');
    }
  });

  app.get('/metrics', (_request, reply) => {
    const lines = ['# HELP roundtable_http_responses_total HTTP responses by status class.', '# TYPE roundtable_http_responses_total counter'];
    for (const [status, count] of [...responses].sort()) lines.push(`roundtable_http_responses_total{status="${status}"} ${count}`);
    const memory = process.memoryUsage();
    lines.push(
      '# HELP roundtable_resident_memory_bytes Resident set size.',
      '# TYPE roundtable_resident_memory_bytes gauge',
      `roundtable_resident_memory_bytes ${memory.rss}`,
    );
    lines.push(
      '# HELP roundtable_live_streams Live update streams open on this instance.',
      '# TYPE roundtable_live_streams gauge',
      `roundtable_live_streams ${streams.count()}`,
    );
    lines.push(
      '# HELP roundtable_uptime_seconds Seconds since the process started.',
      '# TYPE roundtable_uptime_seconds gauge',
      `roundtable_uptime_seconds ${Math.round(process.uptime())}`,
    );
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
  });
  return count;
}
