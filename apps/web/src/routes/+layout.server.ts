import type { LayoutServerLoad } from './$types';
import { town } from '$lib/server/town';

export const load: LayoutServerLoad = async ({ locals }) => {
  // Awaited here, while the page's own load runs (SvelteKit runs them in parallel).
  const me = await locals.me();
  return {
    // Never the token: only what the page shows.
    me: me
      ? {
          displayName: me.displayName,
          emailVerified: me.emailVerified,
          resident: me.residency !== null && me.residency !== undefined,
        }
      : null,
    town: { name: town().name, logoUrl: town().logoUrl },
  };
};
