import type { FastifyInstance } from 'fastify';
import { renderPage } from '../web/html.ts';
import type { PageContext } from '../web/layout.tsx';
import { HelpPage } from './help.views.tsx';

export function helpRoutes(app: FastifyInstance, pageContext: (nonce: string) => PageContext): void {
  app.get('/help', (_request, reply) => reply.type('text/html; charset=utf-8').send(renderPage(HelpPage({ ctx: pageContext(reply.cspNonce) }))));
}
