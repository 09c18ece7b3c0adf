import 'reflect-metadata';
import { loadConfigOrExit } from '@quorum/core';
import { createApiApp } from './create-api-app';
import { loadWebSite } from './http/web-site';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // The site, when built (npm start builds it), on the same origin as the API.
  const webSite =
    process.env.WEB_SITE === 'off'
      ? null
      : await loadWebSite({
          publicUrl: config.publicUrl,
          apiUrl: `http://127.0.0.1:${config.PORT}`,
        });
  const app = await createApiApp(config, [], undefined, webSite);
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error('The API could not start:', error);
  process.exit(1);
});
