import { EntityManager } from 'typeorm';
import { MeetingViewRepository } from './meeting-view.repository';
import { OppositionStatement, Ballot, Meeting } from './meeting.types';
import type { MeetingRow } from './meeting.repository';

/*
 * The read model moved to meeting-view.repository.ts (MeetingViewRepository) and meeting.repository.ts.
 * These functions stay only for ballots/ and minutes/, until they inject the repository; the
 * repository holds no state, so one instance serves them.
 */
export { MEETING_COLUMNS } from './meeting.repository';
export type { MeetingRow } from './meeting.repository';

const views = new MeetingViewRepository();

export const loadBallots = (
  em: EntityManager,
  where: { meetingIds?: string[]; ballotIds?: string[] },
): Promise<Ballot[]> => views.ballots(em, where);

export const loadStatements = (
  em: EntityManager,
  where: { minutesIds?: string[]; proposalIds?: string[]; ids?: string[] },
): Promise<OppositionStatement[]> => views.statements(em, where);

export const meetingViews = (em: EntityManager, meetings: MeetingRow[]): Promise<Meeting[]> =>
  views.views(em, meetings);
