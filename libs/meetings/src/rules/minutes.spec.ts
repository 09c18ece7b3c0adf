import fc from 'fast-check';
import { addDays } from '@quorum/core';
import { MINUTES_STATUSES, MinutesStatus } from '../minutes/minutes.entity';
import {
  draftStep,
  isLaterMeeting,
  MinutesEvent,
  nextMinutesStatus,
  publicationDue,
  publicationOverdue,
} from './minutes';

const EVENTS: MinutesEvent[] = ['EDIT', 'SUBMIT', 'ADOPT', 'REJECT', 'PUBLISH', 'STATEMENT'];
const status = fc.constantFrom(...MINUTES_STATUSES);
const event = fc.constantFrom(...EVENTS);
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString().slice(0, 10));

describe('The minutes’ lifecycle: DRAFT → SUBMITTED → ADOPTED → PUBLISHED', () => {
  it('goes forward one step at a time: submitted by the secretary, adopted, then published', () => {
    expect(nextMinutesStatus('DRAFT', 'SUBMIT')).toBe('SUBMITTED');
    expect(nextMinutesStatus('SUBMITTED', 'ADOPT')).toBe('ADOPTED');
    expect(nextMinutesStatus('ADOPTED', 'PUBLISH')).toBe('PUBLISHED');
  });

  it('sends rejected minutes back to the secretary as a draft', () => {
    expect(nextMinutesStatus('SUBMITTED', 'REJECT')).toBe('DRAFT');
  });

  it('lets only a draft be edited, only submitted minutes be voted on, only adopted ones be published', () => {
    const allowed = (e: MinutesEvent) =>
      MINUTES_STATUSES.filter((s) => nextMinutesStatus(s, e) !== null);
    expect(allowed('EDIT')).toEqual(['DRAFT']);
    expect(allowed('SUBMIT')).toEqual(['DRAFT']);
    expect(allowed('ADOPT')).toEqual(['SUBMITTED']);
    expect(allowed('REJECT')).toEqual(['SUBMITTED']);
    expect(allowed('PUBLISH')).toEqual(['ADOPTED']);
  });

  it('takes opposition statements until publication', () => {
    expect(MINUTES_STATUSES.filter((s) => nextMinutesStatus(s, 'STATEMENT') === s)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'ADOPTED',
    ]);
  });

  it('never changes published minutes, whatever happens', () => {
    fc.assert(fc.property(event, (e) => expect(nextMinutesStatus('PUBLISHED', e)).toBeNull()));
  });

  it('never goes back past adoption: from ADOPTED only publication moves it', () => {
    fc.assert(
      fc.property(fc.array(event), (events) => {
        let current: MinutesStatus = 'ADOPTED';
        for (const e of events) current = nextMinutesStatus(current, e) ?? current;
        expect(['ADOPTED', 'PUBLISHED']).toContain(current);
      }),
    );
  });

  it('stays in its four states whatever the sequence', () => {
    fc.assert(
      fc.property(status, fc.array(event), (start, events) => {
        let current = start;
        for (const e of events) current = nextMinutesStatus(current, e) ?? current;
        expect(MINUTES_STATUSES).toContain(current);
      }),
    );
  });
});

describe('Saving a draft of the minutes', () => {
  it('creates version 1 when the meeting has none', () => {
    expect(draftStep(undefined, false)).toEqual({ kind: 'FIRST_VERSION' });
    expect(draftStep(undefined, true)).toEqual({ kind: 'FIRST_VERSION' });
  });

  it('edits the current draft', () => {
    const latest = { id: 'v1', version: 1, status: 'DRAFT' as const };
    expect(draftStep(latest, false)).toEqual({ kind: 'EDIT', id: 'v1' });
    expect(draftStep(latest, true)).toEqual({ kind: 'EDIT', id: 'v1' });
  });

  it('corrects published minutes only as a new version linked to the old one', () => {
    const published = { id: 'v2', version: 2, status: 'PUBLISHED' as const };
    expect(draftStep(published, true)).toEqual({ kind: 'CORRECTION', of: 'v2', version: 3 });
    expect(draftStep(published, false)).toEqual({ kind: 'REFUSED', status: 'PUBLISHED' });
  });

  it('refuses to touch minutes that are submitted or adopted, correction or not', () => {
    for (const s of ['SUBMITTED', 'ADOPTED'] as const)
      for (const correction of [false, true])
        expect(draftStep({ id: 'v1', version: 1, status: s }, correction)).toEqual({
          kind: 'REFUSED',
          status: s,
        });
  });
});

describe('Adopting minutes', () => {
  const at = (iso: string) => new Date(iso);

  it('happens at a later meeting, never at the meeting they record', () => {
    expect(isLaterMeeting(at('2026-03-01T18:00:00Z'), at('2026-04-01T18:00:00Z'))).toBe(true);
    expect(isLaterMeeting(at('2026-03-01T18:00:00Z'), at('2026-03-01T18:00:00Z'))).toBe(false);
    expect(isLaterMeeting(at('2026-03-01T18:00:00Z'), at('2026-02-01T18:00:00Z'))).toBe(false);
  });

  it('is put to the vote at a later meeting than the one they record', () => {
    const day = (d: string) => new Date(`${d}T18:00:00Z`);
    expect(isLaterMeeting(day('2026-03-01'), day('2026-04-01'))).toBe(true);
    expect(isLaterMeeting(day('2026-04-01'), day('2026-04-01'))).toBe(false);
    expect(isLaterMeeting(day('2026-05-01'), day('2026-04-01'))).toBe(false);
  });
});

describe('The publication deadline', () => {
  it('falls minutesPublicationDays after the day of adoption', () => {
    expect(publicationDue('2026-03-01', 7)).toBe('2026-03-08');
    expect(publicationDue('2026-02-25', 7)).toBe('2026-03-04');
    expect(publicationDue('2028-02-25', 7)).toBe('2028-03-03');
    expect(publicationDue('2026-12-28', 7)).toBe('2027-01-04');
    expect(publicationDue('2026-03-01', 0)).toBe('2026-03-01');
  });

  it('counts calendar days, the same across a change of daylight saving time', () => {
    expect(publicationDue('2026-03-26', 7)).toBe('2026-04-02');
    expect(publicationDue('2026-10-22', 7)).toBe('2026-10-29');
  });

  it('adds up: n days then m days is n + m days', () => {
    fc.assert(
      fc.property(day, fc.nat(400), fc.nat(400), (d, n, m) => {
        expect(addDays(addDays(d, n), m)).toBe(addDays(d, n + m));
        expect(addDays(d, n) >= d).toBe(true);
      }),
    );
  });
});

describe('Overdue minutes, flagged publicly', () => {
  const due = '2026-03-08';

  it('are adopted minutes still unpublished after their due date', () => {
    const adopted = (today: string) =>
      publicationOverdue({ status: 'ADOPTED', publicationDue: due, publishedOn: null, today });
    expect(adopted('2026-03-08')).toBe(false);
    expect(adopted('2026-03-09')).toBe(true);
  });

  it('are minutes published after their due date, for good', () => {
    const published = (publishedOn: string) =>
      publicationOverdue({
        status: 'PUBLISHED',
        publicationDue: due,
        publishedOn,
        today: '2030-01-01',
      });
    expect(published('2026-03-08')).toBe(false);
    expect(published('2026-03-09')).toBe(true);
  });

  it('are never drafts or submitted minutes, which have no deadline yet', () => {
    fc.assert(
      fc.property(fc.constantFrom('DRAFT', 'SUBMITTED' as const), day, (s, today) => {
        expect(
          publicationOverdue({ status: s, publicationDue: null, publishedOn: null, today }),
        ).toBe(false);
      }),
    );
  });

  it('are adopted minutes exactly when today is past the due date', () => {
    fc.assert(
      fc.property(day, day, (publicationDue, today) => {
        expect(
          publicationOverdue({ status: 'ADOPTED', publicationDue, publishedOn: null, today }),
        ).toBe(today > publicationDue);
      }),
    );
  });
});
