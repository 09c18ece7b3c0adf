import type { MeQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      /**
       * The session's access token: server-side only, never sent to a page. Set from the cookie
       * before the API has said whether its session is still open (`me`): a page's public
       * queries run alongside `me`, and the API answers a stale token's public queries as it
       * answers an anonymous visitor.
       */
      token?: string;
      /**
       * Who is signed in (null: nobody, or a session that has ended), asked of the API once per
       * request, on the first call: the layout's and the page's loads then run in parallel, and
       * a request whose loads do not ask (a client-side navigation's data) does not ask the API.
       */
      me: () => Promise<MeQuery['me'] | null>;
      clientAddress: string;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
