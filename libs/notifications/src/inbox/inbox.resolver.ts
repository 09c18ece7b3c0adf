import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE } from '@quorum/core';
import { Actor, Allow, CurrentActor, HasRole, SignedIn } from '@quorum/identity';
import { LiveNotification } from '../fan-out/live-publisher';
import { InboxService } from './inbox.service';
import {
  FailedJob,
  FailedJobsArgs,
  gqlEventName,
  MarkNotificationsReadInput,
  Notification,
  NotificationConnection,
  NotificationPreference,
  NotificationsArgs,
  QueueMetrics,
  UpdateNotificationPreferencesInput,
} from './inbox.types';
import { LivePubSub } from './live-pubsub';
import { QueueMetricsService } from './queue-metrics.service';

type SubscriptionContext = { req?: { actor?: Actor | null; tokenExpiresAt?: number } };

@Resolver(() => Notification)
export class InboxResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly live: LivePubSub,
    private readonly queues: QueueMetricsService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow(SignedIn)
  notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return this.inbox.list(actor.accountId, args);
  }

  @Mutation(() => Int, {
    description: 'Marks some or all of your notifications read; returns how many stay unread.',
  })
  @Allow(SignedIn)
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<number> {
    return this.inbox.markRead(actor.accountId, input.ids, input.all === true);
  }

  @Query(() => [NotificationPreference], {
    description: 'Your e-mail choice for each kind of notification.',
  })
  @Allow(SignedIn)
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreference[]> {
    return this.inbox.preferences(actor.accountId);
  }

  @Mutation(() => [NotificationPreference], {
    description:
      'Sets e-mail choices: IMMEDIATE, DAILY_DIGEST or OFF (convocations stay immediate for members).',
  })
  @Allow(SignedIn)
  updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return this.inbox.updatePreferences(actor.accountId, input.preferences);
  }

  @Subscription(() => Notification, {
    description:
      'Your new notifications, live (graphql-ws; send `authorization: Bearer …` in the connection parameters; pushes stop when that token expires: reconnect with a fresh one).',
    // The channel is the subscriber's own (LivePubSub); the account check stands behind it.
    filter: (payload: LiveNotification, _variables: unknown, context: SubscriptionContext) =>
      payload.accountId === context.req?.actor?.accountId &&
      Date.now() < (context.req?.tokenExpiresAt ?? 0),
    resolve: (payload: LiveNotification): Notification => ({
      ...payload.notification,
      event: gqlEventName(payload.notification.eventType),
      createdAt: new Date(payload.notification.createdAt),
      readAt: null,
    }),
  })
  @Allow(SignedIn)
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<LiveNotification> {
    return this.live.iterator(actor.accountId);
  }

  @Query(() => [QueueMetrics], { description: 'Admins: the worker’s queues.' })
  @Allow(HasRole('ADMIN'))
  queueMetrics(): Promise<QueueMetrics[]> {
    return this.queues.metrics();
  }

  @Query(() => [FailedJob], { description: 'Admins: jobs that failed for good, latest first.' })
  @Allow(HasRole('ADMIN'))
  failedJobs(@Args() args: FailedJobsArgs): Promise<FailedJob[]> {
    return this.queues.failedJobs(args.first ?? DEFAULT_PAGE_SIZE);
  }
}
