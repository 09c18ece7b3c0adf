import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '@quorum/outbox';
import { RunsEvery, ScheduledTask } from '@quorum/outbox';
import { DeliveriesService } from './deliveries.service';
import { FanOutService } from './fan-out.service';
import { NOTIFICATION_EVENT_TYPES } from './notification-events';

/** Every notification event of the outbox starts its fan-out (SPEC §5). */
@Injectable()
@HandlesJob(...NOTIFICATION_EVENT_TYPES)
export class FanOutJob implements JobHandler {
  constructor(private readonly fanOut: FanOutService) {}

  handle({ outboxId }: JobContext<unknown>): Promise<void> {
    return this.fanOut.start(outboxId);
  }
}

/** Once a day: each person's pending digest items in one e-mail. */
@Injectable()
@RunsEvery('notification-digest', 24 * 3600 * 1000)
export class DailyDigestTask implements ScheduledTask {
  constructor(private readonly deliveries: DeliveriesService) {}

  async run(): Promise<void> {
    await this.deliveries.gatherDigests();
  }
}

/** Every minute: e-mails and digests that should have left are queued again. */
@Injectable()
@RunsEvery('notification-sweep', 60 * 1000)
export class DeliverySweepTask implements ScheduledTask {
  constructor(private readonly deliveries: DeliveriesService) {}

  run(): Promise<void> {
    return this.deliveries.sweep();
  }
}
