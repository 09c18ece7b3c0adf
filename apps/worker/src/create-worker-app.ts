import { INestApplicationContext, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@quorum/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * Builds and starts the worker (main.ts and the tests share it). Shutdown hooks close the
 * relay, then the BullMQ workers, which wait for the jobs they are running.
 */
export async function createWorkerApp(
  config?: AppConfig,
  extraProviders: Provider[] = [],
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, extraProviders),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
