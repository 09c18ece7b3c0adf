import {
  conflictBecause,
  DomainError,
  fieldError,
  forbiddenBecause,
  LocalizedText,
  preconditionFailed,
  stateReasons,
  wrongState,
} from '@quorum/core';
import { MEETING_STATUSES, MeetingStatus } from './meeting.entity';
import { MINUTES_STATUSES, MinutesStatus } from './minutes/minutes.entity';
import type { AttendanceProblem } from './rules/attendance';

/*
 * The meetings lib's refusals, by concept: what is not found, wrong states, then meetings, the
 * agenda, attendance, ballots, minutes and opposition statements. A council or a proposal not
 * found is refused in the councils' or the proposals' own words (`COUNCIL_NOT_FOUND`,
 * `PROPOSAL_NOT_FOUND`).
 */

/** Every `extensions.reason` the meetings lib gives. */
export const MEETINGS_ERROR_REASONS = [
  ...stateReasons('MEETING', MEETING_STATUSES),
  ...stateReasons('MINUTES', MINUTES_STATUSES),
  'AGENDA_EMPTY',
  'ALREADY_VOTED',
  'BALLOT_CLOSED',
  'BALLOT_OPEN',
  'CHAIR_ONLY',
  'CONVOCATION_TOO_LATE',
  'MINUTES_NOT_SUBMITTED',
  'NOT_ANSWERED',
  'NOT_A_LATER_MEETING',
  'NOT_PRESENT',
  'NOT_PROXY_HOLDER',
  'NOT_THE_AUTHOR',
  'NOT_VOTABLE',
  'OPPOSITION_ITEM_PROTECTED',
  'OPPOSITION_ONLY',
  'OPPOSITION_QUOTA_REACHED',
  'PROPOSAL_ITEM_PROTECTED',
  'PROPOSAL_NOT_ON_AGENDA',
  'STATEMENT_EXISTS',
  'TOO_EARLY',
] as const;
export type MeetingsErrorReason = (typeof MEETINGS_ERROR_REASONS)[number];

// Not found

export const MEETING_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Séance introuvable.', en: 'Meeting not found.' });

export const AGENDA_ITEM_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Point de l’ordre du jour introuvable.',
    en: 'Agenda item not found.',
  });

export const BALLOT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Scrutin introuvable.', en: 'Ballot not found.' });

export const MINUTES_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Procès-verbal introuvable.', en: 'Minutes not found.' });

export const STATEMENT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Expression introuvable.', en: 'Statement not found.' });

// Wrong states (reasons `MEETING_<state>`, `MINUTES_<state>`)

const MEETING_STATUS_FR: Record<MeetingStatus, string> = {
  DRAFT: 'en préparation',
  CONVENED: 'convoquée',
  OPEN: 'ouverte',
  CLOSED: 'close',
  CANCELLED: 'annulée',
};

/**
 * What is refused when a meeting is not where it should be, as the infinitive phrase of
 * « Impossible de … » / "Cannot …": `meetingWrongState(status, MEETING_ACTIONS.convene)`.
 */
export const MEETING_ACTIONS = {
  convene: { fr: 'la convoquer', en: 'convene it' },
  open: { fr: 'l’ouvrir', en: 'open it' },
  close: { fr: 'la clore', en: 'close it' },
  cancel: { fr: 'l’annuler', en: 'cancel it' },
  addOppositionItem: { fr: 'compléter son ordre du jour', en: 'add to its agenda' },
  changeAgenda: { fr: 'modifier son ordre du jour', en: 'change its agenda' },
  removeItem: { fr: 'retirer ce point', en: 'remove this item' },
  reorderAgenda: { fr: 'réordonner son ordre du jour', en: 'reorder its agenda' },
  recordAttendance: { fr: 'noter les présences', en: 'record attendance' },
  openBallot: { fr: 'ouvrir un scrutin', en: 'open a ballot' },
  draftMinutes: { fr: 'rédiger son procès-verbal', en: 'draft its minutes' },
} as const satisfies Record<string, LocalizedText>;

/** An illegal step for the meeting's state, naming it (reason `MEETING_<state>`). */
export function meetingWrongState(status: MeetingStatus, action: LocalizedText): DomainError {
  return wrongState(`MEETING_${status}`, action, {
    fr: `la séance est ${MEETING_STATUS_FR[status]}`,
    en: `the meeting is ${status.toLowerCase()}`,
  });
}

const MINUTES_STATUS_FR: Record<MinutesStatus, string> = {
  DRAFT: 'un brouillon',
  SUBMITTED: 'soumis',
  ADOPTED: 'adopté',
  PUBLISHED: 'publié',
};

/** What is refused when minutes are not where they should be: `MINUTES_ACTIONS.submit`… */
export const MINUTES_ACTIONS = {
  edit: { fr: 'le modifier', en: 'edit them' },
  submit: { fr: 'le soumettre', en: 'submit them' },
  vote: { fr: 'le voter', en: 'vote on them' },
  publish: { fr: 'le publier', en: 'publish them' },
  attachStatement: { fr: 'y joindre une expression', en: 'attach a statement' },
  editStatement: { fr: 'modifier cette expression', en: 'edit this statement' },
} as const satisfies Record<string, LocalizedText>;

/** An illegal step for the minutes' state, naming it (reason `MINUTES_<state>`). */
export const minutesWrongState = (status: MinutesStatus, action: LocalizedText) =>
  wrongState(`MINUTES_${status}`, action, {
    fr: `le procès-verbal est ${MINUTES_STATUS_FR[status]}${
      status === 'PUBLISHED'
        ? '. Un procès-verbal publié ne change plus ; une correction est une nouvelle version'
        : ''
    }`,
    en: `the minutes are ${status.toLowerCase()}`,
  });

// Meetings

export const START_NOT_IN_FUTURE = () =>
  fieldError('input.startsAt', 'doit être dans le futur', 'must be in the future');

export const INVALID_CURSOR = () => fieldError('after', 'curseur invalide', 'invalid cursor');

/** Too late to convene, in the words of rules/notice's `convocationTooLate`. */
export const tooLateToConvene = (why: LocalizedText) =>
  preconditionFailed('CONVOCATION_TOO_LATE', why);

export const AGENDA_EMPTY = () =>
  preconditionFailed('AGENDA_EMPTY', {
    fr: 'Impossible de convoquer une séance sans ordre du jour.',
    en: 'Cannot convene a meeting with an empty agenda.',
  });

export const TOO_EARLY_TO_OPEN = () =>
  preconditionFailed('TOO_EARLY', {
    fr: 'La séance ne peut pas être ouverte plus de deux heures avant l’heure convoquée.',
    en: 'The meeting cannot open more than two hours before its convened time.',
  });

export const BALLOT_OPEN_AT_CLOSE = () =>
  preconditionFailed('BALLOT_OPEN', {
    fr: 'Un scrutin est encore ouvert : clôturez-le avant de clore la séance.',
    en: 'A ballot is still open: close it before closing the meeting.',
  });

// Agenda

export const CHAIR_ONLY = () =>
  forbiddenBecause('CHAIR_ONLY', {
    fr: 'Seul·es la présidence, la coprésidence ou la mairie fixent l’ordre du jour.',
    en: 'Only the chair, the co-chair or the town hall set the agenda.',
  });

export const OPPOSITION_ONLY = () =>
  forbiddenBecause('OPPOSITION_ONLY', {
    fr: 'Les points réservés à l’opposition ne peuvent être inscrits que par un·e élu·e de l’opposition.',
    en: 'Only an opposition councillor can add an opposition item.',
  });

export const oppositionQuotaUsedUp = (quota: number) =>
  preconditionFailed('OPPOSITION_QUOTA_REACHED', {
    fr: `Le quota de l’opposition pour cette séance (${quota} point(s)) est atteint.`,
    en: `The opposition's quota for this meeting (${quota} item(s)) is reached.`,
  });

export const OPPOSITION_ITEM_PROTECTED = () =>
  forbiddenBecause('OPPOSITION_ITEM_PROTECTED', {
    fr: 'Un point inscrit par l’opposition ne peut être retiré que par son auteur·e.',
    en: 'An opposition item can only be removed by its author.',
  });

export const PROPOSAL_ITEM_PROTECTED = () =>
  preconditionFailed('PROPOSAL_ITEM_PROTECTED', {
    fr: 'Une proposition retenue reste à l’ordre du jour jusqu’à ce que le conseil la vote.',
    en: 'A qualified proposal stays on the agenda until the council votes on it.',
  });

export const PROPOSAL_ID_REQUIRED = () =>
  fieldError('input.proposalId', 'obligatoire pour une proposition', 'required');

export const PROPOSAL_NOT_IN_COUNCIL = () =>
  fieldError(
    'input.proposalId',
    'proposition introuvable dans ce conseil',
    'no such proposal in this council',
  );

export const MINUTES_ID_REQUIRED = () =>
  fieldError('input.minutesId', 'obligatoire pour un procès-verbal', 'required');

export const MINUTES_NOT_IN_COUNCIL = () =>
  fieldError(
    'input.minutesId',
    'procès-verbal introuvable dans ce conseil',
    'no such minutes in this council',
  );

export const TITLE_REQUIRED = () => fieldError('input.title', 'obligatoire', 'required');

/** Only submitted minutes go on an agenda; the reason names where they stand (`MINUTES_<state>`). */
export const minutesNotSubmitted = (status: string) =>
  preconditionFailed(`MINUTES_${status}`, {
    fr: 'Seul un procès-verbal soumis peut être mis aux voix.',
    en: 'Only submitted minutes can be put to the vote.',
  });

export const NOT_A_LATER_MEETING = () =>
  preconditionFailed('NOT_A_LATER_MEETING', {
    fr: 'Un procès-verbal est adopté lors d’une séance ultérieure.',
    en: 'Minutes are adopted at a later meeting.',
  });

export const MINUTES_ALREADY_ON_AGENDA = () =>
  new DomainError('CONFLICT', {
    fr: 'Ce procès-verbal est déjà à l’ordre du jour d’une séance.',
    en: 'These minutes are already on a meeting’s agenda.',
  });

export const INCOMPLETE_ORDER = () =>
  fieldError(
    'input.itemIds',
    'doit contenir chaque point de l’ordre du jour, une fois',
    'must list every agenda item, once',
  );

// Attendance

export const BALLOT_OPEN_DURING_ATTENDANCE = () =>
  preconditionFailed('BALLOT_OPEN', {
    fr: 'Les présences ne changent pas pendant un scrutin : clôturez-le d’abord.',
    en: 'Attendance cannot change while a ballot is open: close it first.',
  });

/** Each attendance problem of rules/attendance, on the field of the input it comes from. */
export function attendanceRefused(problem: AttendanceProblem): DomainError {
  const entry = problem.entry === null ? 'input.entries' : `input.entries.${problem.entry}`;
  switch (problem.problem) {
    case 'NOT_A_MEMBER':
      return fieldError(
        `${entry}.accountId`,
        'n’est pas membre en exercice de ce conseil',
        'is not a member in office',
      );
    case 'TWICE':
      return fieldError(`${entry}.accountId`, 'apparaît deux fois', 'appears twice');
    case 'PROXY_REQUIRED':
      return fieldError(
        `${entry}.proxyHolderId`,
        'obligatoire pour un membre représenté',
        'required when represented',
      );
    case 'PROXY_ONLY_WHEN_REPRESENTED':
      return fieldError(
        `${entry}.proxyHolderId`,
        'seulement pour un membre représenté',
        'only when represented',
      );
    case 'PROXY_TO_ONESELF':
      return fieldError(
        `${entry}.proxyHolderId`,
        'on ne se donne pas pouvoir à soi-même',
        'cannot be oneself',
      );
    case 'HOLDER_NOT_A_MEMBER':
      return fieldError(
        `${entry}.proxyHolderId`,
        'n’est pas membre en exercice de ce conseil',
        'is not a member in office',
      );
    case 'ONE_PROXY_EACH':
      return fieldError(
        entry,
        'un membre présent ne détient qu’un pouvoir',
        'a member holds one proxy at most',
      );
    case 'HOLDER_NOT_PRESENT':
      return fieldError(
        entry,
        'un pouvoir ne peut être confié qu’à un membre présent',
        'a proxy can only be held by a present member',
      );
  }
}

// Ballots

export const BALLOT_CLOSED = () =>
  preconditionFailed('BALLOT_CLOSED', {
    fr: 'Le scrutin est clos : plus aucun vote n’est reçu.',
    en: 'The ballot is closed: no more votes.',
  });

export const NOT_VOTABLE = () =>
  preconditionFailed('NOT_VOTABLE', {
    fr: 'Une question ne se vote pas.',
    en: 'A question is not put to the vote.',
  });

export const PROPOSAL_NOT_ON_AGENDA = () =>
  preconditionFailed('PROPOSAL_NOT_ON_AGENDA', {
    fr: 'Cette proposition n’est plus à l’ordre du jour : elle ne peut pas être mise aux voix.',
    en: 'This proposal is no longer on the agenda: it cannot be put to the vote.',
  });

export const MINUTES_NOT_SUBMITTED = () =>
  preconditionFailed('MINUTES_NOT_SUBMITTED', {
    fr: 'Ce procès-verbal n’est plus soumis à adoption : il ne peut pas être mis aux voix.',
    en: 'These minutes are no longer submitted for adoption: they cannot be put to the vote.',
  });

// These two conflicts have never carried a reason: programs tell them apart by the code alone.
export const BALLOT_ALREADY_OPEN = () =>
  new DomainError('CONFLICT', {
    fr: 'Un scrutin est déjà ouvert dans cette séance.',
    en: 'A ballot is already open in this meeting.',
  });

export const ITEM_ALREADY_VOTED = () =>
  new DomainError('CONFLICT', {
    fr: 'Ce point a déjà été voté.',
    en: 'This item was already voted on.',
  });

export const NOT_PROXY_HOLDER = () =>
  forbiddenBecause('NOT_PROXY_HOLDER', {
    fr: 'Vous ne détenez pas le pouvoir de ce membre, ou vous n’êtes pas présent·e.',
    en: 'You do not hold this member’s proxy, or you are not present.',
  });

export const NOT_PRESENT = () =>
  forbiddenBecause('NOT_PRESENT', {
    fr: 'Seul·es les membres présent·es votent (ou leur mandataire pour un membre représenté).',
    en: 'Only present members vote (or their proxy holder for a represented member).',
  });

export const ALREADY_VOTED = () =>
  conflictBecause('ALREADY_VOTED', {
    fr: 'Ce vote a déjà été exprimé ; il ne peut pas être modifié.',
    en: 'This vote was already cast; it cannot be changed.',
  });

// Minutes and opposition statements

export const STATEMENT_TARGET_REQUIRED = () =>
  fieldError(
    'input',
    'indiquez soit un procès-verbal, soit une proposition',
    'give either minutesId or proposalId',
  );

export const NOT_ANSWERED = () =>
  preconditionFailed('NOT_ANSWERED', {
    fr: 'Une expression de l’opposition se joint à une réponse officielle : cette proposition n’en a pas encore.',
    en: 'An opposition statement is attached to an official answer: this proposal has none yet.',
  });

export const OPPOSITION_ONLY_TO_ATTACH = () =>
  forbiddenBecause('OPPOSITION_ONLY', {
    fr: 'Seul·es les élu·es de l’opposition de ce conseil peuvent joindre une expression de l’opposition.',
    en: "Only this council's opposition councillors can attach an opposition statement.",
  });

export const OPPOSITION_ONLY_TO_EDIT = () =>
  forbiddenBecause('OPPOSITION_ONLY', {
    fr: 'Seul·es les élu·es de l’opposition en exercice modifient une expression de l’opposition.',
    en: 'Only opposition councillors in office edit an opposition statement.',
  });

export const NOT_THE_AUTHOR = () =>
  forbiddenBecause('NOT_THE_AUTHOR', {
    fr: 'Seul·e son auteur·e modifie une expression.',
    en: 'Only its author edits a statement.',
  });

export const STATEMENT_EXISTS = () =>
  conflictBecause('STATEMENT_EXISTS', {
    fr: 'Vous avez déjà joint une expression ici : modifiez-la.',
    en: 'You already attached a statement here: edit it.',
  });

export const PLACE_REQUIRED = () =>
  fieldError(
    'input.place',
    'indiquez le lieu, ou choisissez-le dans le registre des lieux',
    'give the place, or choose one from the register',
  );

export const ACCESSIBLE_REQUIRED = () =>
  fieldError(
    'input.accessible',
    'dites si le lieu est accessible aux personnes à mobilité réduite',
    'say whether the place is accessible to people with reduced mobility',
  );
