import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import { AppConfig } from '../config/app-config';

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

/** Errors as logged: a failed query keeps its SQL text but not its parameters (they may hold secrets). */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.parameters;
  delete serialized.driverError;
  return serialized;
}

/** JSON logs (pino) with a request id on every line of a request, and the service's name on every line. */
@Module({})
export class LoggerModule {
  static forRoot(service: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              serializers: { err: serializeError },
              genReqId: (req: IncomingMessage, res: ServerResponse) => {
                const id = requestIdOf(req);
                res.setHeader('x-request-id', id);
                return id;
              },
              base: { service },
              autoLogging: {
                ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health'),
              },
            },
          }),
        }),
      ],
    };
  }
}
