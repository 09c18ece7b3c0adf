import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { call } from '$lib/server/api';
import { as } from '$lib/server/load';
import { SimilarProposalsDocument } from '$lib/server/operations';

/** Shorter titles match too much to be a useful warning. */
const MIN_TITLE = 8;

/**
 * The published proposals with a title like `?titre=` (in `?conseil=`), for the new proposal's
 * form while its title is typed (JavaScript only; without it, the form shows them on submit).
 */
export const GET: RequestHandler = async (event) => {
  const title = (event.url.searchParams.get('titre') ?? '').trim().slice(0, 200);
  const councilId = event.url.searchParams.get('conseil') || undefined;
  if (title.length < MIN_TITLE) return json([]);
  const r = await call(SimilarProposalsDocument, { title, councilId }, as(event));
  // A refused or failed look-up only means no warning: the submit checks again.
  return json(r.ok ? r.data.similarProposals : [], {
    headers: { 'cache-control': 'no-store' },
  });
};
