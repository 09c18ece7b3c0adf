export * from './meetings.module';
export * from './meetings-worker.module';
export * from './meetings.service';
export * from './agenda/agenda.service';
export * from './meeting.entity';
export { meetingViews, MEETING_COLUMNS } from './meeting.view';
export type { MeetingRow } from './meeting.view';
export { composeDocument, composeRecord, sha256Hex } from './minutes/minutes-document';
export { MeetingRemindersTask, MinutesDeadlinesTask } from './meeting-reminders.task';
