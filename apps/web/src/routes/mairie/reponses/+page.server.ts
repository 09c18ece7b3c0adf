import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { AccountabilityDocument, AnsweredProposalsDocument } from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ accountability }, { proposals }] = await Promise.all([
    query(event, AccountabilityDocument, {}),
    query(event, AnsweredProposalsDocument, {}),
  ]);
  const withCouncil = <T>(list: (c: (typeof accountability.councils)[number]) => T[]) =>
    accountability.councils.flatMap((c) => list(c).map((item) => ({ ...item, council: c.name })));
  return {
    title: 'Réponses officielles',
    overdue: withCouncil((c) => c.answersOverdue),
    due: withCouncil((c) => c.answersDue),
    // Accepted, even in part, and not yet carried out.
    toCarryOut: proposals.edges.map((e) => e.node).filter((p) => p.answer !== 'DECLINED'),
  };
};
