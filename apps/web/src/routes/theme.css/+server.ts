import type { RequestHandler } from './$types';
import { town } from '$lib/server/town';

/**
 * The town's colour as a stylesheet: no inline style, so the CSP stays strict. `html:root` is
 * more specific than the design system's `:root`, which the page links after this one: the
 * town's colour wins whatever the order of the stylesheets.
 */
export const GET: RequestHandler = () =>
  new Response(`html:root{--primary:${town().color}}`, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
