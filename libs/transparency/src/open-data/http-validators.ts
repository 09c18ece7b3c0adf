import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Conditional GET for the open data and the feeds: sets ETag and Last-Modified, and answers 304
 * (no body) when the client already has this version. True when it answered.
 */
export function notModified(
  request: IncomingMessage,
  response: ServerResponse,
  etag: string,
  lastModified: Date | null,
): boolean {
  response.setHeader('etag', etag);
  if (lastModified) response.setHeader('last-modified', lastModified.toUTCString());
  response.setHeader('cache-control', 'public, no-cache');
  const header = request.headers['if-none-match'];
  const tags = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter((tag) => tag !== '');
  let fresh = tags.includes('*') || tags.includes(etag);
  // If-Modified-Since counts only without If-None-Match (RFC 9110 §13.1.3).
  const since = request.headers['if-modified-since'];
  if (tags.length === 0 && since && lastModified) {
    const at = Date.parse(since);
    fresh = !Number.isNaN(at) && Math.floor(lastModified.getTime() / 1000) * 1000 <= at;
  }
  if (!fresh) return false;
  response.statusCode = 304;
  response.end();
  return true;
}
