import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Asset, Assets } from './assets.ts';
import { etagMatches, sendEncoded } from './encoded.ts';
import { assetPath } from './paths.ts';

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset, cacheControl: string) {
  reply.header('cache-control', cacheControl).header('etag', asset.etag).header('vary', 'accept-encoding').type(asset.type);
  if (etagMatches(request.headers['if-none-match'], asset.etag)) return reply.code(304).send();
  return sendEncoded(request, reply, asset);
}

export function assetRoutes(app: FastifyInstance, assets: Assets): void {
  app.get<{ Params: { file: string } }>('/assets/:file', { config: { frameable: true } }, (request, reply) => {
    const asset = assets.byPath(assetPath(request.params.file));
    if (!asset) return reply.callNotFound();
    return sendAsset(request, reply, asset, 'public, max-age=31536000, immutable');
  });
  // A stable address for blogs to paste; a day's caching lets fixes reach them.
  app.get('/embed.js', { config: { frameable: true } }, (request, reply) => sendAsset(request, reply, assets.embedHost, 'public, max-age=86400'));
}
