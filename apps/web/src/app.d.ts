import type { MeQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      /** The session's access token: server-side only, never sent to a page. */
      token?: string;
      me: MeQuery['me'] | null;
      clientAddress: string;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
