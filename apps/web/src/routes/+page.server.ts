import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { HomeDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const data = await query(event, HomeDocument, {});
  return {
    title: 'Accueil',
    councils: data.councils.edges.map((e) => e.node),
    latest: data.latest.edges.map((e) => e.node),
    qualified: data.qualified.edges.map((e) => e.node),
    overdue: data.adopted.edges.map((e) => e.node).filter((p) => p.answerOverdue),
    meetings: data.meetings.edges.map((e) => e.node),
  };
};
