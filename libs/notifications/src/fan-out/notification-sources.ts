import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { providersMarked } from '@quorum/core';
import { NOTIFICATION_EVENT_TYPES, NotificationEventType } from './notification-events';
import { NOTIFICATION_SOURCE, NotificationSource } from './notification-source';

/** Every notification event has exactly one source, or the worker does not start. */
@Injectable()
export class NotificationSources implements OnModuleInit {
  private readonly sources = new Map<string, NotificationSource>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const owners = new Map<string, string[]>();
    for (const { mark, instance, className } of providersMarked<
      NotificationEventType[],
      NotificationSource
    >(this.discovery, this.reflector, NOTIFICATION_SOURCE)) {
      for (const type of mark) {
        owners.set(type, [...(owners.get(type) ?? []), className]);
        this.sources.set(type, instance);
      }
    }
    const problems = NOTIFICATION_EVENT_TYPES.filter((type) => owners.get(type)?.length !== 1).map(
      (type) => `event "${type}" has ${owners.get(type)?.length ?? 0} notification sources`,
    );
    if (problems.length > 0) {
      throw new Error(`The worker cannot start: ${problems.join('; ')}.`);
    }
  }

  of(type: string): NotificationSource {
    const source = this.sources.get(type);
    if (!source) throw new Error(`No notification source for ${type}`);
    return source;
  }
}
