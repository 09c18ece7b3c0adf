import { error } from '@sveltejs/kit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RequestHandler } from './$types';
import { spaced } from '$lib/format';
import type { NotificationAddedSubscription } from '$lib/gql/graphql';
import { apiUrl } from '$lib/server/api';
import { NotificationAddedDocument } from '$lib/server/operations';

const HEARTBEAT_MS = 25_000;

/**
 * Live notifications for the open page, as server-sent events from this origin: the site's server
 * subscribes to the API's `notificationAdded` with the session's token, so page scripts never
 * hold one. Without JavaScript, /mon-compte lists the notifications on load.
 */
export const GET: RequestHandler = async ({ locals, request }) => {
  if (!(await locals.me()) || !locals.token)
    error(401, { message: 'Connectez-vous pour recevoir vos notifications.' });
  const client = createClient({
    url: `${apiUrl().replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${locals.token}` },
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
      const unsubscribe = client.subscribe<NotificationAddedSubscription>(
        { query: NotificationAddedDocument.toString() },
        {
          next: ({ data }) => {
            if (!data) return;
            const { id, title, link } = data.notificationAdded;
            send(
              `event: notification\ndata: ${JSON.stringify({ id, title: spaced(title), link })}\n\n`,
            );
          },
          // The access token expired or the API went away: the page reconnects (a fresh token).
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
