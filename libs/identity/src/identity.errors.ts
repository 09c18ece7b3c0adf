/** Every `extensions.reason` the identity lib gives. */
export const IDENTITY_ERROR_REASONS = [
  'EMAIL_NOT_VERIFIED',
  'LAST_ADMIN',
  'NOT_ALLOWED',
  'NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD',
  'REFRESH_TOKEN_INVALID',
  'RESIDENCY_NOT_VERIFIED',
  'SESSION_ENDED',
  'SIGN_IN_REQUIRED',
  'WRONG_CREDENTIALS',
] as const;
export type IdentityErrorReason = (typeof IDENTITY_ERROR_REASONS)[number];
