import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { meetingAccessibility } from '@quorum/places';
import { EntityManager } from 'typeorm';
import { MeetingRow } from './meeting.repository';
import { composeDocument } from './minutes/minutes-document';
import { minutesDue } from './minutes/minutes-visibility';
import { publicationOverdue } from './rules/minutes';
import { quorumOf } from './rules/quorum';
import {
  AgendaItem,
  AgendaItemKindGql,
  AttendanceEntry,
  Ballot,
  Meeting,
  Minutes,
  MinutesStatusGql,
  OppositionStatement,
  RollCallEntry,
  VoteChoiceGql,
} from './meeting.types';

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
  auditAnchorId: string | null;
  auditAnchorHash: string | null;
  previousVersionId: string | null;
  submittedAt: Date | null;
  adoptedAt: Date | null;
  publicationDue: string | null;
  /** The day of publication and today, in the application's clock, as the database dates them. */
  publishedOn: string | null;
  today: string;
  publishedAt: Date | null;
}

/**
 * The public read model of meetings: agenda, attendance, quorum, ballots, minutes and opposition
 * statements, in a fixed number of queries whatever the number of meetings. Names come from
 * identity's `account_public_name` view.
 */
@Injectable()
export class MeetingViewRepository {
  /** Ballots with their vote counts (never choices of secret ballots), by id or by meeting. */
  async ballots(
    em: EntityManager,
    where: { meetingIds?: string[]; ballotIds?: string[] },
  ): Promise<Ballot[]> {
    const rows = await queryRows<BallotRow>(
      em,
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
    const votes = closedPublic.length
      ? await queryRows<RollCallEntry & { ballotId: string }>(
          em,
          `SELECT v.ballot_id AS "ballotId", v.voter_id AS "voterId", a.display_name AS "voterName",
                v.cast_by AS "castBy", v.choice
           FROM ballot_vote v JOIN account_public_name a ON a.account_id = v.voter_id
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

  /** Opposition statements, by minutes, by proposal or by id, oldest first. */
  async statements(
    em: EntityManager,
    where: { minutesIds?: string[]; proposalIds?: string[]; ids?: string[] },
  ): Promise<OppositionStatement[]> {
    return queryRows<OppositionStatement>(
      em,
      `SELECT s.id, s.author_id AS "authorId", a.display_name AS "authorName", s.political_group AS "politicalGroup",
            s.minutes_id AS "minutesId", s.proposal_id AS "proposalId", s.body_markdown AS body,
            s.body_html AS "bodyHtml", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
       FROM opposition_statement s JOIN account_public_name a ON a.account_id = s.author_id
      WHERE s.minutes_id = ANY($1) OR s.proposal_id = ANY($2) OR s.id = ANY($3)
      ORDER BY s.created_at, s.id`,
      [where.minutesIds ?? [], where.proposalIds ?? [], where.ids ?? []],
    );
  }

  /** Meetings with agenda, attendance, quorum, ballots and minutes: seven queries whatever their number. */
  async views(em: EntityManager, meetings: MeetingRow[]): Promise<Meeting[]> {
    if (meetings.length === 0) return [];
    const ids = meetings.map((m) => m.id);
    const items = await queryRows<Omit<AgendaItem, 'ballot'> & { meetingId: string }>(
      em,
      `SELECT id, meeting_id AS "meetingId", position, kind, title, description_markdown AS description,
            description_html AS "descriptionHtml", proposal_id AS "proposalId", minutes_id AS "minutesId",
            added_by AS "addedBy"
       FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position, id`,
      [ids],
    );
    const attendance = await queryRows<AttendanceEntry & { meetingId: string }>(
      em,
      `SELECT t.meeting_id AS "meetingId", t.account_id AS "accountId", a.display_name AS "displayName",
            t.status, t.proxy_holder_id AS "proxyHolderId"
       FROM attendance t JOIN account_public_name a ON a.account_id = t.account_id
      WHERE t.meeting_id = ANY($1) ORDER BY a.display_name, t.account_id`,
      [ids],
    );
    const ballots = await this.ballots(em, { meetingIds: ids });
    const minutes = await queryRows<MinutesRow>(
      em,
      `SELECT id, meeting_id AS "meetingId", version, status, record_markdown AS "recordMarkdown",
            summary_markdown AS "summaryMarkdown", document, content_hash AS "contentHash",
            audit_anchor_id::text AS "auditAnchorId", audit_anchor_hash AS "auditAnchorHash",
            previous_version_id AS "previousVersionId", submitted_at AS "submittedAt", adopted_at AS "adoptedAt",
            to_char(publication_due, 'YYYY-MM-DD') AS "publicationDue",
            to_char(published_at::date, 'YYYY-MM-DD') AS "publishedOn",
            to_char(clock_now()::date, 'YYYY-MM-DD') AS today, published_at AS "publishedAt"
       FROM minutes WHERE meeting_id = ANY($1) ORDER BY version`,
      [ids],
    );
    const statements = await this.statements(em, { minutesIds: minutes.map((m) => m.id) });
    return meetings.map(({ registered, ...meeting }) => {
      const present = attendance.filter((a) => a.meetingId === meeting.id);
      const versions = minutes
        .filter((m) => m.meetingId === meeting.id)
        .map((m) => minutesView(m, statements));
      return {
        ...meeting,
        // A place of the register: its accessibility as the register says now, as the convocation does.
        ...(registered ? meetingAccessibility(registered, meeting.accessibilityDetails) : {}),
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
            : quorumOf(present, {
                membersInOffice: meeting.membersInOffice ?? 0,
                required: meeting.quorumRequired,
              }),
        minutes: versions,
        minutesDue: minutesDue(versions),
      };
    });
  }
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
    auditAnchorId: row.auditAnchorId,
    auditAnchorHash: row.auditAnchorHash,
    previousVersionId: row.previousVersionId,
    submittedAt: row.submittedAt,
    adoptedAt: row.adoptedAt,
    publicationDue: row.publicationDue,
    publicationOverdue: publicationOverdue({
      status: row.status,
      publicationDue: row.publicationDue,
      publishedOn: row.publishedOn,
      today: row.today,
    }),
    publishedAt: row.publishedAt,
    oppositionStatements: mine,
  };
}
