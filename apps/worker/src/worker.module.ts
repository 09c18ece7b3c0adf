import { DynamicModule, Module, Provider } from '@nestjs/common';
import { AssociationsWorkerModule } from '@quorum/associations';
import { AppConfig, Clock, ConfigModule, LoggerModule } from '@quorum/core';
import { DbModule } from '@quorum/db';
import { IdentityWorkerModule } from '@quorum/identity';
import { MeetingsWorkerModule } from '@quorum/meetings';
import { NotificationsWorkerModule } from '@quorum/notifications';
import { PlacesWorkerModule } from '@quorum/places';
import { ProposalsWorkerModule } from '@quorum/proposals';
import { TransparencyModule } from '@quorum/transparency';
import { WorksWorkerModule } from '@quorum/works';

/** The worker: no HTTP; the outbox relay, the queue processors and the schedules. */
@Module({})
export class WorkerModule {
  static forRoot(
    config?: AppConfig,
    extraProviders: Provider[] = [],
    clock?: Clock,
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggerModule.forRoot('worker'),
        DbModule,
        TransparencyModule,
        NotificationsWorkerModule,
        IdentityWorkerModule,
        ProposalsWorkerModule,
        MeetingsWorkerModule,
        WorksWorkerModule,
        PlacesWorkerModule,
        AssociationsWorkerModule,
      ],
      providers: [...extraProviders],
    };
  }
}
