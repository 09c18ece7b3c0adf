import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The one stylesheet of the API's own HTML pages (unsubscribe), allowed by its hash and nothing
 * else. It takes the web site's look (apps/web/src/lib/styles.css: its fonts, colours, header band,
 * 44 px button, focus ring) in the town's colour (TOWN_COLOR, a #rrggbb checked at start-up to
 * contrast 4.5:1 with white), so that a link from an e-mail lands on a page of the same site.
 */
export const apiPageStyle = (townColor: string): string => {
  // Configuration checks it; a value that is not a colour would end up in a stylesheet.
  if (!/^#[0-9a-fA-F]{6}$/.test(townColor)) throw new Error(`not a #rrggbb colour: ${townColor}`);
  return [
    'html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif;line-height:1.5;color:#1e1e1e;background:#fff}',
    'body{margin:0;overflow-wrap:anywhere}',
    `header{background:${townColor};color:#fff;padding:1rem}`,
    'header p{margin:0 auto;max-width:40rem;font-weight:700}',
    'main{max-width:40rem;margin:0 auto;padding:1rem}',
    'h1{font-size:1.75rem;line-height:1.2}',
    `button{min-height:44px;min-width:44px;padding:.5rem 1rem;border:2px solid ${townColor};border-radius:.25rem;background:${townColor};color:#fff;font:inherit;font-weight:600;cursor:pointer}`,
    'button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1e1e1e}',
  ].join('');
};

const styleHash = (style: string) =>
  `'sha256-${createHash('sha256').update(style).digest('base64')}'`;

/** What an API page needs of the town: its colour, and its name for the window's title. */
export interface ApiPageTown {
  color: string;
  /** Escaped by the caller, like the title. */
  escapedName: string;
}

/**
 * A page of the API: French, escaped by the caller, styled by apiPageStyle only. Its title reads
 * like the site's ("… – Conseils de quartier – Ville de …").
 */
export const apiPage = (escapedTitle: string, body: string, town: ApiPageTown): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8">` +
  `<title>${escapedTitle} – Conseils de quartier – ${town.escapedName}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<style>${apiPageStyle(town.color)}</style></head><body><header><p>Conseils de quartier</p></header>` +
  `<main><h1>${escapedTitle}</h1>${body}</main></body></html>`;

/**
 * Security headers on every response (helmet): a strict CSP (no script, no frame, forms only to
 * ourselves), nosniff, no referrer, no framing; HSTS only when people reach us over https.
 * Helmet's dozen middlewares answer every request with the same headers (nothing in this policy
 * depends on the request): they run once, here, and each response gets what they set.
 */
export function securityHeaders(publicUrl: string, townColor: string) {
  const headers = headersSetBy(helmetFor(publicUrl, styleHash(apiPageStyle(townColor))));
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function helmetFor(publicUrl: string, pageStyleHash: string) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: [pageStyleHash],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: publicUrl.startsWith('https://')
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/** The headers a middleware sets on a response, run once against a recording one. */
function headersSetBy(
  middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void,
): [string, string | string[]][] {
  const headers = new Map<string, string | string[]>();
  const recorder = {
    setHeader: (name: string, value: string | string[]) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  } as unknown as ServerResponse;
  let done = false;
  middleware({ headers: {} } as IncomingMessage, recorder, (error) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not answer synchronously');
  return [...headers];
}
