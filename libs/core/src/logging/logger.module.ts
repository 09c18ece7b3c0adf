import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { pino, stdSerializers, type Logger as PinoInstance } from 'pino';
import { pinoHttp } from 'pino-http';
import { currentRequestContext } from '../context/request-context';
import { AppConfig } from '../config/app-config';
import { loggedUrl } from './logged-url';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's X-Request-Id when it looks like one, so traces line up across services. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Secrets and personal data never reach the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
];

/**
 * A request as its log line shows it: what was asked, by which address, under which id. Not its
 * headers (tokens, cookies, the person's software), which pino's own serializer copies and the
 * redaction then had to comb on every request; nor the values in its address (loggedUrl: e-mailed
 * links carry tokens). pino-http hands it pino's own serialization.
 */
export const serializeRequest = (req: {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}): Record<string, unknown> => ({
  id: req.id,
  method: req.method,
  url: loggedUrl(req.url),
  remoteAddress: req.remoteAddress,
});

/** A response as its log line shows it: its status (its headers are ours, the same every time). */
export const serializeResponse = (res: { statusCode?: number }): Record<string, unknown> => ({
  statusCode: res.statusCode,
});

/** Errors as logged: a failed query keeps its SQL text but not its parameters (they may hold secrets). */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.parameters;
  delete serialized.driverError;
  // A prepared statement's query is pg's { name, text } config (queryRows): log its text.
  const query = serialized.query as { text?: unknown } | undefined;
  if (query && typeof query === 'object' && typeof query.text === 'string')
    serialized.query = query.text;
  return serialized;
}

/** The process's pino logger (one per application), for requestLogging. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Every line logged while a request runs carries its id (the request context's). */
const requestIdMixin = (): Record<string, unknown> => {
  const requestId = currentRequestContext()?.requestId;
  return requestId === undefined ? {} : { reqId: requestId };
};

@Module({})
class RootLoggerModule {
  static forRoot(service: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: RootLoggerModule,
      providers: [
        {
          provide: ROOT_LOGGER,
          inject: [AppConfig],
          useFactory: (config: AppConfig): PinoInstance =>
            pino({
              level: config.LOG_LEVEL,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              serializers: { err: serializeError },
              base: { service },
              mixin: requestIdMixin,
            }),
        },
      ],
      exports: [ROOT_LOGGER],
    };
  }
}

/**
 * One line per request (pino-http), as a plain Express middleware: `app.use` it after the request
 * context, which gives the id. Not through Nest's middleware consumer, which mounted it (and
 * nestjs-pino's own AsyncLocalStorage) as two catch-all routes matched on every request.
 */
export function requestLogging(logger: PinoInstance) {
  return pinoHttp({
    logger,
    serializers: { req: serializeRequest, res: serializeResponse },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req);
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: {
      ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health'),
    },
  });
}

/**
 * JSON logs (pino) with the service's name on every line, and the request's id on every line
 * logged during a request (the request context's, through a mixin). Nest's Logger writes to it.
 */
@Module({})
export class LoggerModule {
  static forRoot(service: 'api' | 'worker' | 'cli'): DynamicModule {
    const root = RootLoggerModule.forRoot(service);
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRootAsync({
          imports: [root],
          inject: [ROOT_LOGGER],
          useFactory: (logger: PinoInstance) => ({
            pinoHttp: { logger },
            // The request's line is requestLogging's; nestjs-pino binds nothing per request.
            useExisting: true,
            forRoutes: [],
          }),
        }),
        root,
      ],
      exports: [root],
    };
  }
}
