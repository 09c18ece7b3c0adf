import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { TownHallDashboardDocument } from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  const me = townHallOnly(event);
  const d = await query(event, TownHallDashboardDocument, {});
  // Per council, then the town's totals: what the agents owe, from the public accountability.
  const councils = d.accountability.councils.map((c) => ({
    name: c.name,
    slug: c.slug,
    answersDue: c.answersDue.length,
    answersOverdue: c.answersOverdue.length,
    minutesDue: c.minutesAwaitingPublication.length,
    minutesOverdue: c.minutesOverdue.length,
    waitingForAgenda: c.qualifiedProposals.filter((p) => !p.placedOn).length,
  }));
  const sum = (key: Exclude<keyof (typeof councils)[number], 'name' | 'slug'>) =>
    councils.reduce((total, c) => total + c[key], 0);
  return {
    title: 'Tableau de bord de la mairie',
    admin: me.role === 'ADMIN',
    today: d.accountability.today,
    awaiting: d.residentsAwaitingVerification.totalCount,
    contested: d.contestedResidencyClaims.totalCount,
    reported: d.moderationQueue.length,
    reportedHidden: d.moderationQueue.filter((item) => item.hidden).length,
    answersDue: sum('answersDue'),
    answersOverdue: sum('answersOverdue'),
    minutesDue: sum('minutesDue'),
    minutesOverdue: sum('minutesOverdue'),
    waitingForAgenda: sum('waitingForAgenda'),
    councils,
  };
};
