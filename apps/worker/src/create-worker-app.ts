import { INestApplicationContext, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, Clock } from '@quorum/core';
import { JobRegistry } from '@quorum/outbox';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * Builds and starts the worker (main.ts and the tests share it). It refuses to run with an
 * incomplete job registry. On shutdown the relay stops and the queue worker waits for the jobs
 * it is running, before the database pool closes.
 */
export async function createWorkerApp(
  config?: AppConfig,
  extraProviders: Provider[] = [],
  clock?: Clock,
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, extraProviders, clock),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const problem = app.get(JobRegistry).problem;
  if (problem) {
    await app.close();
    throw problem;
  }
  return app;
}
