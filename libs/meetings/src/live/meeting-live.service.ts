import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { Ballot } from '../meeting.types';

/** How often, at most, an open ballot's count is pushed while votes come in (per API instance). */
export const COUNT_PUSH_INTERVAL_MS = 500;

/** The Redis channel of one meeting's live ballots; every API instance may listen to it. */
export const meetingLiveChannel = (queuePrefix: string, meetingId: string) =>
  `${queuePrefix}:meetingLive:${meetingId}`;

/** A ballot as it crosses Redis (JSON: its dates are strings until the subscription revives them). */
export type LiveBallot = Omit<Ballot, 'openedAt' | 'closedAt'> & {
  openedAt: string | Date;
  closedAt: string | Date | null;
};

interface CountWindow {
  timer: NodeJS.Timeout;
  /** A vote committed during the window: its count is pushed when the window ends. */
  dirty: boolean;
  reread: () => Promise<Ballot>;
}

/**
 * The public live view of a meeting's ballots (SPEC §9: results on a projector within a second).
 * The ballots service calls it only after its transaction has committed, with the ballot as
 * anyone may read it (`MeetingViewRepository.ballots`: a count while open, never a secret
 * ballot's choices, the roll call of a public ballot once closed), so nothing that rolled back is
 * ever pushed. Through Redis pub/sub, a channel per meeting: each API instance hears the changes
 * made on every other and forwards them to its own subscribers of that meeting only.
 *
 * Pushes are best effort (the database is the record, and `meeting(id)` reads it): a Redis
 * failure is logged, never raised to the member who voted.
 */
@Injectable()
export class MeetingLive implements OnModuleDestroy {
  private readonly logger = new Logger(MeetingLive.name);
  private readonly pubsub: RedisPubSub;
  private readonly windows = new Map<string, CountWindow>();

  constructor(private readonly config: AppConfig) {
    const options = { maxRetriesPerRequest: null };
    this.pubsub = new RedisPubSub({
      publisher: new Redis(config.REDIS_URL, options),
      subscriber: new Redis(config.REDIS_URL, options),
    });
  }

  channel(meetingId: string): string {
    return meetingLiveChannel(this.config.QUEUE_PREFIX, meetingId);
  }

  /** Opened or closed: pushed at once; a count still waiting for its window is superseded. */
  changed(ballot: Ballot): void {
    const window = this.windows.get(ballot.id);
    if (window) {
      clearTimeout(window.timer);
      this.windows.delete(ballot.id);
    }
    this.send(ballot);
  }

  /**
   * A vote committed: its count is pushed at once when no push of this ballot went out in the
   * last interval, else once at the end of it, re-read then (a burst of 60 votes makes a handful
   * of pushes to each follower, not 60).
   */
  voted(ballot: Ballot, reread: () => Promise<Ballot>): void {
    const window = this.windows.get(ballot.id);
    if (window) {
      window.dirty = true;
      return;
    }
    this.send(ballot);
    this.openWindow(ballot.id, reread);
  }

  /** Each change of the meeting's ballots, from any API instance. */
  async listen(meetingId: string): Promise<AsyncIterableIterator<LiveBallot>> {
    return this.pubsub.asyncIterableIterator<LiveBallot>(
      this.channel(meetingId),
    ) as AsyncIterableIterator<LiveBallot>;
  }

  async onModuleDestroy(): Promise<void> {
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
    await this.pubsub.close();
  }

  private openWindow(ballotId: string, reread: () => Promise<Ballot>): void {
    const window: CountWindow = {
      dirty: false,
      reread,
      timer: setTimeout(() => {
        this.windows.delete(ballotId);
        if (!window.dirty) return;
        window
          .reread()
          .then((fresh) => {
            // A close pushed meanwhile supersedes this count (and the subscription drops it).
            if (fresh.status === 'OPEN' && !this.windows.has(ballotId)) {
              this.send(fresh);
              this.openWindow(ballotId, window.reread);
            }
          })
          .catch((error: unknown) =>
            this.logger.warn({ err: error, ballotId }, 'Live ballot count not pushed'),
          );
      }, COUNT_PUSH_INTERVAL_MS),
    };
    window.timer.unref();
    this.windows.set(ballotId, window);
  }

  private send(ballot: Ballot): void {
    this.pubsub
      .publish(this.channel(ballot.meetingId), ballot)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, ballotId: ballot.id }, 'Live ballot not pushed'),
      );
  }
}
