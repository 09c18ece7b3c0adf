import { renderMarkdown } from '@quorum/core';
import { EntityManager } from 'typeorm';
import { composeDocument } from './minutes/minutes-document';
import { minutesDue } from './minutes/minutes-visibility';
import {
  AgendaItem,
  AgendaItemKindGql,
  AttendanceEntry,
  AttendanceStatusGql,
  Ballot,
  Meeting,
  MeetingStatusGql,
  Minutes,
  MinutesStatusGql,
  OppositionStatement,
  RollCallEntry,
  VoteChoiceGql,
} from './meeting.types';

export const MEETING_COLUMNS = `m.id, m.council_id AS "councilId", m.status, m.starts_at AS "startsAt", m.place,
  m.accessible, m.accessibility_details AS "accessibilityDetails", m.is_public AS "isPublic",
  m.convened_at AS "convenedAt", m.opened_at AS "openedAt", m.closed_at AS "closedAt",
  m.cancelled_at AS "cancelledAt", m.cancel_reason AS "cancelReason",
  m.members_in_office AS "membersInOffice", m.quorum_required AS "quorumRequired",
  m.chaired_by AS "chairedBy"`;

export interface MeetingRow {
  id: string;
  councilId: string;
  status: MeetingStatusGql;
  startsAt: Date;
  place: string;
  accessible: boolean;
  accessibilityDetails: string | null;
  isPublic: boolean;
  convenedAt: Date | null;
  openedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  membersInOffice: number | null;
  quorumRequired: number | null;
  chairedBy: string | null;
}

interface BallotRow {
  id: string;
  meetingId: string;
  agendaItemId: string;
  secret: boolean;
  status: 'OPEN' | 'CLOSED';
  openedAt: Date;
  closedAt: Date | null;
  presentCount: number | null;
  quorumRequired: number | null;
  quorumHeld: boolean | null;
  forCount: number | null;
  againstCount: number | null;
  abstainCount: number | null;
  adopted: boolean | null;
  votesCast: number;
}

interface MinutesRow {
  id: string;
  meetingId: string;
  version: number;
  status: MinutesStatusGql;
  recordMarkdown: string;
  summaryMarkdown: string;
  document: string | null;
  contentHash: string | null;
  previousVersionId: string | null;
  submittedAt: Date | null;
  adoptedAt: Date | null;
  publicationDue: string | null;
  publicationOverdue: boolean;
  publishedAt: Date | null;
}

/** Ballots with their vote counts (never choices of secret ballots), by id or by meeting. */
export async function loadBallots(
  em: EntityManager,
  where: { meetingIds?: string[]; ballotIds?: string[] },
): Promise<Ballot[]> {
  const rows: BallotRow[] = await em.query(
    `SELECT b.id, b.meeting_id AS "meetingId", b.agenda_item_id AS "agendaItemId", b.secret, b.status,
            b.opened_at AS "openedAt", b.closed_at AS "closedAt", b.present_count AS "presentCount",
            b.quorum_required AS "quorumRequired", b.quorum_held AS "quorumHeld", b.for_count AS "forCount",
            b.against_count AS "againstCount", b.abstain_count AS "abstainCount", b.adopted,
            CASE WHEN b.secret THEN (SELECT count(*) FROM ballot_voter v WHERE v.ballot_id = b.id)
                 ELSE (SELECT count(*) FROM ballot_vote v WHERE v.ballot_id = b.id) END::int AS "votesCast"
       FROM ballot b WHERE b.meeting_id = ANY($1) OR b.id = ANY($2) ORDER BY b.opened_at, b.id`,
    [where.meetingIds ?? [], where.ballotIds ?? []],
  );
  const closedPublic = rows.filter((b) => b.status === 'CLOSED' && !b.secret).map((b) => b.id);
  const votes: (RollCallEntry & { ballotId: string })[] = closedPublic.length
    ? await em.query(
        `SELECT v.ballot_id AS "ballotId", v.voter_id AS "voterId", a.display_name AS "voterName",
                v.cast_by AS "castBy", v.choice
           FROM ballot_vote v JOIN account a ON a.id = v.voter_id
          WHERE v.ballot_id = ANY($1) ORDER BY a.display_name, v.voter_id`,
        [closedPublic],
      )
    : [];
  return rows.map((b) => ({
    id: b.id,
    meetingId: b.meetingId,
    agendaItemId: b.agendaItemId,
    secret: b.secret,
    status: b.status,
    openedAt: b.openedAt,
    closedAt: b.closedAt,
    votesCast: b.votesCast,
    result:
      b.status === 'CLOSED'
        ? {
            forCount: b.forCount!,
            againstCount: b.againstCount!,
            abstainCount: b.abstainCount!,
            present: b.presentCount!,
            quorumRequired: b.quorumRequired!,
            quorumHeld: b.quorumHeld!,
            adopted: b.adopted!,
          }
        : null,
    rollCall:
      b.status === 'CLOSED' && !b.secret
        ? votes
            .filter((v) => v.ballotId === b.id)
            .map(({ ballotId: _b, ...v }) => ({ ...v, choice: v.choice as VoteChoiceGql }))
        : null,
  }));
}

export async function loadStatements(
  em: EntityManager,
  where: { minutesIds?: string[]; proposalIds?: string[]; ids?: string[] },
): Promise<OppositionStatement[]> {
  return em.query(
    `SELECT s.id, s.author_id AS "authorId", a.display_name AS "authorName", s.political_group AS "politicalGroup",
            s.minutes_id AS "minutesId", s.proposal_id AS "proposalId", s.body_markdown AS body,
            s.body_html AS "bodyHtml", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
       FROM opposition_statement s JOIN account a ON a.id = s.author_id
      WHERE s.minutes_id = ANY($1) OR s.proposal_id = ANY($2) OR s.id = ANY($3)
      ORDER BY s.created_at, s.id`,
    [where.minutesIds ?? [], where.proposalIds ?? [], where.ids ?? []],
  );
}

/** Meetings with agenda, attendance, quorum, ballots and minutes: seven queries whatever their number. */
export async function meetingViews(em: EntityManager, meetings: MeetingRow[]): Promise<Meeting[]> {
  if (meetings.length === 0) return [];
  const ids = meetings.map((m) => m.id);
  const items: (Omit<AgendaItem, 'ballot'> & { meetingId: string })[] = await em.query(
    `SELECT id, meeting_id AS "meetingId", position, kind, title, description_markdown AS description,
            description_html AS "descriptionHtml", proposal_id AS "proposalId", minutes_id AS "minutesId",
            added_by AS "addedBy"
       FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position, id`,
    [ids],
  );
  const attendance: (AttendanceEntry & { meetingId: string })[] = await em.query(
    `SELECT t.meeting_id AS "meetingId", t.account_id AS "accountId", a.display_name AS "displayName",
            t.status, t.proxy_holder_id AS "proxyHolderId"
       FROM attendance t JOIN account a ON a.id = t.account_id
      WHERE t.meeting_id = ANY($1) ORDER BY a.display_name, t.account_id`,
    [ids],
  );
  const ballots = await loadBallots(em, { meetingIds: ids });
  const minutes: MinutesRow[] = await em.query(
    `SELECT id, meeting_id AS "meetingId", version, status, record_markdown AS "recordMarkdown",
            summary_markdown AS "summaryMarkdown", document, content_hash AS "contentHash",
            previous_version_id AS "previousVersionId", submitted_at AS "submittedAt", adopted_at AS "adoptedAt",
            to_char(publication_due, 'YYYY-MM-DD') AS "publicationDue",
            (status = 'ADOPTED' AND publication_due < clock_now()::date)
              OR (status = 'PUBLISHED' AND published_at::date > publication_due) AS "publicationOverdue",
            published_at AS "publishedAt"
       FROM minutes WHERE meeting_id = ANY($1) ORDER BY version`,
    [ids],
  );
  const statements = await loadStatements(em, { minutesIds: minutes.map((m) => m.id) });
  return meetings.map((meeting) => {
    const present = attendance.filter((a) => a.meetingId === meeting.id);
    const count = (status: AttendanceStatusGql) =>
      present.filter((a) => a.status === status).length;
    const versions = minutes
      .filter((m) => m.meetingId === meeting.id)
      .map((m) => minutesView(m, statements));
    return {
      ...meeting,
      agenda: items
        .filter((i) => i.meetingId === meeting.id)
        .map(({ meetingId: _m, ...item }) => ({
          ...item,
          kind: item.kind as AgendaItemKindGql,
          ballot: ballots.find((b) => b.agendaItemId === item.id) ?? null,
        })),
      attendance: present.map(({ meetingId: _m, ...entry }) => entry),
      quorum:
        meeting.quorumRequired === null
          ? null
          : {
              membersInOffice: meeting.membersInOffice ?? 0,
              required: meeting.quorumRequired,
              present: count(AttendanceStatusGql.PRESENT),
              represented: count(AttendanceStatusGql.REPRESENTED),
              reached:
                count(AttendanceStatusGql.PRESENT) + count(AttendanceStatusGql.REPRESENTED) >=
                meeting.quorumRequired,
            },
      minutes: versions,
      minutesDue: minutesDue(versions),
    };
  });
}

function minutesView(row: MinutesRow, statements: OppositionStatement[]): Minutes {
  const mine = statements.filter((s) => s.minutesId === row.id);
  const document = row.document ?? composeDocument(row.recordMarkdown, row.summaryMarkdown, mine);
  return {
    id: row.id,
    meetingId: row.meetingId,
    version: row.version,
    status: row.status,
    record: row.recordMarkdown,
    summary: row.summaryMarkdown,
    document,
    documentHtml: renderMarkdown(document),
    contentHash: row.contentHash,
    previousVersionId: row.previousVersionId,
    submittedAt: row.submittedAt,
    adoptedAt: row.adoptedAt,
    publicationDue: row.publicationDue,
    publicationOverdue: row.publicationOverdue,
    publishedAt: row.publishedAt,
    oppositionStatements: mine,
  };
}
