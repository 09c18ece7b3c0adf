import { fieldError } from '@quorum/core';

/** Every `extensions.reason` the notifications lib gives (none yet: its refusals are bad input). */
export const NOTIFICATIONS_ERROR_REASONS = [] as const;
export type NotificationsErrorReason = (typeof NOTIFICATIONS_ERROR_REASONS)[number];

/** A page cursor that is not one of ours. */
export const INVALID_CURSOR = () => fieldError('after', 'curseur invalide', 'invalid cursor');

/** markNotificationsRead without ids and without all: true. */
export const NOTHING_TO_MARK_READ = () =>
  fieldError('input', 'indiquez des notifications, ou all: true', 'give ids, or all: true');
