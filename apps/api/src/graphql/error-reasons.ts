import { registerEnumType } from '@nestjs/graphql';
import { ASSOCIATIONS_ERROR_REASONS } from '@quorum/associations';
import { COUNCILS_ERROR_REASONS } from '@quorum/councils';
import { IDENTITY_ERROR_REASONS } from '@quorum/identity';
import { MEETINGS_ERROR_REASONS } from '@quorum/meetings';
import { NOTIFICATIONS_ERROR_REASONS } from '@quorum/notifications';
import { PLACES_ERROR_REASONS } from '@quorum/places';
import { PROPOSALS_ERROR_REASONS } from '@quorum/proposals';
import { WORKS_ERROR_REASONS } from '@quorum/works';
import { REJECTION_REASONS } from './error-messages';

/**
 * Every value `extensions.reason` can take: the refusals before execution and each lib's
 * catalogue. In the SDL as the `ErrorReason` enum, so the drift test sees a reason added or gone.
 */
export const ERROR_REASONS: readonly string[] = [
  ...new Set<string>([
    ...REJECTION_REASONS,
    ...IDENTITY_ERROR_REASONS,
    ...COUNCILS_ERROR_REASONS,
    ...PROPOSALS_ERROR_REASONS,
    ...MEETINGS_ERROR_REASONS,
    ...NOTIFICATIONS_ERROR_REASONS,
    ...WORKS_ERROR_REASONS,
    ...ASSOCIATIONS_ERROR_REASONS,
    ...PLACES_ERROR_REASONS,
  ]),
].sort();

export const ErrorReason = Object.fromEntries(ERROR_REASONS.map((reason) => [reason, reason]));

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why an operation was refused, in `extensions.reason` beside `extensions.code` (stable, for programs; the message is for people).',
});
