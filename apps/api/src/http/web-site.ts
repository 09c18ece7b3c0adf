import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Paths the API answers itself (GraphQL, health, unsubscribe links, open data, calendars and
 * feeds: `/open-data/*`, `/meetings.ics`, `/councils/<slug>/*`); everything else is the web
 * site's (whose pages are French: `/conseils/…`, never `/councils/…`).
 */
export const API_PATHS =
  /^\/(?:(?:graphql|health|unsubscribe|open-data|councils)(?:\/|\?|$)|(?:meetings|works)\.ics(?:\?|$))/;

/** The header through which the site learns the visitor's address (as Express's trust proxy saw it). */
export const CLIENT_ADDRESS_HEADER = 'x-quorum-client-address';

/** Where `npm run web:build` (adapter-node) writes the site's server. */
export const WEB_BUILD_DIR = join(__dirname, '..', '..', '..', '..', 'web');

export interface WebSiteOptions {
  publicUrl: string;
  /** The API as the site's server calls it (loopback). */
  apiUrl: string;
  dir?: string;
}

/**
 * Loads the site's request handler, or null when the site is not built. The handler is an ES
 * module with a top-level await: this CommonJS build needs a real `import()`, which TypeScript
 * would otherwise rewrite into `require()`.
 */
/**
 * The largest form post the site reads (adapter-node's BODY_SIZE_LIMIT, 512 kB by default): the
 * API's JSON limit, so a census file the API would take is not refused by the site first.
 */
export const WEB_BODY_LIMIT = '10M';

export async function loadWebSite(options: WebSiteOptions): Promise<NodeHandler | null> {
  const file = join(options.dir ?? WEB_BUILD_DIR, 'handler.js');
  if (!existsSync(file)) return null;
  // Read by adapter-node when its handler loads: form posts are checked against ORIGIN.
  process.env.ORIGIN = options.publicUrl;
  process.env.PUBLIC_URL = options.publicUrl;
  process.env.ADDRESS_HEADER = CLIENT_ADDRESS_HEADER;
  process.env.API_URL = options.apiUrl;
  process.env.BODY_SIZE_LIMIT ??= WEB_BODY_LIMIT;
  const importEsm = new Function('specifier', 'return import(specifier)') as (
    specifier: string,
  ) => Promise<{ handler: NodeHandler }>;
  return (await importEsm(pathToFileURL(file).href)).handler;
}

/**
 * The site mounted in the API's HTTP server, before the body parsers (SvelteKit reads form posts
 * itself). The visitor's address is the one Express computed (trust proxy), passed in a header
 * the visitor cannot set: any value they sent is replaced.
 */
export function webSiteMiddleware(handler: NodeHandler) {
  return (
    req: IncomingMessage & { ip?: string; url?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => {
    if (API_PATHS.test(req.url ?? '/')) return next();
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? '';
    // The site sends its own Content-Security-Policy (hashes of its inline scripts).
    res.removeHeader('content-security-policy');
    // …and its own Referrer-Policy (with no-referrer, Chromium posts forms with `Origin: null`).
    res.removeHeader('referrer-policy');
    handler(req, res, next);
  };
}

/**
 * With the site mounted, its server calls the API from loopback with the visitor's address in
 * X-Forwarded-For: trust that hop on top of what TRUST_PROXY says.
 */
export function withLoopbackTrusted(
  setting: boolean | number | string[],
): boolean | number | string[] {
  if (setting === false) return ['loopback'];
  if (Array.isArray(setting)) return ['loopback', ...setting];
  return setting;
}
