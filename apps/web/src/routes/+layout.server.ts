import type { LayoutServerLoad } from './$types';
import { town } from '$lib/server/town';
import { isTownHall } from '$lib/server/town-hall';

export const load: LayoutServerLoad = ({ locals }) => {
  return {
    // Never the token: only what the page shows.
    me: locals.me
      ? {
          displayName: locals.me.displayName,
          emailVerified: locals.me.emailVerified,
          resident: locals.me.residency !== null && locals.me.residency !== undefined,
          // "Mon conseil" in the menu: for members in office of a council (read with `me`).
          councilMember: locals.seatCouncilIds.length > 0,
          // Shows the "Mairie" link; the API still decides on each of its pages.
          townHall: isTownHall(locals.me.role),
        }
      : null,
    town: { name: town().name, logoUrl: town().logoUrl },
  };
};
