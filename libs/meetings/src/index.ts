export * from './meetings.module';
export * from './meetings-worker.module';
export * from './meetings.service';
export * from './agenda/agenda.service';
export * from './agenda/agenda-placement.module';
export * from './meeting.entity';
export { composeDocument, composeRecord, sha256Hex } from './minutes/minutes-document';
export { MeetingRemindersTask, MinutesDeadlinesTask } from './meeting-reminders.task';
export * from './meetings.errors';
