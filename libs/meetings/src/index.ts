export * from './meetings.module';
export * from './meetings-worker.module';
export * from './meetings.service';
export * from './agenda/agenda.service';
export * from './agenda/agenda-placement.module';
export * from './meeting.entity';
/** The meeting's row and its read model, for the scripts that seed meetings as the services would. */
export { MeetingRepository } from './meeting.repository';
export { MeetingViewRepository } from './meeting-view.repository';
export { composeDocument, composeRecord, sha256Hex } from './minutes/minutes-document';
export { MeetingRemindersTask, MinutesDeadlinesTask } from './meeting-reminders.task';
export * from './meetings.errors';
