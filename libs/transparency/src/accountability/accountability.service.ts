import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, townDay } from '@quorum/core';
import { DataSource } from 'typeorm';
import {
  accountableCouncils,
  answersOwed,
  minutesOwed,
  qualifiedWaits,
} from './accountability.repository';
import {
  Accountability,
  AccountabilityDelays,
  CouncilAccountability,
  OwedAnswer,
  OwedMinutes,
  QualifiedProposalWait,
} from './accountability.types';
import { delayStats, owed, Owed, sortOwed, waited } from './rules/accountability';

type WithOwed<T> = T & { owed: Owed };

/**
 * Accountability (SPEC §6): what the town hall owes each council, recomputed from the dates on
 * every request (one snapshot, four reads), on the application's clock.
 */
@Injectable()
export class AccountabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(councilId: string | null): Promise<Accountability> {
    const today = townDay(this.clock.now());
    const facts = await this.dataSource.transaction('REPEATABLE READ', async (em) => ({
      councils: await accountableCouncils(em, councilId),
      answers: await answersOwed(em, councilId),
      minutes: await minutesOwed(em, councilId),
      waits: await qualifiedWaits(em, councilId),
    }));
    const answers: WithOwed<OwedAnswer & { councilId: string }>[] = facts.answers.map((a) => {
      const o = owed(a.decidedAt, a.answerDeadline, a.answeredAt, today);
      return {
        councilId: a.councilId,
        proposalId: a.proposalId,
        title: a.title,
        decidedOn: o.since,
        dueOn: o.due,
        answeredOn: o.doneOn,
        overdue: o.overdue,
        daysLate: o.daysLate,
        delayDays: o.delayDays,
        owed: o,
      };
    });
    const minutes: WithOwed<OwedMinutes & { councilId: string }>[] = facts.minutes.map((m) => {
      // Without a due day (none recorded) the minutes are owed, never late.
      const o = owed(m.adoptedAt, m.publicationDue ?? '9999-12-31', m.publishedAt, today);
      return {
        councilId: m.councilId,
        minutesId: m.minutesId,
        meetingId: m.meetingId,
        version: m.version,
        meetingStartsAt: m.meetingStartsAt,
        adoptedOn: townDay(m.adoptedAt),
        dueOn: m.publicationDue,
        publishedOn: o.doneOn,
        overdue: o.overdue,
        daysLate: o.daysLate,
        delayDays: o.delayDays,
        owed: o,
      };
    });
    const waits: (QualifiedProposalWait & { councilId: string })[] = facts.waits.map((q) => {
      const w = waited(q.qualifiedAt, q.placedAt, today);
      return {
        councilId: q.councilId,
        proposalId: q.proposalId,
        title: q.title,
        qualifiedOn: w.since,
        placedOn: w.doneOn,
        waitDays: w.waitDays,
      };
    });
    const councils = facts.councils.map((c): CouncilAccountability => {
      const mine = <T extends { councilId: string }>(items: T[]) =>
        items.filter((i) => i.councilId === c.councilId);
      const a = sortOwed(mine(answers));
      const m = sortOwed(mine(minutes));
      return {
        councilId: c.councilId,
        slug: c.slug,
        name: c.name,
        answersDue: a.due,
        answersOverdue: a.overdue,
        answersGiven: a.done,
        minutesAwaitingPublication: m.due,
        minutesOverdue: m.overdue,
        minutesPublished: m.done,
        qualifiedProposals: mine(waits),
        delays: delays(mine(answers), mine(minutes), mine(waits)),
      };
    });
    return { today, councils, townHall: delays(answers, minutes, waits) };
  }
}

function delays(
  answers: { owed: Owed }[],
  minutes: { owed: Owed }[],
  waits: { waitDays: number; placedOn: string | null }[],
): AccountabilityDelays {
  const ofOwed = (items: { owed: Owed }[]) =>
    delayStats(items.map((i) => ({ delay: i.owed.delayDays, overdue: i.owed.overdue })));
  return {
    answers: ofOwed(answers),
    publications: ofOwed(minutes),
    agendaWaits: delayStats(waits.map((w) => ({ delay: w.waitDays }))),
  };
}
