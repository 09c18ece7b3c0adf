import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, createValidationPipe } from '@quorum/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { requestContextMiddleware } from './http/request-context.middleware';

export const JSON_BODY_LIMIT = '10mb';

/** Builds the API application exactly as production runs it (main.ts and the tests share it). */
export async function createApiApp(
  config?: AppConfig,
  extra: ModuleMetadata['imports'] = [],
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, extra), {
    bufferLogs: true,
    bodyParser: false,
  });
  // Large enough for a census list sent to importCensus; query depth, cost and aliases stay bounded.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useLogger(app.get(Logger));
  app.use(requestContextMiddleware);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const settings = app.get(AppConfig);
  if (settings.isProduction) {
    const express = app.getHttpAdapter().getInstance() as {
      disable(name: string): void;
      set(k: string, v: unknown): void;
    };
    express.disable('x-powered-by');
    express.set('trust proxy', 1);
  }
  return app;
}
