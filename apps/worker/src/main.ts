import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@quorum/core';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  await createWorkerApp(config);
}

main().catch((error: unknown) => {
  console.error('The worker could not start:', error);
  process.exit(1);
});
