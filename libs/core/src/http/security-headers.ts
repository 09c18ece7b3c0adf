import { createHash } from 'node:crypto';
import helmet from 'helmet';

/** The one stylesheet of the API's own HTML pages (unsubscribe): allowed by its hash, nothing else. */
export const API_PAGE_STYLE = 'body{font-family:sans-serif;max-width:40em;margin:2em auto}';
const styleHash = `'sha256-${createHash('sha256').update(API_PAGE_STYLE).digest('base64')}'`;

/** A page of the API: French, escaped by the caller, styled by API_PAGE_STYLE only. */
export const apiPage = (escapedTitle: string, body: string): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapedTitle}</title>` +
  `<style>${API_PAGE_STYLE}</style></head><body><h1>${escapedTitle}</h1>${body}</body></html>`;

/**
 * Security headers on every response (helmet): a strict CSP (no script, no frame, forms only to
 * ourselves), nosniff, no referrer, no framing; HSTS only when people reach us over https.
 */
export function securityHeaders(publicUrl: string) {
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
