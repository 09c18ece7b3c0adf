import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@quorum/core';
import { createApiApp } from './create-api-app';

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
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error('The API could not start:', error);
  process.exit(1);
});
