import type { PageServerLoad } from './$types';
import type { ProposalCategory, ProposalOrder, ProposalStatus } from '$lib/gql/graphql';
import { CATEGORY, STATUS } from '$lib/format';
import { query } from '$lib/server/load';
import { ProposalsDocument } from '$lib/server/operations';

const PAGE = 20;
const ORDERS: Record<ProposalOrder, string> = {
  NEWEST: 'Les plus récentes',
  MOST_SUPPORTED: 'Les plus soutenues',
  RECENTLY_ACTIVE: 'Activité récente',
  RELEVANCE: 'Pertinence (avec une recherche)',
};
const pick = <T extends string>(value: string | null, allowed: Record<T, string>): T | undefined =>
  value && Object.prototype.hasOwnProperty.call(allowed, value) ? (value as T) : undefined;

// Filters, order and page live in the URL: a GET form, links that can be shared and bookmarked.
export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const search = params.get('recherche')?.trim() || undefined;
  const status = pick<ProposalStatus>(params.get('statut'), STATUS);
  const category = pick<ProposalCategory>(params.get('categorie'), CATEGORY);
  const councilId = params.get('conseil') || undefined;
  const orderBy =
    pick<ProposalOrder>(params.get('ordre'), ORDERS) ?? (search ? 'RELEVANCE' : 'NEWEST');
  const after = params.get('apres') || undefined;
  const data = await query(event, ProposalsDocument, {
    first: PAGE,
    after,
    search,
    status,
    category,
    councilId,
    orderBy: orderBy === 'RELEVANCE' && !search ? 'NEWEST' : orderBy,
  });
  const next = new URLSearchParams(params);
  if (data.proposals.pageInfo.endCursor) next.set('apres', data.proposals.pageInfo.endCursor);
  return {
    title: search ? `Propositions\u00a0: recherche «\u202f${search}\u202f»` : 'Propositions',
    filters: { search: search ?? '', status, category, councilId, orderBy },
    orders: ORDERS,
    proposals: data.proposals.edges.map((e) => e.node),
    total: data.proposals.totalCount,
    councils: data.councils.edges.map((e) => e.node),
    nextPage: data.proposals.pageInfo.hasNextPage ? `?${next}` : null,
    firstPage: after
      ? `?${(() => {
          const p = new URLSearchParams(params);
          p.delete('apres');
          return p;
        })()}`
      : null,
  };
};
