import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import type { AccessStatus } from '@quorum/places';
import { EntityManager } from 'typeorm';
import { MeetingStatus } from './meeting.entity';
import { MeetingStatusGql } from './meeting.types';

/** The columns of a meeting as the read model shows them (`m` is the meeting). */
const MEETING_COLUMNS = `m.id, m.council_id AS "councilId", m.status, m.starts_at AS "startsAt", m.place,
  m.place_id AS "placeId",
  m.accessible, m.accessibility_details AS "accessibilityDetails", m.is_public AS "isPublic",
  m.convened_at AS "convenedAt", m.opened_at AS "openedAt", m.closed_at AS "closedAt",
  m.cancelled_at AS "cancelledAt", m.cancel_reason AS "cancelReason",
  m.members_in_office AS "membersInOffice", m.quorum_required AS "quorumRequired",
  m.chaired_by AS "chairedBy",
  CASE WHEN pa.place_id IS NULL THEN NULL
       ELSE json_build_object('entrance', pa.entrance, 'toilets', pa.toilets,
                              'hearingLoop', pa.hearing_loop, 'parking', pa.parking) END AS registered`;

/** The meeting and its place in the register (places' `place_accessibility` view), when it has one. */
const MEETING_FROM = `meeting m LEFT JOIN place_accessibility pa ON pa.place_id = m.place_id`;

export interface MeetingRow {
  id: string;
  councilId: string;
  status: MeetingStatusGql;
  startsAt: Date;
  place: string;
  placeId: string | null;
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
  /** Its place's features as the register has them now (derived accessibility), when it has one. */
  registered: Record<'entrance' | 'toilets' | 'hearingLoop' | 'parking', AccessStatus> | null;
}

/** What a change to a meeting needs to know of it, read under its lock. */
export interface LockedMeeting {
  id: string;
  councilId: string;
  status: MeetingStatus;
  startsAt: Date;
  quorumRequired: number | null;
}

export interface NewMeeting {
  councilId: string;
  startsAt: Date;
  place: string;
  placeId: string | null;
  accessible: boolean;
  accessibilityDetails: string | null;
  isPublic: boolean;
  scheduledBy: string;
}

/** How the public list of meetings is filtered (null: any). */
export interface MeetingFilter {
  councilId: string | null;
  status: MeetingStatusGql | null;
}

/** What an operation names, and how to find the council it belongs to (for the policies). */
const COUNCIL_OF = {
  meeting: `SELECT council_id AS "councilId" FROM meeting WHERE id = $1`,
  agendaItem: `SELECT m.council_id AS "councilId" FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1`,
  ballot: `SELECT m.council_id AS "councilId" FROM ballot b JOIN meeting m ON m.id = b.meeting_id WHERE b.id = $1`,
  minutes: `SELECT council_id AS "councilId" FROM minutes WHERE id = $1`,
} as const;
export type CouncilOfKind = keyof typeof COUNCIL_OF;

/** Meetings: their row, their lifecycle's writes, and the questions asked of them. */
@Injectable()
export class MeetingRepository {
  /**
   * Locks a meeting's row: changes to a meeting (agenda, attendance, ballots) happen one at a time;
   * votes take a SHARE lock so that they run together but never beside an attendance change.
   * Undefined when there is no such meeting (the service says so).
   */
  async lock(
    em: EntityManager,
    id: string,
    mode: 'UPDATE' | 'SHARE' = 'UPDATE',
  ): Promise<LockedMeeting | undefined> {
    const [row] = await queryRows<LockedMeeting>(
      em,
      `SELECT id, council_id AS "councilId", status, starts_at AS "startsAt", quorum_required AS "quorumRequired"
         FROM meeting WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`,
      [id],
    );
    return row;
  }

  async insert(em: EntityManager, meeting: NewMeeting): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO meeting (council_id, status, starts_at, place, accessible, accessibility_details, is_public, scheduled_by,
                            place_id)
       VALUES ($1, 'DRAFT', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        meeting.councilId,
        meeting.startsAt,
        meeting.place,
        meeting.accessible,
        meeting.accessibilityDetails,
        meeting.isPublic,
        meeting.scheduledBy,
        meeting.placeId,
      ],
    );
    return created.id;
  }

  async markConvened(em: EntityManager, id: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE meeting SET status = 'CONVENED', convened_at = clock_now() WHERE id = $1`,
      [id],
    );
  }

  /** Opens the session, freezing the members in office, the quorum they make and the chair. */
  async markOpened(
    em: EntityManager,
    id: string,
    frozen: { membersInOffice: number; quorumRequired: number; chairedBy: string | null },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE meeting SET status = 'OPEN', opened_at = clock_now(), members_in_office = $2, quorum_required = $3,
              chaired_by = $4
        WHERE id = $1`,
      [id, frozen.membersInOffice, frozen.quorumRequired, frozen.chairedBy],
    );
  }

  async markClosed(em: EntityManager, id: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE meeting SET status = 'CLOSED', closed_at = clock_now() WHERE id = $1`,
      [id],
    );
  }

  async markCancelled(em: EntityManager, id: string, reason: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE meeting SET status = 'CANCELLED', cancelled_at = clock_now(), cancel_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  async row(em: EntityManager, id: string): Promise<MeetingRow | null> {
    const [row] = await queryRows<MeetingRow>(
      em,
      `SELECT ${MEETING_COLUMNS} FROM ${MEETING_FROM} WHERE m.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Newest first, `limit` rows after the cursor (`startsAt` as text, id) when there is one; each
   * row with its cursor key, the start as PostgreSQL writes it (exact to the microsecond).
   */
  async page(
    em: EntityManager,
    filter: MeetingFilter,
    after: { startsAt: string; id: string } | null,
    limit: number,
  ): Promise<(MeetingRow & { cursorKey: string })[]> {
    return queryRows<MeetingRow & { cursorKey: string }>(
      em,
      `SELECT ${MEETING_COLUMNS}, m.starts_at::text AS "cursorKey" FROM ${MEETING_FROM}
        WHERE ($1::uuid IS NULL OR m.council_id = $1) AND ($2::text IS NULL OR m.status = $2)
          AND ($3::timestamptz IS NULL OR (m.starts_at, m.id) < ($3::timestamptz, $4::uuid))
        ORDER BY m.starts_at DESC, m.id DESC LIMIT $5`,
      [filter.councilId, filter.status, after?.startsAt ?? null, after?.id ?? null, limit],
    );
  }

  async count(em: EntityManager, filter: MeetingFilter): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM meeting m
        WHERE ($1::uuid IS NULL OR m.council_id = $1) AND ($2::text IS NULL OR m.status = $2)`,
      [filter.councilId, filter.status],
    );
    return n;
  }

  /**
   * The council's next meeting not convened yet, locked so that two placements do not race; null
   * when there is none. The atomic form of rules/agenda's `placementMeeting` (a draft still to
   * come, the earliest, then by id), on the database's clock: under the lock, PostgreSQL checks
   * the row again, so a meeting convened meanwhile is passed over (test/meeting-rules.e2e-spec.ts).
   */
  async lockNextDraft(em: EntityManager, councilId: string): Promise<string | null> {
    const [next] = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM meeting WHERE council_id = $1 AND status = 'DRAFT' AND starts_at > clock_now()
        ORDER BY starts_at, id LIMIT 1 FOR UPDATE`,
      [councilId],
    );
    return next?.id ?? null;
  }

  /** Convened meetings starting within 24 hours (the reminder's window). */
  async convenedStartingWithinADay(em: EntityManager): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM meeting WHERE status = 'CONVENED' AND starts_at > clock_now()
          AND starts_at <= clock_now() + interval '24 hours'`,
    );
    return rows.map((r) => r.id);
  }

  /** Whether one of the meeting's ballots is still open. */
  async hasOpenBallot(em: EntityManager, meetingId: string): Promise<boolean> {
    const rows = await queryRows(
      em,
      `SELECT 1 FROM ballot WHERE meeting_id = $1 AND status = 'OPEN'`,
      [meetingId],
    );
    return rows.length > 0;
  }

  /** The council of a meeting, agenda item, ballot or minutes; null when there is no such thing. */
  async councilOf(em: EntityManager, kind: CouncilOfKind, id: string): Promise<string | null> {
    const [row] = await queryRows<{ councilId: string }>(em, COUNCIL_OF[kind], [id]);
    return row?.councilId ?? null;
  }
}
