import { DomainError, fieldError, preconditionFailed, wrongState } from '@quorum/core';
import { notAResidentHere } from '@quorum/identity';

/** Every `extensions.reason` the councils lib gives. */
export const COUNCILS_ERROR_REASONS = ['ALREADY_DRAWN', 'BALLOT_OPEN', 'COLLEGE_FULL'] as const;
export type CouncilsErrorReason = (typeof COUNCILS_ERROR_REASONS)[number];

/** Where a draw stands, said as a whole clause (for refusals). */
export const SORTITION_STATES = {
  ANNOUNCED: { fr: 'le tirage est annoncé', en: 'the draw is announced' },
  DRAWN: { fr: 'ce tirage a déjà eu lieu', en: 'this draw has already taken place' },
} as const;

// Councils

export const COUNCIL_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Conseil de quartier introuvable.',
    en: 'Neighbourhood council not found.',
  });

export const SLUG_TAKEN = () =>
  new DomainError(
    'CONFLICT',
    { fr: 'Un conseil porte déjà ce nom court.', en: 'A council already has this slug.' },
    { fields: [{ field: 'input.slug', message: { fr: 'déjà pris', en: 'already taken' } }] },
  );

export const NEIGHBOURHOOD_WITHOUT_LETTERS = () =>
  fieldError('input.neighbourhood', 'doit contenir des lettres', 'must contain letters');

export const INVALID_CURSOR = () => fieldError('after', 'curseur invalide', 'invalid cursor');

/** A charter that would leave a college fewer seats than it has taken. */
export const tooFewSeats = (field: string, taken: number) =>
  fieldError(
    `input.charter.seats.${field}`,
    `ne peut pas être inférieur aux ${taken} sièges occupés ou réservés par un tirage`,
    `cannot be below the ${taken} seats held or reserved by a draw`,
  );

/** A vote under way counts with the charter it opened under: the charter waits for its close. */
export const CHARTER_LOCKED_BY_OPEN_BALLOT = () =>
  preconditionFailed<CouncilsErrorReason>('BALLOT_OPEN', {
    fr: 'Un scrutin de ce conseil est ouvert : la charte ne peut être modifiée qu’après sa clôture.',
    en: 'A ballot of this council is open: the charter can only change once it is closed.',
  });

// Memberships

export const MEMBERSHIP_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Mandat introuvable ou déjà terminé.',
    en: 'Membership not found or already ended.',
  });

export const ACCOUNT_NOT_FOUND = () =>
  fieldError('input.accountId', 'compte introuvable', 'account not found');

export const POLITICAL_GROUP_REQUIRED = () =>
  fieldError(
    'input.politicalGroup',
    'obligatoire pour un·e élu·e',
    'required for an elected member',
  );

export const CO_CHAIR_RESERVED_TO_RESIDENTS = () =>
  fieldError(
    'input.role',
    'la charte réserve la coprésidence au collège des habitant·es',
    "the charter reserves the co-chair to the residents' college",
  );

export const fullCollege = (seats: number) =>
  preconditionFailed('COLLEGE_FULL', {
    fr: `Le collège est complet (${seats} sièges).`,
    en: `The college is full (${seats} seats).`,
  });

export const ALREADY_SITTING = () =>
  new DomainError('CONFLICT', {
    fr: 'Cette personne siège déjà dans ce conseil.',
    en: 'This person already sits on this council.',
  });

export const OFFICE_HELD = () =>
  new DomainError('CONFLICT', {
    fr: 'Cette fonction est déjà occupée dans ce conseil.',
    en: 'This office is already held in this council.',
  });

// Sortition

export const NOT_A_RESIDENT_TO_VOLUNTEER = () =>
  notAResidentHere({
    fr: 'Seul·es les habitant·es vérifié·es de ce quartier peuvent se porter candidat·es.',
    en: 'Only verified residents of this neighbourhood can volunteer.',
  });

export const SORTITION_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Tirage au sort introuvable.', en: 'Sortition not found.' });

export const ALREADY_ANNOUNCED = () =>
  new DomainError('CONFLICT', {
    fr: 'Un tirage est déjà annoncé pour ce conseil.',
    en: 'A draw is already announced for this council.',
  });

export const tooManySeatsToDraw = (free: number) =>
  fieldError(
    'input.seats',
    `seuls ${free} sièges d’habitant·es sont libres`,
    `only ${free} resident seats are free`,
  );

export const NO_VOLUNTEERS = () =>
  new DomainError('PRECONDITION_FAILED', {
    fr: 'Aucun·e candidat·e volontaire : le tirage ne peut pas être annoncé.',
    en: 'No volunteers: the draw cannot be announced.',
  });

export const ALREADY_DRAWN = () =>
  wrongState<CouncilsErrorReason>(
    'ALREADY_DRAWN',
    { fr: 'effectuer le tirage', en: 'run the draw' },
    SORTITION_STATES.DRAWN,
  );
