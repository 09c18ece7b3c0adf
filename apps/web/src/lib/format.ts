// French typography and words for people (SPEC §11; WEB.md "French, written well").
import type { ProposalCategory, ProposalStatus } from '$lib/gql/graphql';

/** Narrow no-break space, before ; ! ? and inside « », and as the thousands separator. */
export const NNBSP = '\u202f';
const ZONE = 'Europe/Paris';

/**
 * French spacing for text the API wrote (labels, messages): a no-break space before `:`, a
 * narrow one before `; ! ?` and inside « ».
 */
export function spaced(text: string): string {
  return text
    .replace(/ :(?=\s|$)/g, '\u00a0:')
    .replace(/ ([;!?])(?=\s|$)/g, '\u202f$1')
    .replace(/« /g, '«\u202f')
    .replace(/ »/g, '\u202f»');
}

// One formatter for the process: building an Intl formatter costs far more than formatting (a
// new one per call was a fifth of the CPU of rendering /propositions, three numbers per card).
const NUMBER = new Intl.NumberFormat('fr-FR');

/** "1 234" with a narrow no-break space. */
export const number = (n: number) => NUMBER.format(n);

/**
 * "1 vote", "3 votes": a count and its word, plural from 2 (French: 0 and 1 are singular). Words
 * whose plural is not an added s give it ("lieu", "lieux").
 */
export const plural = (n: number, word: string, many = `${word}s`) =>
  `${number(n)} ${n > 1 ? many : word}`;

/** "1 lieu accessible", "2 lieux non accessibles": a count of places and their state, agreed. */
export const places = (n: number, state: string) =>
  `${plural(n, 'lieu', 'lieux')} ${state}${n > 1 ? 's' : ''}`;

/** "1 jour de retard", "12 jours de retard". */
export const daysLate = (days: number) => `${plural(days, 'jour')} de retard`;

const FORMAT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const parts = (iso: string) => {
  const found = Object.fromEntries(
    FORMAT.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
  return {
    weekday: found.weekday,
    day: Number(found.day),
    month: found.month,
    year: found.year,
    hour: Number(found.hour),
    minute: Number(found.minute),
  };
};

/** "mardi 1er décembre 2026", in the town's time zone. */
export function day(iso: string): string {
  const p = parts(iso);
  return `${p.weekday} ${p.day === 1 ? '1er' : p.day} ${p.month} ${p.year}`;
}

/** "mardi 1er décembre 2026 à 19 h 30". */
export function dateTime(iso: string): string {
  const p = parts(iso);
  const minutes = p.minute === 0 ? '' : ` ${String(p.minute).padStart(2, '0')}`;
  return `${day(iso)} à ${p.hour}\u00a0h${minutes}`;
}

/** Whole days left until `iso` (0 on the last day), never negative. */
export function daysLeft(iso: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 86_400_000));
}

/** "34 soutiens sur 50 — 12 jours restants". */
export function supportProgress(count: number, threshold: number, expiresAt?: string | null) {
  const supports = `${number(count)} soutien${count > 1 ? 's' : ''} sur ${number(threshold)}`;
  if (!expiresAt) return supports;
  const left = daysLeft(expiresAt);
  return `${supports} — ${left === 0 ? 'dernier jour' : `${number(left)} jour${left > 1 ? 's' : ''} restant${left > 1 ? 's' : ''}`}`;
}

export const STATUS: Record<ProposalStatus, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publiée',
  QUALIFIED: 'Retenue pour l’ordre du jour',
  ON_AGENDA: 'Inscrite à l’ordre du jour',
  ADOPTED: 'Adoptée',
  REJECTED: 'Rejetée',
  ANSWERED: 'Réponse officielle donnée',
  IMPLEMENTED: 'Réalisée',
  EXPIRED: 'Expirée (seuil non atteint)',
  WITHDRAWN: 'Retirée par son auteur·e',
  HIDDEN: 'Masquée par la modération',
};

export const CATEGORY: Record<ProposalCategory, string> = {
  PUBLIC_SPACE: 'Espace public',
  MOBILITY: 'Mobilités',
  ENVIRONMENT: 'Environnement',
  CULTURE_SPORT: 'Culture et sport',
  EDUCATION_YOUTH: 'Éducation et jeunesse',
  SOLIDARITY: 'Solidarité',
  SAFETY: 'Sécurité',
  OTHER: 'Autre',
};

export const ANSWER: Record<string, string> = {
  ACCEPTED: 'acceptée',
  PARTIALLY_ACCEPTED: 'acceptée en partie',
  DECLINED: 'refusée',
};

export const MEETING_STATUS: Record<string, string> = {
  DRAFT: 'En préparation',
  CONVENED: 'Convoquée',
  OPEN: 'En cours',
  CLOSED: 'Terminée',
  CANCELLED: 'Annulée',
};

export const COLLEGE: Record<string, string> = {
  RESIDENTS: 'Collège des habitant·es',
  ASSOCIATIONS: 'Collège des associations',
  ELECTED_MAJORITY: 'Élu·es de la majorité',
  ELECTED_OPPOSITION: 'Élu·es de l’opposition',
};

export const ROLE: Record<string, string> = {
  CHAIR: 'président·e',
  CO_CHAIR: 'coprésident·e',
  SECRETARY: 'secrétaire de séance',
  MEMBER: 'membre',
};

/** A vote, in the roll call's words. */
export const VOTE_CHOICE: Record<string, string> = {
  FOR: 'pour',
  AGAINST: 'contre',
  ABSTAIN: 'abstention',
};

/**
 * A closed ballot's outcome in words, the same on every page (meeting day, projector, results):
 * proposals and deliberations are feminine, minutes masculine.
 */
export function ballotOutcome(kind: string, adopted: boolean): string {
  if (kind === 'MINUTES') return adopted ? 'Procès-verbal adopté' : 'Procès-verbal rejeté';
  const noun = kind === 'QUALIFIED_PROPOSAL' ? 'Proposition' : 'Délibération';
  return `${noun} ${adopted ? 'adoptée' : 'rejetée'}`;
}
