import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { call } from '$lib/server/api';
import { as } from '$lib/server/load';
import { ExportDocument } from '$lib/server/operations';
import { signInFor } from '$lib/server/redirect';

/** The person's data as a downloaded JSON file (GDPR portability). */
export const GET: RequestHandler = async (event) => {
  if (!(await event.locals.me()) || !event.locals.token) redirect(303, signInFor(event.url));
  const r = await call(ExportDocument, {}, as(event));
  if (!r.ok) {
    console.error(`Export of personal data refused by the API: ${r.error.code} ${r.error.message}`);
    error(503, { message: r.error.message });
  }
  return new Response(JSON.stringify(r.data.exportMyData, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees-quorum.json"',
    },
  });
};
