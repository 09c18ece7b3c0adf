// The old address of /mairie/proces-verbaux (SPEC §11 says "procès-verbal"): a permanent
// redirect, 308 so that a form posted to the old address is posted again, unchanged, to the new.
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const fallback: RequestHandler = ({ url }) => {
  redirect(308, `/mairie/proces-verbaux${url.search}`);
};
