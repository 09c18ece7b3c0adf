/** Words whose h is aspirated: no elision before them ("de haut", "le hall"). */
const ASPIRATED_H = /^h(ors|aut|all|andicap|asard|ausse|onte|uit)/i;
const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöûùüœæh]/i;

/** Whether French elides a word before this one: "d’ouvrir", "l’ordre", "qu’il". */
export const elidesBefore = (next: string): boolean =>
  STARTS_WITH_VOWEL.test(next) && !ASPIRATED_H.test(next);

/**
 * "de" before a phrase, elided or contracted where French wants it: "d’ouvrir un scrutin",
 * "du Havre" (Le Havre), "des Lilas" (Les Lilas), "de La Rochelle".
 */
export function de(phrase: string): string {
  if (/^Le\s/.test(phrase)) return `du ${phrase.slice(3)}`;
  if (/^Les\s/.test(phrase)) return `des ${phrase.slice(4)}`;
  return elidesBefore(phrase) ? `d’${phrase}` : `de ${phrase}`;
}
