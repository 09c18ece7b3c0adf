import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MeetingRepository } from '../libs/meetings/src/meeting.repository';
import { MEETING_STATUSES, MeetingStatus } from '../libs/meetings/src/meeting.entity';
import { placementMeeting } from '../libs/meetings/src/rules/agenda';
import { useDataSource } from './support/test-env';

/** Where a meetings rule is applied by SQL (atomically, under a lock), the SQL and the rule agree. */
describe('Meeting rules and their SQL forms', () => {
  const database = useDataSource();
  const meetings = new MeetingRepository();

  it('lockNextDraft locks the meeting placementMeeting chooses, or none when it chooses none', async () => {
    const HOUR = 3_600_000;
    const meeting = fc.record({
      status: fc.constantFrom<MeetingStatus>(...MEETING_STATUSES),
      // Past and future, with ties (the same hour) to exercise the order by id.
      hoursFromNow: fc.integer({ min: -3, max: 3 }).filter((h) => h !== 0),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(meeting, { maxLength: 6 }), async (specs) => {
        const [{ id: councilId }]: { id: string }[] = await database.dataSource.query(
          `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
           VALUES ($1, 'Conseil', $1, 'Quartier', '', 1) RETURNING id`,
          [`c-${randomUUID()}`],
        );
        const [{ now }]: { now: Date }[] =
          await database.dataSource.query(`SELECT clock_now() AS now`);
        const rows = [];
        for (const spec of specs) {
          const startsAt = new Date(now.getTime() + spec.hoursFromNow * HOUR);
          const [{ id }]: { id: string }[] = await database.dataSource.query(
            `INSERT INTO meeting (council_id, status, starts_at, place, accessible, is_public, scheduled_by)
             VALUES ($1, $2, $3, 'Salle', true, true, $4) RETURNING id`,
            [councilId, spec.status, startsAt, randomUUID()],
          );
          rows.push({ id, status: spec.status, startsAt });
        }
        const locked = await database.dataSource.transaction((em) =>
          meetings.lockNextDraft(em, councilId),
        );
        expect(locked).toBe(placementMeeting(rows, now)?.id ?? null);
      }),
      { numRuns: 40 },
    );
  });
});
