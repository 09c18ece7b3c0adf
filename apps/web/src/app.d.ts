import type { MeQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      /** The session's access token: server-side only, never sent to a page. */
      token?: string;
      me: MeQuery['me'] | null;
      /** The councils where the signed-in person sits today ("Mon conseil" in the menu). */
      seatCouncilIds: string[];
      clientAddress: string;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
