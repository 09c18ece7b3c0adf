import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  QueueHealthDocument,
  StaffAccountsDocument,
  SearchAccountsDocument,
  SetAccountRoleDocument,
} from '$lib/server/operations';
import { adminOnly, failRenamed } from '$lib/server/staff';

const DONE: Record<string, string> = {
  'agent-ajoute':
    'Le rôle d’agent·e est donné. Il s’applique tout de suite à ses sessions ouvertes.',
  'agent-retire':
    'Le rôle d’agent·e est retiré. Il s’applique tout de suite à ses sessions ouvertes.',
};

export const load: PageServerLoad = async (event) => {
  const me = adminOnly(event);
  const q = (event.url.searchParams.get('q') ?? '').trim();
  const [health, staffList, found] = await Promise.all([
    query(event, QueueHealthDocument, {}),
    query(event, StaffAccountsDocument, {}),
    q ? query(event, SearchAccountsDocument, { query: q }) : Promise.resolve(null),
  ]);
  const done = Object.keys(DONE).find((key) => event.url.searchParams.has(key));
  return {
    title: 'Agent·es et tâches de fond',
    q,
    meId: me.id,
    accounts: found ? found.searchAccounts.edges.map((e) => e.node) : null,
    total: found?.searchAccounts.totalCount ?? 0,
    staff: staffList.staffAccounts.edges.map((e) => e.node),
    staffTotal: staffList.staffAccounts.totalCount,
    queues: health.queueMetrics,
    failedJobs: health.failedJobs,
    done: done ? DONE[done] : null,
  };
};

const setRole =
  (role: 'AGENT' | 'RESIDENT', done: string): Actions[string] =>
  async (event) => {
    adminOnly(event);
    const form = await event.request.formData();
    const accountId = text(form, 'accountId');
    const q = text(form, 'q');
    const r = await call(SetAccountRoleDocument, { input: { accountId, role } }, as(event));
    if (!r.ok) return failRenamed(r.error, {});
    // No fragment: a browser does not autofocus in a page opened at one (the notice must).
    redirect(303, `/mairie/agents?${new URLSearchParams({ q })}&${done}`);
  };

export const actions: Actions = {
  grant: setRole('AGENT', 'agent-ajoute'),
  revoke: setRole('RESIDENT', 'agent-retire'),
};
