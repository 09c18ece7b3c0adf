import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { apiUrl } from './api';

const HEARTBEAT_MS = 25_000;

interface SubscriptionStream<T> {
  /** The session's access token, when there is one: the API sees the caller the page sees. */
  token: string | undefined;
  query: string;
  variables?: Record<string, unknown>;
  /** The event's name and its data for the page (never more than the page needs). */
  event: string;
  toData: (data: T) => unknown;
  /** Send `event: ready` once the API accepted the connection (the page may show it is live). */
  announceReady?: boolean;
  signal: AbortSignal;
}

/**
 * A GraphQL subscription of the API relayed as server-sent events from this origin: the site's
 * server holds the socket (and the token), page scripts only an EventSource. The stream ends when
 * the API ends or refuses the subscription (the browser reconnects later) or the page goes away.
 */
export function subscriptionStream<T>(options: SubscriptionStream<T>): Response {
  const client = createClient({
    url: `${apiUrl().replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
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
      const unsubscribe = client.subscribe<T>(
        { query: options.query, variables: options.variables },
        {
          next: ({ data }) => {
            if (!data) return;
            send(`event: ${options.event}\ndata: ${JSON.stringify(options.toData(data))}\n\n`);
          },
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
      options.signal.addEventListener('abort', () => stop());
      if (options.announceReady) client.on('connected', () => send('event: ready\ndata: {}\n\n'));
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
}
