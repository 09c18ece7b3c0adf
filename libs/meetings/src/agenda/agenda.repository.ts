import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { MeetingStatus } from '../meeting.entity';
import type { MinutesStatus } from '../minutes/minutes.entity';
import type { BallotOutcome } from '../rules/agenda';
import type { AgendaItemKind } from './agenda-item.entity';

export interface AgendaItemRow {
  meetingId: string;
  kind: AgendaItemKind;
  addedBy: string | null;
}

export interface NewAgendaItem {
  kind: AgendaItemKind;
  title: string;
  /** Markdown; its HTML is rendered here, once. */
  description: string;
  proposalId: string | null;
  minutesId: string | null;
  /** Null when the server placed it (a qualified proposal). */
  addedBy: string | null;
}

/** Minutes put to the vote, as the agenda checks them. */
export interface MinutesForAgendaRow {
  status: MinutesStatus;
  councilId: string;
  /** When the meeting they record started. */
  startsAt: Date;
  version: number;
}

/** The items of meetings' agendas, in the chair's order (positions 1…n). */
@Injectable()
export class AgendaRepository {
  /** The kinds of a meeting's items, one per item. */
  async kinds(em: EntityManager, meetingId: string): Promise<AgendaItemKind[]> {
    const rows = await queryRows<{ kind: AgendaItemKind }>(
      em,
      `SELECT kind FROM agenda_item WHERE meeting_id = $1`,
      [meetingId],
    );
    return rows.map((r) => r.kind);
  }

  async item(em: EntityManager, id: string): Promise<AgendaItemRow | null> {
    const [row] = await queryRows<AgendaItemRow>(
      em,
      `SELECT meeting_id AS "meetingId", kind, added_by AS "addedBy" FROM agenda_item WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async ids(em: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM agenda_item WHERE meeting_id = $1`,
      [meetingId],
    );
    return rows.map((r) => r.id);
  }

  /** Adds an item at the end of the agenda. */
  async insert(em: EntityManager, meetingId: string, item: NewAgendaItem): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      // created_at on the application's clock: accountability counts a proposal's wait for an
      // agenda up to it.
      `INSERT INTO agenda_item (meeting_id, position, kind, title, description_markdown, description_html, proposal_id, minutes_id, added_by, created_at)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1),
               $2, $3, $4, $5, $6, $7, $8, clock_now()) RETURNING id`,
      [
        meetingId,
        item.kind,
        item.title,
        item.description,
        renderMarkdown(item.description),
        item.proposalId,
        item.minutesId,
        item.addedBy,
      ],
    );
    return created.id;
  }

  /** Deletes an item and closes the gap it leaves; false when it was gone already. */
  async delete(em: EntityManager, meetingId: string, id: string): Promise<boolean> {
    const deleted = await queryRows(em, `DELETE FROM agenda_item WHERE id = $1 RETURNING id`, [id]);
    if (deleted.length === 0) return false;
    await queryRows(
      em,
      `UPDATE agenda_item i SET position = o.n
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM agenda_item WHERE meeting_id = $1) o
        WHERE i.id = o.id`,
      [meetingId],
    );
    return true;
  }

  /** Puts the items in the given order (every item of the meeting, each once). */
  async reorder(em: EntityManager, meetingId: string, itemIds: readonly string[]): Promise<void> {
    await queryRows(
      em,
      `UPDATE agenda_item i SET position = o.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE i.id = o.id AND i.meeting_id = $1`,
      [meetingId, itemIds],
    );
  }

  /** The proposals on a meeting's agenda, each with the ballots held on it. */
  async proposalsWithBallots(
    em: EntityManager,
    meetingId: string,
  ): Promise<{ proposalId: string; ballots: BallotOutcome[] }[]> {
    const rows = await queryRows<{ proposalId: string } & Partial<BallotOutcome>>(
      em,
      `SELECT i.proposal_id AS "proposalId", b.status, b.quorum_held AS "quorumHeld"
         FROM agenda_item i LEFT JOIN ballot b ON b.agenda_item_id = i.id
        WHERE i.meeting_id = $1 AND i.proposal_id IS NOT NULL
        ORDER BY i.position, i.id`,
      [meetingId],
    );
    const byProposal = new Map<string, BallotOutcome[]>();
    for (const row of rows) {
      const ballots = byProposal.get(row.proposalId) ?? [];
      if (row.status) ballots.push({ status: row.status, quorumHeld: row.quorumHeld ?? null });
      byProposal.set(row.proposalId, ballots);
    }
    return [...byProposal].map(([proposalId, ballots]) => ({ proposalId, ballots }));
  }

  /** Minutes with the start of the meeting they record, locked while they go on an agenda. */
  async lockMinutes(em: EntityManager, minutesId: string): Promise<MinutesForAgendaRow | null> {
    const [row] = await queryRows<MinutesForAgendaRow>(
      em,
      `SELECT n.status, n.council_id AS "councilId", m.starts_at AS "startsAt", n.version
         FROM minutes n JOIN meeting m ON m.id = n.meeting_id
        WHERE n.id = $1 FOR UPDATE OF n`,
      [minutesId],
    );
    return row ?? null;
  }

  /** The statuses of the meetings whose agenda holds these minutes. */
  async meetingsHoldingMinutes(em: EntityManager, minutesId: string): Promise<MeetingStatus[]> {
    const rows = await queryRows<{ status: MeetingStatus }>(
      em,
      `SELECT m.status FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.minutes_id = $1`,
      [minutesId],
    );
    return rows.map((r) => r.status);
  }
}
