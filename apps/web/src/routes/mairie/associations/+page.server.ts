import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AgentAssociationsDocument,
  CouncilsDocument,
  DecideOnAssociationDocument,
  SeatAssociationInCouncilDocument,
} from '$lib/server/operations';
import { pageLinks } from '$lib/server/pages';
import { failRenamed } from '$lib/server/staff';
import { townHallOnly } from '$lib/server/town-hall';
import type { AssociationStatus } from '$lib/gql/graphql';

/** The town hall's decisions from each status (the API's rule, to offer only what it accepts). */
const NEXT: Record<string, AssociationStatus[]> = {
  PENDING: ['PARTNER', 'DECLINED'] as AssociationStatus[],
  PARTNER: ['SUSPENDED'] as AssociationStatus[],
  SUSPENDED: ['PARTNER', 'DECLINED'] as AssociationStatus[],
  DECLINED: ['PARTNER'] as AssociationStatus[],
};

/** The pending requests first: they are what the page is for. */
const ORDER = ['PENDING', 'PARTNER', 'SUSPENDED', 'DECLINED'];

/** The address parameter of a status's list cursor: `apres-pending`, … */
const cursorOf = (status: string) => `apres-${status.toLowerCase()}`;

const DONE: Record<string, string> = {
  PARTNER: 'L’association est partenaire.',
  DECLINED: 'La demande est refusée. Ses membres voient le motif sur la page de l’association.',
  SUSPENDED:
    'Le partenariat est suspendu. Ses membres voient le motif sur la page de l’association.',
  siege: 'Le siège est attribué dans le collège des associations du conseil.',
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  // One list per status, each a page at a time with its own cursor (the others' kept).
  const [lists, { councils }] = await Promise.all([
    Promise.all(
      ORDER.map((status) =>
        query(event, AgentAssociationsDocument, {
          status: status as AssociationStatus,
          after: event.url.searchParams.get(cursorOf(status)) || undefined,
        }),
      ),
    ),
    query(event, CouncilsDocument, {}),
  ]);
  const done = event.url.searchParams.get('fait');
  return {
    title: 'Associations : demandes et partenaires',
    groups: ORDER.map((status, i) => {
      const { associations } = lists[i];
      return {
        status,
        total: associations.totalCount,
        associations: associations.edges.map(({ node: a }) => ({
          ...a,
          next: NEXT[a.status] ?? [],
        })),
        ...pageLinks(event.url, associations.pageInfo, cursorOf(status), `#h-${status}`),
      };
    }),
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
    done: done && DONE[done] ? DONE[done] : null,
  };
};

export const actions: Actions = {
  decide: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const associationId = text(form, 'associationId');
    const status = text(form, 'status') as AssociationStatus;
    const reason = text(form, 'reason');
    const values = { associationId, status, reason };
    if (!status)
      return invalid(
        [{ field: `status-${associationId}`, message: 'Choisissez une décision.' }],
        values,
      );
    const r = await call(
      DecideOnAssociationDocument,
      { input: { associationId, status, reason: reason || null } },
      as(event),
    );
    if (!r.ok)
      return failRenamed(
        r.error,
        { reason: `reason-${associationId}`, status: `status-${associationId}` },
        values,
      );
    redirect(303, `/mairie/associations?fait=${status}`);
  },
  seat: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const associationId = text(form, 'associationId');
    const values = {
      associationId,
      councilId: text(form, 'councilId'),
      accountId: text(form, 'accountId'),
      termStart: text(form, 'termStart'),
    };
    const r = await call(
      SeatAssociationInCouncilDocument,
      {
        input: {
          associationId,
          councilId: values.councilId,
          accountId: values.accountId,
          termStart: values.termStart || null,
        },
      },
      as(event),
    );
    if (!r.ok)
      return failRenamed(
        r.error,
        {
          councilId: `councilId-${associationId}`,
          accountId: `accountId-${associationId}`,
          termStart: `termStart-${associationId}`,
        },
        values,
      );
    redirect(303, '/mairie/associations?fait=siege');
  },
};
