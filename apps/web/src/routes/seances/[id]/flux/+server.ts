import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type { BallotUpdatedSubscription } from '$lib/gql/graphql';
import { subscriptionStream } from '$lib/server/event-stream';
import { BallotUpdatedDocument } from '$lib/server/operations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A meeting's ballots as they change, as server-sent events from this origin (like
 * /notifications/flux): the site's server subscribes to the API's public `ballotUpdated` (a
 * signed-in person's token only keeps the API's view the same as the page's). The meeting-day
 * and projector pages re-read their data on each event, so what they show is what a reload
 * shows; without JavaScript, a reload is the update.
 */
export const GET: RequestHandler = ({ locals, params, request }) => {
  // Meeting ids are UUIDs: anything else is no meeting, refused before a socket to the API opens.
  if (!UUID.test(params.id)) error(404, 'Séance introuvable.');
  return subscriptionStream<BallotUpdatedSubscription>({
    token: locals.token,
    query: BallotUpdatedDocument.toString(),
    variables: { meetingId: params.id },
    event: 'ballot',
    toData: ({ ballotUpdated: { id, status, votesCast } }) => ({ id, status, votesCast }),
    announceReady: true,
    signal: request.signal,
  });
};
