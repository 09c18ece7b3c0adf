import type { Server } from 'node:http';
import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  Clock,
  createValidationPipe,
  requestLogging,
  ROOT_LOGGER,
  securityHeaders,
} from '@quorum/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { queryLengthGuard } from './graphql/request-limits';
import { requestContextMiddleware } from './http/request-context.middleware';
import { NodeHandler, webSiteMiddleware, withLoopbackTrusted } from './http/web-site';

export const JSON_BODY_LIMIT = '10mb';

/** TRUST_PROXY: off, a number of proxy hops, or a comma-separated list of proxy addresses. */
export function trustProxySetting(value: string): boolean | number | string[] {
  if (value === 'off') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((address) => address.trim());
}

/** Builds the API application exactly as production runs it (main.ts and the tests share it). */
export async function createApiApp(
  config?: AppConfig,
  extra: ModuleMetadata['imports'] = [],
  clock?: Clock,
  webSite?: NodeHandler | null,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, extra, clock),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  const settings = app.get(AppConfig);
  // First, so that every answer has them, even a refused body.
  app.use(securityHeaders(settings.publicUrl, settings.TOWN_COLOR));
  // Browsers on the origins of CORS_ORIGINS only; bearer tokens, never cookies, cross origins.
  app.enableCors({
    origin: (origin: string | undefined, allow: (error: Error | null, allowed?: boolean) => void) =>
      allow(null, origin !== undefined && settings.corsOrigins.includes(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept-language', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: 600,
  });
  // Slow clients (slow-loris): a request's headers, and the whole request, within a time. Node
  // checks them every connectionsCheckingInterval, read when the server starts listening.
  const server = app.getHttpServer() as Server;
  server.headersTimeout = settings.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = settings.HTTP_REQUEST_TIMEOUT_MS;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    Math.min(30_000, Math.max(50, Math.floor(settings.HTTP_HEADERS_TIMEOUT_MS / 4)));
  // The request's id and language, then its log line, before anything can refuse it.
  app.use(requestContextMiddleware);
  app.use(requestLogging(app.get(ROOT_LOGGER)));
  // The web site (when built), before the body parsers: it reads its own form posts.
  if (webSite) app.use(webSiteMiddleware(webSite));
  // Large enough for a census list sent to importCensus; query depth, cost and aliases stay bounded.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // A query's text is bounded before GraphQL parses it (a census list is a variable, not query text).
  app.use('/graphql', queryLengthGuard);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // Client addresses (rate limits) come from X-Forwarded-For only through proxies we trust.
  const trust = trustProxySetting(settings.TRUST_PROXY);
  app.set('trust proxy', webSite ? withLoopbackTrusted(trust) : trust);
  return app;
}
