// `node bench/web-js-size.mjs URL PATH…`: the JavaScript a page of the site makes the browser
// load (its <script>, modulepreload links and the start script's imports), raw and gzipped.
// Budget (issue 16): ≤ 50 KB compressed per page. Run it against `npm start`.
/* global process, console, fetch, URL, Buffer */
/* eslint-disable no-console */
import { gzipSync } from 'node:zlib';
const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
const pages =
  process.argv.length > 3 ? process.argv.slice(3) : ['/', '/propositions', '/compte/connexion'];
for (const path of pages) {
  const html = await (await fetch(base + path)).text();
  const urls = new Set([...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1]));
  const head = await fetch(base + path, { method: 'HEAD' });
  const link = head.headers.get('link') ?? '';
  for (const m of link.matchAll(/<([^>]+\.js)>/g)) urls.add(m[1]);
  // imports inside the inline start script
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]);
  let raw = 0,
    gz = 0;
  for (const u of urls) {
    const body = Buffer.from(await (await fetch(new URL(u, base + path))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  console.log(
    `${path}: ${urls.size} files, ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`,
  );
}
