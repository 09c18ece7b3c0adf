/**
 * Which audit entries the public sees (SPEC §6, issue 15 §3): an allow-list of actions, every
 * other action private, an action added tomorrow included until someone lists it here.
 *
 * An entry is public or private as a whole: the chain (version 2) hashes each entry's payload as
 * one text, so a public entry is exported with every field (the public recomputes its digest)
 * and a private one with its hashes only. The payloads of the actions below hold state changes,
 * charter values, public reasons, tallies and public people's ids (authors, members, agents),
 * never an e-mail, a census value, nor who cast which secret vote (no entry records a vote).
 *
 * Private on purpose: accounts and residency (`account.*`, `resident.*`, `census.*`: who lives
 * where, who an agent looked up), drafts (`proposal.submitted`, `minutes.drafted`,
 * `minutes.submitted`) and opposition statements before the minutes are published
 * (`opposition-statement.*`): their objects are not public yet.
 */
export const PUBLIC_AUDIT_ACTIONS = [
  // Councils: their charter, their composition, the draws by lot and their inputs.
  'council.created',
  'council.charter-updated',
  // A change tried while a ballot was open (refused): the public sees the rules were held.
  'council.charter-update-refused',
  'council.member-added',
  'council.membership-ended',
  'sortition.announced',
  'sortition.drawn',
  // Proposals, from publication on.
  'proposal.published',
  'proposal.qualified',
  'proposal.withdrawn',
  'proposal.expired',
  'proposal.placed-on-agenda',
  'proposal.returned-to-qualified',
  'proposal.adopted',
  'proposal.rejected',
  'proposal.answered',
  'proposal.implemented',
  // Moderation decisions, with their public reason.
  'content.hidden',
  'content.restored',
  'content.auto-hidden',
  // Meetings, their agenda, attendance and ballots (results only).
  'meeting.scheduled',
  'meeting.convened',
  'meeting.opened',
  'meeting.closed',
  'meeting.cancelled',
  'meeting.agenda-item-added',
  'meeting.agenda-item-removed',
  'meeting.agenda-reordered',
  'meeting.attendance-recorded',
  'ballot.opened',
  'ballot.closed',
  // Minutes, once the council has voted on them.
  'minutes.adopted',
  'minutes.rejected',
  'minutes.published',
  // Works (issue 19): what the town hall posts and answers; a report's author stays private.
  'works.posted',
  'works.updated',
  'works.detour-changed',
  'works.report-answered',
  'works.assessed',
  // Partner associations (issue 19): the town hall's decisions and the seats it gives; the
  // reason of a refusal or a suspension, told to the association's members only, is in a private
  // entry of its own (`association.decision-reason`). The association's own edits and its
  // members (`association.proposed`, `.updated`, `.member-*`) stay private: a pending one is not
  // public, and who acts for it is its members' data.
  'association.approved',
  'association.declined',
  'association.suspended',
  'association.seated',
  // Solidarity entries: what the town hall publishes or withdraws (drafts and partners' edits
  // stay private until then).
  'solidarity-entry.published',
  'solidarity-entry.unpublished',
  'solidarity-entry.withdrawn',
  // Partner associations (issue 19): a partner's public name and fields, as they change.
  'association.partner-profile-changed',
] as const;

const PUBLIC = new Set<string>(PUBLIC_AUDIT_ACTIONS);

/** Whether anyone may read an entry of this action in full. */
export const isPublicAuditAction = (action: string): boolean => PUBLIC.has(action);

/** Who reads the audit log: agents and admins read every entry, everyone else the public ones. */
export type AuditReader = 'PUBLIC' | 'FULL';

/** The actions a reader may see, as the SQL filter takes them (null: no restriction). */
export const visibleActions = (reader: AuditReader): readonly string[] | null =>
  reader === 'FULL' ? null : PUBLIC_AUDIT_ACTIONS;
