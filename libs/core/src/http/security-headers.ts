import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The one stylesheet of the API's own HTML pages (unsubscribe): allowed by its hash, nothing else.
 * It takes the web site's look (apps/web/src/lib/styles.css: its fonts, colours, header band,
 * 44 px button, focus ring) so that a link from an e-mail lands on a page of the same site.
 */
export const API_PAGE_STYLE = [
  'html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif;line-height:1.5;color:#1e1e1e;background:#fff}',
  'body{margin:0;overflow-wrap:anywhere}',
  'header{background:#1d4f91;color:#fff;padding:1rem}',
  'header p{margin:0 auto;max-width:40rem;font-weight:700}',
  'main{max-width:40rem;margin:0 auto;padding:1rem}',
  'h1{font-size:1.75rem;line-height:1.2}',
  'button{min-height:44px;min-width:44px;padding:.5rem 1rem;border:2px solid #1d4f91;border-radius:.25rem;background:#1d4f91;color:#fff;font:inherit;font-weight:600;cursor:pointer}',
  'button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1e1e1e}',
].join('');
const styleHash = `'sha256-${createHash('sha256').update(API_PAGE_STYLE).digest('base64')}'`;

/** A page of the API: French, escaped by the caller, styled by API_PAGE_STYLE only. */
export const apiPage = (escapedTitle: string, body: string): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapedTitle}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<style>${API_PAGE_STYLE}</style></head><body><header><p>Conseils de quartier</p></header>` +
  `<main><h1>${escapedTitle}</h1>${body}</main></body></html>`;

/**
 * Security headers on every response (helmet): a strict CSP (no script, no frame, forms only to
 * ourselves), nosniff, no referrer, no framing; HSTS only when people reach us over https.
 * Helmet's dozen middlewares answer every request with the same headers (nothing in this policy
 * depends on the request): they run once, here, and each response gets what they set.
 */
export function securityHeaders(publicUrl: string) {
  const headers = headersSetBy(helmetFor(publicUrl));
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function helmetFor(publicUrl: string) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: [styleHash],
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
