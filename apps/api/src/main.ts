import 'reflect-metadata';
import { loadConfigOrExit } from '@quorum/core';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error('The API could not start:', error);
  process.exit(1);
});
