import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localeOf } from '../i18n/locale.ts';
import { renderPage } from './html.ts';
import type { MakePageContext } from './layout.tsx';
import { ErrorPage } from './errors.views.tsx';

function describe(locale: Locale, status: number): readonly [string, string] {
  const pages = catalogues[locale].web.errors.pages;
  return pages[status] ?? pages[status >= 500 ? 500 : 400]!;
}

/**
 * The error page's language: the address's, except in the facilitator area, which is in English for now, and for a
 * request Fastify could not route (a malformed address), which has no decorators yet: its raw request has the language.
 */
function errorLocale(request: FastifyRequest): Locale {
  if (/^\/(admin|sign-in|setup)(\/|\?|$)/.test(request.url)) return 'en';
  return localeOf(request);
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/oembed');
}

/** One place that turns any error into a clear page or JSON body: 4xx say what was wrong, 5xx never show a stack. */
export function sendError(request: FastifyRequest, reply: FastifyReply, pageContext: MakePageContext, status: number, detail?: string) {
  const locale = errorLocale(request);
  const [title, message] = describe(locale, status);
  reply.code(status);
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: title, message: detail ?? message });
  return reply
    .type('text/html; charset=utf-8')
    .send(renderPage(ErrorPage({ ctx: pageContext(request, reply.cspNonce, { locale }), status, title, message: detail ?? message })));
}

export function registerErrors(app: FastifyInstance, pageContext: MakePageContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, pageContext, 500);
    }
    const said = catalogues[errorLocale(request)].web.errors;
    let detail: string | undefined;
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) detail = said.invalidJson;
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') detail = said.emptyJson;
    if (error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') detail = said.badContentLength;
    return sendError(request, reply, pageContext, status, detail);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, pageContext, 404));
}
