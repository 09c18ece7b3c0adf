import { MINUTES_STATUSES } from './minutes.entity';
import { readsUnpublishedMinutes, visibleMinutes } from './minutes-visibility';

const versions = MINUTES_STATUSES.map((status, i) => ({ version: i + 1, status }));

describe('visibleMinutes', () => {
  it('shows only published versions to the public and to residents off the council', () => {
    for (const role of [null, 'RESIDENT'] as const) {
      expect(visibleMinutes(versions, { role, emailVerified: true, inOffice: false })).toEqual([
        { version: 4, status: 'PUBLISHED' },
      ]);
    }
  });

  it('shows every version, in order, to members in office and to the town hall', () => {
    expect(
      visibleMinutes(versions, { role: 'RESIDENT', emailVerified: true, inOffice: true }),
    ).toEqual(versions);
    expect(
      visibleMinutes(versions, { role: 'AGENT', emailVerified: true, inOffice: false }),
    ).toEqual(versions);
    expect(
      visibleMinutes(versions, { role: 'ADMIN', emailVerified: true, inOffice: false }),
    ).toEqual(versions);
  });

  it('lets no anonymous reader see unpublished minutes', () => {
    expect(readsUnpublishedMinutes({ role: null, emailVerified: false, inOffice: false })).toBe(
      false,
    );
  });

  it('wants a confirmed address of the town hall’s roles, as every agents’ operation does', () => {
    expect(readsUnpublishedMinutes({ role: 'AGENT', emailVerified: false, inOffice: false })).toBe(
      false,
    );
  });
});
