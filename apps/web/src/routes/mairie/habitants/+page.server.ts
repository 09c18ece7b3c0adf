import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { keepReport, reportFor } from '$lib/server/census-reports';
import { failWith, invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  ImportCensusDocument,
  ResidentsPageDocument,
  VerifyResidentDocument,
} from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';
import type { ResidentsPageQuery } from '$lib/gql/graphql';

/** What an audit entry's `after` says, read safely (it is JSON). */
const field = (after: unknown, name: string): unknown =>
  after && typeof after === 'object' ? (after as Record<string, unknown>)[name] : undefined;

/**
 * `?verifie=<account id>`: said only when the audit log shows that account verified, with its
 * name when the kept search shows it (the API has no look-up of an account by id).
 */
function justVerified(id: string | null, d: ResidentsPageQuery) {
  if (!id) return null;
  const audited = d.verified.edges.some((e) => e.node.objectId === id);
  const found = d.searchAccounts?.edges.find((e) => e.node.id === id)?.node;
  if (!audited && !found?.residency?.verifiedAt) return null;
  return { name: found?.displayName ?? null };
}

export const load: PageServerLoad = async (event) => {
  const me = townHallOnly(event);
  const params = event.url.searchParams;
  const search = params.get('recherche')?.trim() ?? '';
  const after = params.get('apres') || undefined;
  const d = await query(event, ResidentsPageDocument, {
    after,
    search,
    searching: search.length > 0,
  });
  const importId = params.get('import');
  const importEntry = importId ? d.imports.edges.find((e) => e.node.objectId === importId) : null;
  const history = [...d.verified.edges, ...d.claimed.edges, ...d.imports.edges]
    .map(({ node }) => ({
      id: node.id,
      occurredAt: node.occurredAt ?? '',
      kind: node.action ?? '',
      objectId: node.objectId ?? '',
      actorRole: node.actorRole ?? null,
      accepted: Number(field(node.after, 'accepted') ?? 0),
      rejected: Number(field(node.after, 'rejected') ?? 0),
    }))
    // Newest first, as the audit log gives each list.
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))
    .slice(0, 30);
  const next = new URLSearchParams();
  if (search) next.set('recherche', search);
  return {
    title: 'Habitant·es et recensement',
    search,
    awaiting: {
      total: d.residentsAwaitingVerification.totalCount,
      items: d.residentsAwaitingVerification.edges.map((e) => e.node),
      next: d.residentsAwaitingVerification.pageInfo.hasNextPage
        ? `?${new URLSearchParams({ ...Object.fromEntries(next), apres: d.residentsAwaitingVerification.pageInfo.endCursor ?? '' })}#a-verifier`
        : null,
      first: after ? `?${next}#a-verifier` : null,
    },
    found: d.searchAccounts ? d.searchAccounts.edges.map((e) => e.node) : null,
    contested: {
      total: d.contestedResidencyClaims.totalCount,
      items: d.contestedResidencyClaims.edges.map((e) => e.node),
    },
    neighbourhoods: [
      ...new Map(
        d.councils.edges.map((e) => [e.node.neighbourhood, e.node.name] as const),
      ).entries(),
    ].map(([neighbourhood, council]) => ({ neighbourhood, council })),
    history,
    verified: justVerified(params.get('verifie'), d),
    importReport: importId
      ? (reportFor(me.id, importId) ??
        (importEntry
          ? {
              importId,
              accepted: Number(field(importEntry.node.after, 'accepted') ?? 0),
              rejected: Number(field(importEntry.node.after, 'rejected') ?? 0),
              rejections: null,
            }
          : null))
      : null,
  };
};

export const actions: Actions = {
  verify: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const accountId = text(form, 'accountId');
    const neighbourhood = text(form, `quartier-${accountId}`);
    const values = { accountId, [`quartier-${accountId}`]: neighbourhood };
    const fields = [];
    if (!neighbourhood)
      fields.push({
        field: `quartier-${accountId}`,
        message: 'Choisissez le quartier du justificatif.',
      });
    if (form.get(`preuve-${accountId}`) !== 'oui')
      fields.push({
        field: `preuve-${accountId}`,
        message: 'Cochez la case une fois le justificatif de domicile vérifié.',
      });
    if (fields.length) return invalid(fields, values);
    const r = await call(
      VerifyResidentDocument,
      { input: { accountId, neighbourhood } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    // The account's id, not its name: the page reads the name back (an address says nothing).
    const back = new URLSearchParams({ verifie: r.data.verifyResident.id });
    const search = text(form, 'recherche');
    if (search) back.set('recherche', search);
    redirect(303, `/mairie/habitants?${back}#resultat`);
  },
  import: async (event) => {
    const me = townHallOnly(event);
    const form = await event.request.formData();
    const file = form.get('fichier');
    if (!(file instanceof File) || file.size === 0)
      return invalid(
        [{ field: 'fichier', message: 'Choisissez le fichier CSV du recensement.' }],
        {},
      );
    const r = await call(ImportCensusDocument, { input: { csv: await file.text() } }, as(event));
    if (!r.ok) {
      // A refused file (bad header, unclosed quote): the message goes next to the file field.
      const fields = r.error.fields.map((f) =>
        f.field === 'csv' ? { ...f, field: 'fichier' } : f,
      );
      const failure = {
        ...r.error,
        fields: fields.length ? fields : [{ field: 'fichier', message: r.error.message }],
      };
      return failWith(failure, {});
    }
    keepReport(me.id, r.data.importCensus);
    redirect(
      303,
      `/mairie/habitants?import=${encodeURIComponent(r.data.importCensus.importId)}#rapport`,
    );
  },
};
