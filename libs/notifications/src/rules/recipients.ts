/**
 * A person the audience names several times hears of the event once, under one relation: a
 * member who also follows (or wrote, or supported) counts as a member, since members get their
 * convocations whatever they chose. Otherwise the first relation in alphabetical order, so the
 * choice does not depend on the query plan.
 */
export function relationOf(relations: readonly string[]): string {
  if (relations.includes('MEMBER')) return 'MEMBER';
  return [...relations].sort()[0];
}
