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
  UpdatePreferencesDocument,
} from '$lib/server/operations';

const MODES: DeliveryMode[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];
import { clearTokens } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  const me = signedIn(event);
  const inbox = await query(event, InboxDocument, {});
  return {
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
    signedIn(event);
    const r = await call(MarkReadDocument, { input: { all: true } }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, '/mon-compte');
  },
  preferences: async (event) => {
    signedIn(event);
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
    signedIn(event);
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
