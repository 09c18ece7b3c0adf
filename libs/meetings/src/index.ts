export * from './meetings.module';
export * from './meetings-worker.module';
export * from './meetings.service';
export * from './agenda/agenda.service';
export * from './meeting.entity';
