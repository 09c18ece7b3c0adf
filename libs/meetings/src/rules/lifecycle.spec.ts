import fc from 'fast-check';
import { MEETING_STATUSES, MeetingStatus } from '../meeting.entity';
import { isFinal, MeetingEvent, nextStatus } from './lifecycle';

const EVENTS: MeetingEvent[] = ['CONVENE', 'OPEN', 'CLOSE', 'CANCEL'];
const ORDER: MeetingStatus[] = ['DRAFT', 'CONVENED', 'OPEN', 'CLOSED'];

describe('a meeting’s lifecycle', () => {
  it('goes DRAFT → CONVENED → OPEN → CLOSED, one step per event', () => {
    expect(nextStatus('DRAFT', 'CONVENE')).toBe('CONVENED');
    expect(nextStatus('CONVENED', 'OPEN')).toBe('OPEN');
    expect(nextStatus('OPEN', 'CLOSE')).toBe('CLOSED');
  });

  it('skips no step: a draft is not opened, a convened meeting is not closed', () => {
    expect(nextStatus('DRAFT', 'OPEN')).toBeNull();
    expect(nextStatus('DRAFT', 'CLOSE')).toBeNull();
    expect(nextStatus('CONVENED', 'CLOSE')).toBeNull();
    expect(nextStatus('CONVENED', 'CONVENE')).toBeNull();
  });

  it('is cancelled before it opens, not after', () => {
    expect(nextStatus('DRAFT', 'CANCEL')).toBe('CANCELLED');
    expect(nextStatus('CONVENED', 'CANCEL')).toBe('CANCELLED');
    expect(nextStatus('OPEN', 'CANCEL')).toBeNull();
    expect(nextStatus('CLOSED', 'CANCEL')).toBeNull();
  });

  it('ends in CLOSED or CANCELLED, from which no event moves it', () => {
    for (const status of MEETING_STATUSES)
      for (const event of EVENTS) if (isFinal(status)) expect(nextStatus(status, event)).toBeNull();
    expect(MEETING_STATUSES.filter(isFinal)).toEqual(['CLOSED', 'CANCELLED']);
  });

  it('never goes back, whatever the events: each step is forward or into CANCELLED', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 20 }), (events) => {
        let status: MeetingStatus = 'DRAFT';
        for (const event of events) {
          const next = nextStatus(status, event);
          if (next === null) continue;
          if (next !== 'CANCELLED') expect(ORDER.indexOf(next)).toBe(ORDER.indexOf(status) + 1);
          status = next;
        }
        expect(MEETING_STATUSES).toContain(status);
      }),
    );
  });
});
