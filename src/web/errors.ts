import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderPage } from './html.ts';
import type { MakePageContext } from './layout.tsx';
import { ErrorPage } from './errors.views.tsx';

const messages: Record<number, [string, string]> = {
  400: ['Sorry, that request was not understood', 'Something in the request was malformed. Check the address or go back and try again.'],
  403: ['You cannot do that', 'This action is not allowed from here.'],
  404: ['Page not found', 'If you typed the web address, check it is correct. The board or answer may also have been removed.'],
  405: ['That action is not available', 'This address does not accept that kind of request.'],
  406: ['That format is not available', 'This address cannot answer in the format asked for.'],
  409: ['That cannot be done now', 'The thing you tried to change has changed in the meantime.'],
  413: ['That is too much to send', 'The request was larger than this website accepts. Shorten it and try again.'],
  414: ['That address is too long', 'Shorten the web address and try again.'],
  415: ['That kind of content is not accepted', 'Send the form from this website, or send JSON to the API.'],
  422: ['Check what you entered', 'Some of what was sent could not be accepted.'],
  429: ['Too many requests', 'Wait a minute and try again.'],
  500: ['Sorry, there is a problem with the service', 'Try again later. Nothing you already saved has been lost.'],
};

function describe(status: number): [string, string] {
  return messages[status] ?? messages[status >= 500 ? 500 : 400]!;
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/oembed');
}

/** One place that turns any error into a clear page or JSON body: 4xx say what was wrong, 5xx never show a stack. */
export function sendError(request: FastifyRequest, reply: FastifyReply, pageContext: MakePageContext, status: number, detail?: string) {
  const [title, message] = describe(status);
  reply.code(status);
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: title, message: detail ?? message });
  return reply.type('text/html; charset=utf-8').send(renderPage(ErrorPage({ ctx: pageContext(request, reply.cspNonce), status, title, message: detail ?? message })));
}

export function registerErrors(app: FastifyInstance, pageContext: MakePageContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, pageContext, 500);
    }
    let detail: string | undefined;
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) detail = 'The request body is not valid JSON.';
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') detail = 'The request body is empty: send a JSON object.';
    if (error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') detail = 'The Content-Length header does not match the body.';
    return sendError(request, reply, pageContext, status, detail);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, pageContext, 404));
}
