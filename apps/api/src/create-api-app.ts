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
