import { constants as zlib } from 'node:zlib';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import { catalogues } from './i18n/catalogue.ts';
import { type Locale, localeOf, localised, rememberLocale, splitLocale } from './i18n/locale.ts';
import type { MakePageContext } from './web/layout.tsx';
import formbody from '@fastify/formbody';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { LiveBus } from './live/live.bus.ts';
import { createLiveBus } from './live/live.store.ts';
import { StreamHub } from './live/live.streams.ts';
import { loadAssets } from './web/assets.ts';
import type { AppDeps } from './deps.ts';
import { registerErrors, sendError } from './web/errors.ts';
import { registerSecurity } from './web/security.ts';
import { assetRoutes } from './web/assets.routes.ts';
import { healthRoutes } from './web/health.routes.ts';
import { createSharedPages } from './web/shared-pages.ts';
import { boardRoutes } from './boards/boards.routes.ts';
import { answerRoutes } from './answers/answers.routes.ts';
import { shareRoutes } from './boards/share.routes.ts';
import { embedRoutes } from './embed/embed.routes.ts';
import { apiRoutes } from './api/api.routes.ts';
import { helpRoutes } from './help/help.routes.ts';
import { accountRoutes } from './accounts/accounts.routes.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { moderationRoutes } from './moderation/moderation.routes.ts';
import { editorRoutes } from './editor/editor.routes.ts';
import { reportRoutes } from './reports/reports.routes.ts';
import { voteRoutes } from './votes/votes.routes.ts';
import { authorRoutes } from './authors/authors.routes.ts';
import { teamRoutes } from './team/team.routes.ts';
import { requestRoutes } from './requests/requests.routes.ts';
import { safetyRoutes } from './safety/safety.routes.ts';
import { findBoardBySlug } from './boards/boards.queries.ts';
import { exportRoutes } from './exports/exports.routes.ts';
import { feedRoutes } from './feeds/feeds.routes.ts';
import { workshopRoutes } from './workshop/workshop.routes.ts';
import { importRoutes } from './imports/imports.routes.ts';
import { handoutRoutes } from './handouts/handouts.routes.ts';
import { themeRoutes } from './admin/themes.routes.ts';
import { projectorRoutes } from './workshop/projector.routes.ts';
import { streamRoutes } from './workshop/workshop.stream.ts';
import { loadSecrets } from './web/secrets.ts';
import { createMailer } from './email/mailer.ts';
import { createNotifier } from './email/notifications.ts';
import { createProofOfWork, type ProofOfWork } from './safety/abuse/proof-of-work.ts';
import { createAnswerRateLimiter } from './safety/abuse/rate-limit.ts';

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
    /** The open live streams: /metrics counts them; in-process tests end them, as app.inject waits for a response to end. */
    liveStreams: StreamHub;
    /** Set by main.ts on SIGTERM: /readyz answers 503 so a load balancer sends new requests elsewhere while this one finishes. */
    readiness: { draining: boolean };
  }
  interface FastifyRequest {
    /** The language the address asked for: Welsh under /cy, English elsewhere. */
    readonly locale: Locale;
  }
}

export interface AppOptions {
  /** A pino destination for tests that read the logs. */
  logStream?: NodeJS.WritableStream;
  bus?: LiveBus;
  /** In-process tests replace the browser check; everything else uses the real one. */
  proofOfWork?: ProofOfWork;
}

/** Builds the HTTP application. Every route file is mounted here, in one list. */
export async function createApp(config: Config, db: Db, options: AppOptions = {}): Promise<FastifyInstance> {
  const assets = await loadAssets();
  const pageContext: MakePageContext = (request, nonce, options = {}) => {
    // localeOf, not request.locale: a request Fastify could not route (a malformed address) has no decorators yet.
    const locale = options.locale ?? localeOf(request);
    return {
      assets,
      nonce,
      help: config.help,
      locale,
      t: catalogues[locale],
      here: options.here ?? request.url,
      baseUrl: config.baseUrl,
      link: (path) => localised(locale, path),
    };
  };
  const sharedPages = createSharedPages(db);
  const app = Fastify({
    // Pages every reader of a revision gets byte for byte are answered by the server itself once sent (shared-pages.ts).
    serverFactory: sharedPages.serverFactory,
    // A Welsh address (/cy/…) is served by the English address's route; the request remembers the language.
    rewriteUrl(raw) {
      const { locale, path } = splitLocale(raw.url ?? '/');
      rememberLocale(raw, locale);
      return path;
    },
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // No IP addresses, headers or bodies in the logs (TRUST PR-2, PR-3).
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.replace(/^\/setup\/[^/?#]+/, '/setup/[token]') }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    trustProxy: config.trustProxy,
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    forceCloseConnections: 'idle',
    // Malformed addresses (bad percent-encoding, over-long segments) get the same clear 400 page as any other mistake.
    frameworkErrors: (error, request, reply) => sendError(request, reply, pageContext, error.statusCode && error.statusCode < 500 ? error.statusCode : 400),
  });

  app.decorateRequest('locale', {
    getter(this: FastifyRequest) {
      return localeOf(this);
    },
  });

  // Every route, for tests that must cover them all (the authorisation matrix, the fuzzer).
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });

  const mailer = createMailer(config, app.log);
  if (!mailer.enabled) app.log.info('email is off: SMTP_URL is not set, so no notices or private links are emailed');
  const notifier = createNotifier(db, config, mailer);
  app.addHook('onClose', () => notifier.flush());
  // The key every instance shares, from the database (imported from an older install's DATA_DIR/secret.key once).
  const secrets = await loadSecrets(db, config.dataDir);
  if (secrets.origin === 'imported') app.log.info('imported DATA_DIR/secret.key into the database; the file is no longer read');
  const live = options.bus ? { bus: options.bus, ready: Promise.resolve(), close: async () => {} } : createLiveBus(db, config, app.log);
  app.addHook('onClose', () => live.close());
  // On PostgreSQL, other instances' events are heard before this one takes a request.
  await live.ready;
  const deps: AppDeps = {
    db,
    config,
    bus: live.bus,
    assets,
    pageContext,
    mailer,
    notifier,
    secrets,
    proofOfWork: options.proofOfWork ?? createProofOfWork(db, secrets),
    answerLimiter: createAnswerRateLimiter(db, secrets),
    sharedPages,
  };

  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(cookie);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
  registerSecurity(app, config);
  registerErrors(app, deps.pageContext);

  assetRoutes(app, assets);
  // Live streams: served by workshop/, counted by /metrics.
  const streams = new StreamHub();
  app.decorate('liveStreams', streams);
  app.decorate('readiness', { draining: false });
  // The pages the server answers itself are counted in /metrics and logged like every other response.
  sharedPages.attach(app, healthRoutes(app, deps, streams));
  helpRoutes(app, deps.pageContext);
  boardRoutes(app, deps);
  answerRoutes(app, deps);
  shareRoutes(app, deps);
  embedRoutes(app, deps);
  apiRoutes(app, deps);
  accountRoutes(app, deps, secrets);
  reportRoutes(app, deps, secrets);
  voteRoutes(app, deps);
  authorRoutes(app, deps);
  teamRoutes(app, deps);
  requestRoutes(app, deps);
  adminRoutes(app, deps);
  moderationRoutes(app, deps);
  editorRoutes(app, deps);
  safetyRoutes(app, deps, async (slug) => (await findBoardBySlug(db, slug)) !== undefined);
  exportRoutes(app, deps);
  feedRoutes(app, deps);
  workshopRoutes(app, deps);
  importRoutes(app, deps);
  handoutRoutes(app, deps);
  themeRoutes(app, deps);
  projectorRoutes(app, deps);
  streamRoutes(app, deps, streams);
  return app;
}
