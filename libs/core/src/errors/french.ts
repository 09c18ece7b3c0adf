/** Words whose h is aspirated: no elision before them ("de haut", "le hall"). */
const ASPIRATED_H = /^h(ors|aut|all|andicap|asard|ausse|onte|uit)/i;
const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöûùüœæh]/i;

/** Whether French elides a word before this one: "d’ouvrir", "l’ordre", "qu’il". */
export const elidesBefore = (next: string): boolean =>
  STARTS_WITH_VOWEL.test(next) && !ASPIRATED_H.test(next);

/** "de" before a phrase, elided where French wants it: de(…"ouvrir un scrutin") → "d’ouvrir un scrutin". */
export const de = (phrase: string): string =>
  elidesBefore(phrase) ? `d’${phrase}` : `de ${phrase}`;
