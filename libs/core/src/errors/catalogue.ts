import { DomainError } from './domain-error';
import { de } from './french';
import { LocalizedText } from './localized-text';

/**
 * What each lib's error catalogue (`<lib>.errors.ts`) is made of. A lib lists the reasons it
 * gives (`extensions.reason`, stable for programs) `as const`, and writes its messages once, with
 * these helpers; the API gathers every catalogue's reasons into the `ErrorReason` enum of the SDL.
 */

/**
 * An illegal step for where a thing stands: "Impossible de convoquer la séance : elle est close."
 * `action` is the infinitive phrase ("convoquer la séance" / "convene the meeting"), `now` says
 * the state as a whole clause ("la séance est close" / "the meeting is closed").
 */
export function wrongState<R extends string>(
  reason: R,
  action: LocalizedText,
  now: LocalizedText,
): DomainError {
  return new DomainError(
    'PRECONDITION_FAILED',
    { fr: `Impossible ${de(action.fr)} : ${now.fr}.`, en: `Cannot ${action.en}: ${now.en}.` },
    { reason },
  );
}

/** A refusal that is the actor's (FORBIDDEN), with the reason a program tests. */
export const forbiddenBecause = <R extends string>(reason: R, text: LocalizedText): DomainError =>
  new DomainError('FORBIDDEN', text, { reason });

/** A refusal that is the state's (PRECONDITION_FAILED), with the reason a program tests. */
export const preconditionFailed = <R extends string>(reason: R, text: LocalizedText): DomainError =>
  new DomainError('PRECONDITION_FAILED', text, { reason });

/** A refusal that is a clash with what exists (CONFLICT), with the reason a program tests. */
export const conflictBecause = <R extends string>(reason: R, text: LocalizedText): DomainError =>
  new DomainError('CONFLICT', text, { reason });

/** BAD_USER_INPUT on one field, said in both languages. */
export const fieldError = (field: string, fr: string, en: string): DomainError =>
  DomainError.badInput([{ field, message: { fr, en } }]);

/** The reasons of a state machine's refusals, one per state: `MEETING_DRAFT`, `MEETING_OPEN`… */
export const stateReasons = <P extends string, S extends string>(
  prefix: P,
  states: readonly S[],
): `${P}_${S}`[] => states.map((state) => `${prefix}_${state}` as `${P}_${S}`);

/** RATE_LIMITED, saying when to try again (`extensions.retryAfterSeconds`). */
export const tooManyAttempts = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    'RATE_LIMITED',
    {
      fr: `Trop de tentatives. Réessayez dans ${retryAfterSeconds} s.`,
      en: `Too many attempts. Try again in ${retryAfterSeconds} s.`,
    },
    { retryAfterSeconds },
  );
