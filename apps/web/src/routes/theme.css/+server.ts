import type { RequestHandler } from './$types';
import { town } from '$lib/server/town';

/** The town's colour as a stylesheet: no inline style, so the CSP stays strict. */
export const GET: RequestHandler = () =>
  new Response(`:root{--primary:${town().color}}`, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
