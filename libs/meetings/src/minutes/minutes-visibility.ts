import type { AccountRole } from '@quorum/identity';

/** Who reads a meeting's minutes: the town hall, and whether they sit on the council today. */
export interface MinutesReader {
  role: AccountRole | null;
  /** The town hall's roles count with a confirmed address only, as everywhere else (HasRole). */
  emailVerified: boolean;
  inOffice: boolean;
}

/** Published minutes are public; drafts, submitted and adopted versions are the council's work. */
export const isPublicMinutes = (status: string): boolean => status === 'PUBLISHED';

/** Agents and admins, and the council's members in office (the secretary, those who adopt them). */
export const readsUnpublishedMinutes = (reader: MinutesReader): boolean =>
  ((reader.role === 'AGENT' || reader.role === 'ADMIN') && reader.emailVerified) || reader.inOffice;

/** The versions a reader may see, in their order. */
export function visibleMinutes<T extends { status: string }>(
  versions: T[],
  reader: MinutesReader,
): T[] {
  return readsUnpublishedMinutes(reader)
    ? versions
    : versions.filter((v) => isPublicMinutes(v.status));
}

/** The adopted version still to publish, if any: its dates are public, its text is not. */
export function minutesDue<
  T extends {
    id: string;
    version: number;
    status: string;
    adoptedAt: Date | null;
    publicationDue: string | null;
    publicationOverdue: boolean;
  },
>(versions: T[]) {
  const adopted = versions.findLast((v) => v.status === 'ADOPTED');
  if (!adopted?.adoptedAt || !adopted.publicationDue) return null;
  return {
    minutesId: adopted.id,
    version: adopted.version,
    adoptedAt: adopted.adoptedAt,
    publicationDue: adopted.publicationDue,
    publicationOverdue: adopted.publicationOverdue,
  };
}
