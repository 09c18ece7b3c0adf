import type { LayoutServerLoad } from './$types';
import { town } from '$lib/server/town';

export const load: LayoutServerLoad = ({ locals }) => ({
  // Never the token: only what the page shows.
  me: locals.me
    ? {
        displayName: locals.me.displayName,
        emailVerified: locals.me.emailVerified,
        resident: locals.me.residency !== null && locals.me.residency !== undefined,
      }
    : null,
  town: { name: town().name, logoUrl: town().logoUrl },
});
