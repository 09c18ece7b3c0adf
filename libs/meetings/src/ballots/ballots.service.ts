import { Injectable } from '@nestjs/common';
import { CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import {
  AGENDA_ITEM_NOT_FOUND,
  ALREADY_VOTED,
  BALLOT_ALREADY_OPEN,
  BALLOT_CLOSED,
  BALLOT_NOT_FOUND,
  ITEM_ALREADY_VOTED,
  MEETING_ACTIONS,
  MEETING_NOT_FOUND,
  meetingWrongState,
  MINUTES_NOT_SUBMITTED,
  NOT_PRESENT,
  NOT_PROXY_HOLDER,
  NOT_VOTABLE,
  PROPOSAL_NOT_ON_AGENDA,
} from '../meetings.errors';
import { CastVoteInput, OpenBallotInput } from '../meeting.inputs';
import { AttendanceRepository } from '../attendance/attendance.repository';
import { Ballot } from '../meeting.types';
import { MeetingRepository } from '../meeting.repository';
import { MeetingViewRepository } from '../meeting-view.repository';
import { MinutesService } from '../minutes/minutes.service';
import { ballotResult, nextBallotStatus, openingConflict, voteRecord } from '../rules/ballot';
import { countAttendance, countedTowardsQuorum, quorumReached } from '../rules/quorum';
import { voteRefusal } from '../rules/voting';
import { MeetingLive } from '../live/meeting-live.service';
import { BallotRepository, BallotRow } from './ballot.repository';

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
    private readonly ballots: BallotRepository,
    private readonly attendance: AttendanceRepository,
    private readonly meetings: MeetingRepository,
    private readonly views: MeetingViewRepository,
    private readonly live: MeetingLive,
  ) {}

  async open(actor: Actor, input: OpenBallotInput): Promise<Ballot> {
    const id = await this.tx.run(async (em) => {
      const item = await this.ballots.item(em, input.agendaItemId);
      if (!item) throw AGENDA_ITEM_NOT_FOUND();
      const meeting = await this.meetings.lock(em, item.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      if (meeting.status !== 'OPEN')
        throw meetingWrongState(meeting.status, MEETING_ACTIONS.openBallot);
      if (item.kind === 'QUESTION') throw NOT_VOTABLE();
      // The council's row too: a charter change (which takes it, then looks for an open ballot)
      // either commits before this ballot opens or sees it open and is refused.
      await this.councils.lock(em, meeting.councilId);
      await this.assertStillToDecide(em, item.proposalId, item.minutesId);
      // Exact under the meeting's lock; the unique indexes stand behind it all the same.
      const conflict = openingConflict(
        await this.ballots.standingIn(em, input.agendaItemId, meeting.id),
      );
      if (conflict === 'ONE_OPEN_PER_MEETING') throw BALLOT_ALREADY_OPEN();
      if (conflict === 'ITEM_ALREADY_VOTED') throw ITEM_ALREADY_VOTED();
      const created = await this.ballots.create(em, {
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        secret: input.secret,
      });
      await this.outbox.record(em, 'ballot.opened', { ballotId: created });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'ballot.opened',
        objectType: 'ballot',
        objectId: created,
        after: { meetingId: meeting.id, agendaItemId: input.agendaItemId, secret: input.secret },
      });
      return created;
    });
    // Committed: the meeting's followers see it open (never before, never for a rollback).
    const ballot = await this.get(id);
    this.live.changed(ballot);
    return ballot;
  }

  /**
   * A present member votes for themself, or for the represented member whose proxy they hold.
   * Secret ballots record who voted and add the choice to the totals, nothing else: no audit
   * entry, no log line and no row ties one to the other.
   */
  async cast(actor: Actor, input: CastVoteInput): Promise<Ballot> {
    await this.tx.run(async (em) => {
      const ballot = await this.lockForVote(em, input.ballotId);
      const voterId = input.onBehalfOf ?? actor.accountId;
      // Attendance changes wait for the meeting's lock, which this vote shares: it holds still.
      const lines = await this.attendance.linesOf(em, ballot.meetingId, [actor.accountId, voterId]);
      const refusal = voteRefusal(
        lines.get(actor.accountId),
        input.onBehalfOf ? (lines.get(voterId) ?? null) : undefined,
      );
      if (refusal === 'NOT_PROXY_HOLDER') throw NOT_PROXY_HOLDER();
      if (refusal === 'NOT_PRESENT') throw NOT_PRESENT();
      const record = voteRecord(ballot.secret, {
        voterId,
        castBy: actor.accountId,
        choice: input.choice,
      });
      if (!(await this.ballots.recordVote(em, ballot.id, record))) throw ALREADY_VOTED();
    });
    // Committed: the count goes live (a refused vote threw above, and pushes nothing).
    const ballot = await this.get(input.ballotId);
    this.live.voted(ballot, () => this.get(input.ballotId));
    return ballot;
  }

  /** Computes the result once: adopted when quorum is held and FOR > AGAINST; then its effects. */
  async close(actor: Actor, id: string): Promise<Ballot> {
    await this.tx.run(async (em) => {
      const found = await this.ballots.find(em, id);
      if (!found) throw BALLOT_NOT_FOUND();
      const meeting = await this.meetings.lock(em, found.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      const ballot = await this.ballots.lock(em, id, 'UPDATE');
      if (!nextBallotStatus(ballot.status, 'CLOSE')) throw BALLOT_CLOSED();
      const tally = await this.ballots.tally(em, ballot);
      // The meeting's lock holds the attendance still while the quorum is counted.
      const count = countAttendance(await this.attendance.sheet(em, meeting.id));
      const present = countedTowardsQuorum(count);
      const quorumRequired = meeting.quorumRequired ?? 0;
      const quorumHeld = quorumReached(count, quorumRequired);
      const { adopted, takesEffect } = ballotResult(tally, quorumHeld);
      await this.ballots.close(em, id, { tally, present, quorumRequired, quorumHeld, adopted });
      await this.outbox.record(em, 'ballot.closed', { ballotId: id });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'ballot.closed',
        objectType: 'ballot',
        objectId: id,
        after: { ...tally, present, quorumRequired, quorumHeld, adopted },
      });
      const item = (await this.ballots.item(em, ballot.agendaItemId))!;
      const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
      // Without quorum the proposal waits for the next meeting (released when this one closes)
      // and the minutes stay submitted.
      if (!takesEffect) return;
      if (item.kind === 'QUALIFIED_PROPOSAL' && item.proposalId) {
        await this.proposals.recordDecision(
          em,
          item.proposalId,
          adopted,
          rules.responseDeadlineDays,
        );
      } else if (item.kind === 'MINUTES' && item.minutesId) {
        await this.minutes.recordVote(
          em,
          item.minutesId,
          id,
          adopted,
          rules.minutesPublicationDays,
        );
      }
    });
    // Committed: the result (with the roll call of a public ballot) goes live.
    const ballot = await this.get(id);
    this.live.changed(ballot);
    return ballot;
  }

  /** The proposal is still on the agenda, the minutes still submitted: the vote can take effect. */
  private async assertStillToDecide(
    em: EntityManager,
    proposalId: string | null,
    minutesId: string | null,
  ): Promise<void> {
    if (proposalId && (await this.proposals.stateOf(em, proposalId))?.status !== 'ON_AGENDA')
      throw PROPOSAL_NOT_ON_AGENDA();
    if (minutesId && !(await this.minutes.isSubmitted(em, minutesId)))
      throw MINUTES_NOT_SUBMITTED();
  }

  /** For the live subscription: refuses a meeting that does not exist. */
  async assertMeeting(meetingId: string): Promise<void> {
    const meeting = await this.tx.run((em) => this.meetings.row(em, meetingId));
    if (!meeting) throw MEETING_NOT_FOUND();
  }

  async get(id: string): Promise<Ballot> {
    return this.tx.run(async (em) => {
      const [ballot] = await this.views.ballots(em, { ballotIds: [id] });
      if (!ballot) throw BALLOT_NOT_FOUND();
      return ballot;
    });
  }

  /** Votes share the locks of the meeting and the ballot: they run together, never beside a close. */
  private async lockForVote(em: EntityManager, id: string): Promise<BallotRow> {
    const found = await this.ballots.find(em, id);
    if (!found) throw BALLOT_NOT_FOUND();
    if (!(await this.meetings.lock(em, found.meetingId, 'SHARE'))) throw MEETING_NOT_FOUND();
    const ballot = await this.ballots.lock(em, id, 'SHARE');
    if (!nextBallotStatus(ballot.status, 'VOTE')) throw BALLOT_CLOSED();
    return ballot;
  }
}
