import type { FastifyInstance } from 'fastify';
import { renderPage } from '../web/html.ts';
import type { MakePageContext } from '../web/layout.tsx';
import { HelpPage } from './help.views.tsx';

export function helpRoutes(app: FastifyInstance, pageContext: MakePageContext): void {
  app.get('/help', (request, reply) => reply.type('text/html; charset=utf-8').send(renderPage(HelpPage({ ctx: pageContext(request, reply.cspNonce) }))));
}
