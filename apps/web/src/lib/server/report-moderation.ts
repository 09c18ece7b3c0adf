// The town hall's "Masquer" form under a resident's report (a detour's or a place's): what it
// posts, checked as the API checks it (5 to 500 characters) so the field says why at once.
import type { FieldError } from './api';
import { text } from './forms';

export const REASON_MIN = 5;
export const REASON_MAX = 500;

/** The report, its reason field's name (one form per report), what was typed, and any problem. */
export function hideReason(form: FormData): {
  reportId: string;
  field: string;
  reason: string;
  values: Record<string, string>;
  problem: FieldError | null;
} {
  const reportId = text(form, 'reportId');
  const field = `reason-${reportId}`;
  const reason = text(form, field);
  const values = { hideId: reportId, [field]: reason };
  const problem =
    reason.length < REASON_MIN
      ? {
          field,
          message: `Indiquez pourquoi le signalement est masqué (${REASON_MIN} caractères au moins).`,
        }
      : reason.length > REASON_MAX
        ? {
            field,
            message: `Le motif fait ${REASON_MAX} caractères au plus (${reason.length} ici).`,
          }
        : null;
  return { reportId, field, reason, values, problem };
}
