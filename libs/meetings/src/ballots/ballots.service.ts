import { Injectable } from '@nestjs/common';
import { DomainError } from '@quorum/core';
import { CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { forbidden, meetingWrongState, precondition } from '../meetings.errors';
import { CastVoteInput, OpenBallotInput } from '../meeting.inputs';
import { AgendaItemKindGql, Ballot } from '../meeting.types';
import { loadBallots } from '../meeting.view';
import { lockMeeting } from '../meeting-lock';
import { MinutesService } from '../minutes/minutes.service';

const BALLOT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Scrutin introuvable.', en: 'Ballot not found.' });

const BALLOT_CLOSED = () =>
  precondition(
    'BALLOT_CLOSED',
    'Le scrutin est clos : plus aucun vote n’est reçu.',
    'The ballot is closed: no more votes.',
  );

/**
 * Ballots (SPEC §4). A vote counts once, by the primary key of its table, and is final: a member
 * cannot change it (a secret vote could not be changed without linking it to its voter). The
 * result is computed once at close; closed ballots are refused any change by the database.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly proposals: ProposalsService,
    private readonly minutes: MinutesService,
    private readonly outbox: OutboxService,
  ) {}

  async open(actor: Actor, input: OpenBallotInput): Promise<Ballot> {
    const id = await this.tx.run(async (em) => {
      const [item]: {
        meeting_id: string;
        kind: AgendaItemKindGql;
        minutes_id: string | null;
        proposal_id: string | null;
      }[] = await em.query(
        `SELECT meeting_id, kind, minutes_id, proposal_id FROM agenda_item WHERE id = $1`,
        [input.agendaItemId],
      );
      if (!item)
        throw DomainError.notFound({ fr: 'Point introuvable.', en: 'Agenda item not found.' });
      const meeting = await lockMeeting(em, item.meeting_id);
      if (meeting.status !== 'OPEN')
        throw meetingWrongState(meeting.status, { fr: 'ouvrir un scrutin', en: 'open a ballot' });
      if (item.kind === AgendaItemKindGql.QUESTION)
        throw precondition(
          'NOT_VOTABLE',
          'Une question ne se vote pas.',
          'A question is not put to the vote.',
        );
      await this.assertStillToDecide(em, item.proposal_id, item.minutes_id);
      const [existing]: { status: string }[] = await em.query(
        `SELECT status FROM ballot WHERE agenda_item_id = $1 OR (meeting_id = $2 AND status = 'OPEN')`,
        [input.agendaItemId, meeting.id],
      );
      if (existing) {
        throw new DomainError(
          'CONFLICT',
          existing.status === 'OPEN'
            ? {
                fr: 'Un scrutin est déjà ouvert dans cette séance.',
                en: 'A ballot is already open in this meeting.',
              }
            : { fr: 'Ce point a déjà été voté.', en: 'This item was already voted on.' },
        );
      }
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO ballot (meeting_id, agenda_item_id, secret, status) VALUES ($1, $2, $3, 'OPEN') RETURNING id`,
        [meeting.id, input.agendaItemId, input.secret],
      );
      if (input.secret)
        await em.query(`INSERT INTO ballot_secret_tally (ballot_id) VALUES ($1)`, [created.id]);
      await this.outbox.record(em, 'ballot.opened', { ballotId: created.id });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'ballot.opened',
        objectType: 'ballot',
        objectId: created.id,
        after: { meetingId: meeting.id, agendaItemId: input.agendaItemId, secret: input.secret },
      });
      return created.id;
    });
    return this.get(id);
  }

  /**
   * A present member votes for themself, or for the represented member whose proxy they hold.
   * Secret ballots record who voted and add the choice to the totals, nothing else: no audit
   * entry, no log line and no row ties one to the other.
   */
  async cast(actor: Actor, input: CastVoteInput): Promise<Ballot> {
    await this.tx.run(async (em) => {
      const ballot = await this.lockShared(em, input.ballotId);
      const voterId = input.onBehalfOf ?? actor.accountId;
      const [right]: { ok: boolean }[] = await em.query(
        input.onBehalfOf
          ? `SELECT r.status = 'REPRESENTED' AND r.proxy_holder_id = $2 AND h.status = 'PRESENT' AS ok
               FROM attendance r JOIN attendance h ON h.meeting_id = r.meeting_id AND h.account_id = $2
              WHERE r.meeting_id = $1 AND r.account_id = $3`
          : `SELECT status = 'PRESENT' AS ok FROM attendance WHERE meeting_id = $1 AND account_id = $2`,
        input.onBehalfOf
          ? [ballot.meetingId, actor.accountId, voterId]
          : [ballot.meetingId, actor.accountId],
      );
      if (!right?.ok) {
        throw input.onBehalfOf
          ? forbidden(
              'NOT_PROXY_HOLDER',
              'Vous ne détenez pas le pouvoir de ce membre, ou vous n’êtes pas présent·e.',
              'You do not hold this member’s proxy, or you are not present.',
            )
          : forbidden(
              'NOT_PRESENT',
              'Seul·es les membres présent·es votent (ou leur mandataire pour un membre représenté).',
              'Only present members vote (or their proxy holder for a represented member).',
            );
      }
      const inserted: unknown[] = ballot.secret
        ? await em.query(
            `INSERT INTO ballot_voter (ballot_id, voter_id, cast_by) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING 1`,
            [ballot.id, voterId, actor.accountId],
          )
        : await em.query(
            `INSERT INTO ballot_vote (ballot_id, voter_id, cast_by, choice) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING RETURNING 1`,
            [ballot.id, voterId, actor.accountId, input.choice],
          );
      if (inserted.length === 0) {
        throw new DomainError(
          'CONFLICT',
          {
            fr: 'Ce vote a déjà été exprimé ; il ne peut pas être modifié.',
            en: 'This vote was already cast; it cannot be changed.',
          },
          { reason: 'ALREADY_VOTED' },
        );
      }
      if (ballot.secret) {
        // The same statement whatever the choice: the choice travels only as a parameter.
        await em.query(
          `UPDATE ballot_secret_tally SET for_count = for_count + ($2 = 'FOR')::int,
                  against_count = against_count + ($2 = 'AGAINST')::int,
                  abstain_count = abstain_count + ($2 = 'ABSTAIN')::int
            WHERE ballot_id = $1`,
          [ballot.id, input.choice],
        );
      }
    });
    return this.get(input.ballotId);
  }

  /** Computes the result once: adopted when quorum is held and FOR > AGAINST; then its effects. */
  async close(actor: Actor, id: string): Promise<Ballot> {
    await this.tx.run(async (em) => {
      const [ballot]: {
        meeting_id: string;
        agenda_item_id: string;
        secret: boolean;
        status: string;
      }[] = await em.query(
        `SELECT meeting_id, agenda_item_id, secret, status FROM ballot WHERE id = $1`,
        [id],
      );
      if (!ballot) throw BALLOT_NOT_FOUND();
      const meeting = await lockMeeting(em, ballot.meeting_id);
      const [current]: { status: string }[] = await em.query(
        `SELECT status FROM ballot WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (current.status !== 'OPEN') throw BALLOT_CLOSED();
      const [counts]: { for: number; against: number; abstain: number }[] = ballot.secret
        ? await em.query(
            `SELECT for_count AS for, against_count AS against, abstain_count AS abstain FROM ballot_secret_tally WHERE ballot_id = $1`,
            [id],
          )
        : await em.query(
            `SELECT count(*) FILTER (WHERE choice = 'FOR')::int AS for, count(*) FILTER (WHERE choice = 'AGAINST')::int AS against,
                    count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain FROM ballot_vote WHERE ballot_id = $1`,
            [id],
          );
      const [{ present }]: { present: number }[] = await em.query(
        `SELECT count(*) FILTER (WHERE status IN ('PRESENT', 'REPRESENTED'))::int AS present FROM attendance WHERE meeting_id = $1`,
        [meeting.id],
      );
      const quorumRequired = meeting.quorumRequired ?? 0;
      const quorumHeld = present >= quorumRequired;
      const adopted = quorumHeld && counts.for > counts.against;
      await em.query(
        `UPDATE ballot SET status = 'CLOSED', closed_at = clock_now(), present_count = $2, quorum_required = $3,
                quorum_held = $4, for_count = $5, against_count = $6, abstain_count = $7, adopted = $8
          WHERE id = $1`,
        [
          id,
          present,
          quorumRequired,
          quorumHeld,
          counts.for,
          counts.against,
          counts.abstain,
          adopted,
        ],
      );
      await this.outbox.record(em, 'ballot.closed', { ballotId: id });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'ballot.closed',
        objectType: 'ballot',
        objectId: id,
        after: { ...counts, present, quorumRequired, quorumHeld, adopted },
      });
      const [item]: {
        kind: AgendaItemKindGql;
        proposal_id: string | null;
        minutes_id: string | null;
      }[] = await em.query(`SELECT kind, proposal_id, minutes_id FROM agenda_item WHERE id = $1`, [
        ballot.agenda_item_id,
      ]);
      const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
      // Without quorum the council could not decide: the proposal waits for the next meeting
      // (released when this one closes) and the minutes stay submitted.
      if (!quorumHeld) return;
      if (item.kind === AgendaItemKindGql.QUALIFIED_PROPOSAL && item.proposal_id) {
        await this.proposals.recordDecision(
          em,
          item.proposal_id,
          adopted,
          rules.responseDeadlineDays,
        );
      } else if (item.kind === AgendaItemKindGql.MINUTES && item.minutes_id) {
        await this.minutes.recordVote(
          em,
          item.minutes_id,
          id,
          adopted,
          rules.minutesPublicationDays,
        );
      }
    });
    return this.get(id);
  }

  /** The proposal is still on the agenda, the minutes still submitted: the vote can take effect. */
  private async assertStillToDecide(
    em: EntityManager,
    proposalId: string | null,
    minutesId: string | null,
  ): Promise<void> {
    if (proposalId && (await this.proposals.stateOf(em, proposalId))?.status !== 'ON_AGENDA') {
      throw precondition(
        'PROPOSAL_NOT_ON_AGENDA',
        'Cette proposition n’est plus à l’ordre du jour : elle ne peut pas être mise aux voix.',
        'This proposal is no longer on the agenda: it cannot be put to the vote.',
      );
    }
    if (minutesId && !(await this.minutes.isSubmitted(em, minutesId))) {
      throw precondition(
        'MINUTES_NOT_SUBMITTED',
        'Ce procès-verbal n’est plus soumis à adoption : il ne peut pas être mis aux voix.',
        'These minutes are no longer submitted for adoption: they cannot be put to the vote.',
      );
    }
  }

  async get(id: string): Promise<Ballot> {
    return this.tx.run(async (em) => {
      const [ballot] = await loadBallots(em, { ballotIds: [id] });
      if (!ballot) throw BALLOT_NOT_FOUND();
      return ballot;
    });
  }

  /** Votes share the locks of the meeting and the ballot: they run together, never beside a close. */
  private async lockShared(
    em: EntityManager,
    id: string,
  ): Promise<{ id: string; meetingId: string; secret: boolean }> {
    const [ballot]: { meeting_id: string }[] = await em.query(
      `SELECT meeting_id FROM ballot WHERE id = $1`,
      [id],
    );
    if (!ballot) throw BALLOT_NOT_FOUND();
    await lockMeeting(em, ballot.meeting_id, 'SHARE');
    const [row]: { secret: boolean; status: string }[] = await em.query(
      `SELECT secret, status FROM ballot WHERE id = $1 FOR SHARE`,
      [id],
    );
    if (row.status !== 'OPEN') throw BALLOT_CLOSED();
    return { id, meetingId: ballot.meeting_id, secret: row.secret };
  }
}
