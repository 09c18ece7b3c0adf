import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadLetterRepository, FailedJobRow } from '../jobs/dead-letter.repository';
import { DeadlinePayload, JobCatalogue, JobName } from '../jobs/job-catalogue';
import { deadlineStage } from '../rules/deadline-stage';
import { DoneOnceRepository } from './done-once.repository';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxEventRepository } from './outbox-event.repository';

/** Records domain events inside the caller's transaction; nothing is sent before it commits. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly events: OutboxEventRepository,
    private readonly once: DoneOnceRepository,
    private readonly deadLetters: DeadLetterRepository,
  ) {}

  async record<T extends JobName>(
    em: EntityManager,
    type: T,
    payload: JobCatalogue[T],
  ): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox event ${type} recorded outside a transaction`);
    }
    return this.events.insert(em, type, payload);
  }

  /**
   * True the first time `key` is claimed, by any worker or API instance (a reminder sent, an
   * unsubscribe link used); false ever after. Atomic: of two racing claims, one wins.
   */
  claimOnce(em: EntityManager, key: string): Promise<boolean> {
    return this.once.claim(em, key);
  }

  /** An event as recorded, for the libs that act on it (null once it is gone). */
  event(em: EntityManager, id: string): Promise<OutboxEvent | null> {
    return this.events.find(em, id);
  }

  /** For admins: the jobs that failed for good, latest first. */
  failedJobs(em: EntityManager, first: number): Promise<FailedJobRow[]> {
    return this.deadLetters.latest(em, first);
  }

  /**
   * Records the event only the first time `key` is seen (a reminder, a deadline stage): several
   * workers running the same scheduled check record it once.
   */
  async recordOnce<T extends JobName>(
    em: EntityManager,
    key: string,
    type: T,
    payload: JobCatalogue[T],
  ): Promise<boolean> {
    if (!(await this.claimOnce(em, key))) return false;
    await this.record(em, type, payload);
    return true;
  }

  /**
   * For the town hall's deadlines: each `{ id, due }` (a calendar day) that has reached a stage on
   * `today` (rules/deadline-stage) records `type` once for that stage.
   */
  async recordDeadlines<T extends 'proposal.answer-due' | 'minutes.publication-due'>(
    em: EntityManager,
    type: T,
    deadlines: readonly { id: string; due: string }[],
    today: string,
    payload: (id: string, stage: DeadlinePayload['stage']) => JobCatalogue[T],
  ): Promise<void> {
    for (const { id, due } of deadlines) {
      const stage = deadlineStage(due, today);
      if (stage) await this.recordOnce(em, `${type}-${id}-${stage}`, type, payload(id, stage));
    }
  }
}
