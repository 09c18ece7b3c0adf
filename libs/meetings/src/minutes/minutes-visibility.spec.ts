import { MINUTES_STATUSES } from './minutes.entity';
import { readsUnpublishedMinutes, visibleMinutes } from './minutes-visibility';

const versions = MINUTES_STATUSES.map((status, i) => ({ version: i + 1, status }));

describe('visibleMinutes', () => {
  it('shows only published versions to the public and to residents off the council', () => {
    for (const role of [null, 'RESIDENT'] as const) {
      expect(visibleMinutes(versions, { role, inOffice: false })).toEqual([
        { version: 4, status: 'PUBLISHED' },
      ]);
    }
  });

  it('shows every version, in order, to members in office and to the town hall', () => {
    expect(visibleMinutes(versions, { role: 'RESIDENT', inOffice: true })).toEqual(versions);
    expect(visibleMinutes(versions, { role: 'AGENT', inOffice: false })).toEqual(versions);
    expect(visibleMinutes(versions, { role: 'ADMIN', inOffice: false })).toEqual(versions);
  });

  it('lets no anonymous reader see unpublished minutes', () => {
    expect(readsUnpublishedMinutes({ role: null, inOffice: false })).toBe(false);
  });
});
