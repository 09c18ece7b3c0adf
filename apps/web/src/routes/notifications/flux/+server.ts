import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { spaced } from '$lib/format';
import type { NotificationAddedSubscription } from '$lib/gql/graphql';
import { subscriptionStream } from '$lib/server/event-stream';
import { NotificationAddedDocument } from '$lib/server/operations';

/**
 * Live notifications for the open page, as server-sent events from this origin: the site's server
 * subscribes to the API's `notificationAdded` with the session's token, so page scripts never
 * hold one. The access token expired or the API went away: the stream ends and the page
 * reconnects (with a fresh token). Without JavaScript, /mon-compte lists the notifications on load.
 */
export const GET: RequestHandler = ({ locals, request }) => {
  if (!locals.token) error(401, { message: 'Connectez-vous pour recevoir vos notifications.' });
  return subscriptionStream<NotificationAddedSubscription>({
    token: locals.token,
    query: NotificationAddedDocument.toString(),
    event: 'notification',
    toData: ({ notificationAdded: { id, title, link } }) => ({ id, title: spaced(title), link }),
    signal: request.signal,
  });
};
