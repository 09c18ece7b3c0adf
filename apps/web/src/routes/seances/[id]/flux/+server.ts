import { error } from '@sveltejs/kit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RequestHandler } from './$types';
import type { BallotUpdatedSubscription } from '$lib/gql/graphql';
import { apiUrl } from '$lib/server/api';
import { BallotUpdatedDocument } from '$lib/server/operations';

const HEARTBEAT_MS = 25_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A meeting's ballots as they change, as server-sent events from this origin (like
 * /notifications/flux): the site's server subscribes to the API's public `ballotUpdated`. The
 * meeting-day and projector pages re-read their data on each event, so what they show is what a
 * reload shows; without JavaScript, a reload is the update.
 */
export const GET: RequestHandler = ({ locals, params, request }) => {
  // Meeting ids are UUIDs: anything else is no meeting, refused before a socket to the API opens.
  if (!UUID.test(params.id)) error(404, 'Séance introuvable.');
  const client = createClient({
    url: `${apiUrl().replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    // Public: a signed-in person's token only keeps the API's view the same as the page's.
    connectionParams: locals.token ? { authorization: `Bearer ${locals.token}` } : {},
    retryAttempts: 0,
  });
  let stop = () => {};
  const stream = new ReadableStream<string>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(text);
        } catch {
          stop();
        }
      };
      const heartbeat = setInterval(() => send(': toujours là\n\n'), HEARTBEAT_MS);
      const unsubscribe = client.subscribe<BallotUpdatedSubscription>(
        { query: BallotUpdatedDocument.toString(), variables: { meetingId: params.id } },
        {
          next: ({ data }) => {
            if (!data) return;
            const { id, status, votesCast } = data.ballotUpdated;
            send(`event: ballot\ndata: ${JSON.stringify({ id, status, votesCast })}\n\n`);
          },
          // The API went away or refused (no such meeting): the browser reconnects later.
          error: () => stop(),
          complete: () => stop(),
        },
      );
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        void client.dispose();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener('abort', () => stop());
      // The API accepted the connection: the page may show it is live (the subscription follows).
      client.on('connected', () => send('event: ready\ndata: {}\n\n'));
      send(': ouvert\n\n');
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream.pipeThrough(new TextEncoderStream()), {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
};
