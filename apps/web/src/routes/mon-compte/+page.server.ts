import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import type { DeliveryMode, NotificationEvent } from '$lib/gql/graphql';
import {
  DeleteAccountDocument,
  InboxDocument,
  MarkReadDocument,
  MyProposalsDocument,
  UpdatePreferencesDocument,
} from '$lib/server/operations';

const MODES: DeliveryMode[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];
import { clearTokens } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  const me = await signedIn(event);
  const params = event.url.searchParams;
  const authoredAfter = params.get('propositions-apres') || undefined;
  const supportedAfter = params.get('soutiens-apres') || undefined;
  const [inbox, mine] = await Promise.all([
    query(event, InboxDocument, {}),
    query(event, MyProposalsDocument, { authorId: me.id, authoredAfter, supportedAfter }),
  ]);
  // Each list pages on its own; the other list's place stays in the link.
  const pageLink = (name: string, cursor: string | null | undefined, anchor: string) => {
    const next = new URLSearchParams(params);
    next.delete('preferences-enregistrees');
    next.delete('adresse-confirmee');
    next.delete('lue');
    if (cursor) next.set(name, cursor);
    else next.delete(name);
    return `?${next}#${anchor}`;
  };
  const list = (
    connection: typeof mine.authored,
    name: string,
    after: string | undefined,
    anchor: string,
  ) => ({
    total: connection.totalCount,
    items: connection.edges.map((e) => e.node),
    next: connection.pageInfo.hasNextPage
      ? pageLink(name, connection.pageInfo.endCursor, anchor)
      : null,
    first: after ? pageLink(name, null, anchor) : null,
  });
  return {
    authored: list(mine.authored, 'propositions-apres', authoredAfter, 'mes-propositions'),
    supported: list(mine.supported, 'soutiens-apres', supportedAfter, 'mes-soutiens'),
    markedRead: params.has('lue'),
    title: 'Mon compte',
    account: { displayName: me.displayName, email: me.email, residency: me.residency ?? null },
    notifications: inbox.notifications.edges.map((e) => e.node),
    preferences: inbox.notificationPreferences,
    saved: event.url.searchParams.has('preferences-enregistrees'),
    confirmed: event.url.searchParams.has('adresse-confirmee'),
  };
};

export const actions: Actions = {
  read: async (event) => {
    await signedIn(event);
    const r = await call(MarkReadDocument, { input: { all: true } }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, '/mon-compte');
  },
  readOne: async (event) => {
    await signedIn(event);
    const id = String((await event.request.formData()).get('id') ?? '');
    const r = await call(MarkReadDocument, { input: { ids: [id] } }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, '/mon-compte?lue#notifications');
  },
  preferences: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const preferences = [...form.entries()]
      .filter(([name, mode]) => name.startsWith('pref-') && MODES.includes(mode as DeliveryMode))
      .map(([name, mode]) => ({
        event: name.slice('pref-'.length) as NotificationEvent,
        mode: mode as DeliveryMode,
      }));
    const r = await call(UpdatePreferencesDocument, { input: { preferences } }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, '/mon-compte?preferences-enregistrees');
  },
  delete: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const missing = required(form, { password: 'votre mot de passe' });
    if (missing.length) return invalid(missing, {});
    const r = await call(
      DeleteAccountDocument,
      { password: String(form.get('password')) },
      as(event),
    );
    if (!r.ok) return failWith(r.error, {});
    clearTokens(event.cookies);
    redirect(303, '/?compte-supprime');
  },
};
