import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { AgendaItemKind } from '../agenda/agenda-item.entity';
import { BallotStatus, Tally, VoteRecord } from '../rules/ballot';

/** The agenda item a ballot is on, as far as ballots go. */
export interface BallotItemRow {
  meetingId: string;
  kind: AgendaItemKind;
  proposalId: string | null;
  minutesId: string | null;
}

export interface BallotRow {
  id: string;
  meetingId: string;
  agendaItemId: string;
  secret: boolean;
  status: BallotStatus;
}

/** What a ballot records at close. */
export interface ClosingRecord {
  tally: Tally;
  present: number;
  quorumRequired: number;
  quorumHeld: boolean;
  adopted: boolean;
}

const BALLOT_COLUMNS = `id, meeting_id AS "meetingId", agenda_item_id AS "agendaItemId", secret, status`;

/**
 * Ballots, their votes and the secret tallies. Locks are the caller's to order: the meeting first
 * (`MeetingRepository.lock`), then the ballot.
 */
@Injectable()
export class BallotRepository {
  async item(em: EntityManager, agendaItemId: string): Promise<BallotItemRow | undefined> {
    const [row] = await queryRows<BallotItemRow>(
      em,
      `SELECT meeting_id AS "meetingId", kind, proposal_id AS "proposalId", minutes_id AS "minutesId"
         FROM agenda_item WHERE id = $1`,
      [agendaItemId],
    );
    return row;
  }

  /** The ballots that stand in the way of a new one: on this item, or open in this meeting. */
  async standingIn(
    em: EntityManager,
    agendaItemId: string,
    meetingId: string,
  ): Promise<BallotStatus[]> {
    const rows = await queryRows<{ status: BallotStatus }>(
      em,
      `SELECT status FROM ballot WHERE agenda_item_id = $1 OR (meeting_id = $2 AND status = 'OPEN')`,
      [agendaItemId, meetingId],
    );
    return rows.map((r) => r.status);
  }

  /** A new open ballot; a secret one gets its tally row, all counters at zero. */
  async create(
    em: EntityManager,
    ballot: { meetingId: string; agendaItemId: string; secret: boolean },
  ): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO ballot (meeting_id, agenda_item_id, secret, status) VALUES ($1, $2, $3, 'OPEN') RETURNING id`,
      [ballot.meetingId, ballot.agendaItemId, ballot.secret],
    );
    if (ballot.secret)
      await queryRows(em, `INSERT INTO ballot_secret_tally (ballot_id) VALUES ($1)`, [created.id]);
    return created.id;
  }

  async find(em: EntityManager, id: string): Promise<BallotRow | undefined> {
    const [row] = await queryRows<BallotRow>(
      em,
      `SELECT ${BALLOT_COLUMNS} FROM ballot WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** Votes lock the ballot FOR SHARE (they run together), a close FOR UPDATE (alone). */
  async lock(em: EntityManager, id: string, mode: 'SHARE' | 'UPDATE'): Promise<BallotRow> {
    const [row] = await queryRows<BallotRow>(
      em,
      `SELECT ${BALLOT_COLUMNS} FROM ballot WHERE id = $1 FOR ${mode === 'SHARE' ? 'SHARE' : 'UPDATE'}`,
      [id],
    );
    return row;
  }

  /**
   * Writes a vote; false when this voter's vote is already in (the primary key says so, so two
   * votes racing for one voter cannot both count). A secret vote then adds its choice to the
   * totals: the atomic form of `addVote`, one statement whatever the choice, which travels only
   * as a parameter.
   */
  async recordVote(em: EntityManager, ballotId: string, vote: VoteRecord): Promise<boolean> {
    if (vote.ballot === 'PUBLIC') {
      const { voterId, castBy, choice } = vote.rollCall;
      const inserted = await queryRows(
        em,
        `INSERT INTO ballot_vote (ballot_id, voter_id, cast_by, choice) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [ballotId, voterId, castBy, choice],
      );
      return inserted.length > 0;
    }
    const inserted = await queryRows(
      em,
      `INSERT INTO ballot_voter (ballot_id, voter_id, cast_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [ballotId, vote.participant.voterId, vote.participant.castBy],
    );
    if (inserted.length === 0) return false;
    await queryRows(
      em,
      `UPDATE ballot_secret_tally SET for_count = for_count + ($2 = 'FOR')::int,
              against_count = against_count + ($2 = 'AGAINST')::int,
              abstain_count = abstain_count + ($2 = 'ABSTAIN')::int
        WHERE ballot_id = $1`,
      [ballotId, vote.tallied],
    );
    return true;
  }

  /** The totals: the secret tally's counters, or the count of the roll call's choices. */
  async tally(em: EntityManager, ballot: { id: string; secret: boolean }): Promise<Tally> {
    const [tally] = await queryRows<Tally>(
      em,
      ballot.secret
        ? `SELECT for_count AS for, against_count AS against, abstain_count AS abstain
             FROM ballot_secret_tally WHERE ballot_id = $1`
        : `SELECT count(*) FILTER (WHERE choice = 'FOR')::int AS for,
                  count(*) FILTER (WHERE choice = 'AGAINST')::int AS against,
                  count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain
             FROM ballot_vote WHERE ballot_id = $1`,
      [ballot.id],
    );
    return tally;
  }

  /** Closes the ballot with its result, once: the database refuses any later change. */
  async close(em: EntityManager, id: string, record: ClosingRecord): Promise<void> {
    await queryRows(
      em,
      `UPDATE ballot SET status = 'CLOSED', closed_at = clock_now(), present_count = $2, quorum_required = $3,
              quorum_held = $4, for_count = $5, against_count = $6, abstain_count = $7, adopted = $8
        WHERE id = $1`,
      [
        id,
        record.present,
        record.quorumRequired,
        record.quorumHeld,
        record.tally.for,
        record.tally.against,
        record.tally.abstain,
        record.adopted,
      ],
    );
  }
}
