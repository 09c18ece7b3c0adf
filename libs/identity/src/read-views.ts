/**
 * What identity lets the other libs read of its accounts, as views (migration ReadViews): a name
 * to show, a way to reach a person, a verified neighbourhood. Nothing else of `account` leaves
 * the lib; anything more is a method of an exported service.
 */
export const IDENTITY_READ_VIEWS = [
  'account_public_name',
  'account_contact',
  'verified_resident',
] as const;

/** `account_public_name`: every account, deleted ones too (shown as their erased name). */
export interface AccountPublicNameRow {
  account_id: string;
  display_name: string;
  active: boolean;
}

/** `account_contact`: accounts not deleted, with what notifying them needs. */
export interface AccountContactRow {
  account_id: string;
  display_name: string;
  email: string | null;
  email_verified: boolean;
  locale: 'fr' | 'en';
  role: string;
}

/** `verified_resident`: accounts not deleted whose residency is verified, and where. */
export interface VerifiedResidentRow {
  account_id: string;
  neighbourhood: string;
}
