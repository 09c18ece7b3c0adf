import { MINUTES_STATUSES } from './minutes.entity';
import { minutesDue, readsUnpublishedMinutes, visibleMinutes } from './minutes-visibility';

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

describe('minutesDue', () => {
  const version = (v: number, status: string, adoptedAt: Date | null, due: string | null) => ({
    id: `v${v}`,
    version: v,
    status,
    adoptedAt,
    publicationDue: due,
    publicationOverdue: false,
  });

  it('makes public the dates of the adopted version still to publish, not its text', () => {
    const adoptedAt = new Date('2026-03-01T18:00:00Z');
    expect(
      minutesDue([
        version(1, 'PUBLISHED', adoptedAt, '2026-01-08'),
        version(2, 'ADOPTED', adoptedAt, '2026-03-08'),
      ]),
    ).toEqual({
      minutesId: 'v2',
      version: 2,
      adoptedAt,
      publicationDue: '2026-03-08',
      publicationOverdue: false,
    });
  });

  it('is nothing while no version awaits publication', () => {
    expect(minutesDue([version(1, 'PUBLISHED', new Date(), '2026-01-08')])).toBeNull();
    expect(minutesDue([version(1, 'SUBMITTED', null, null)])).toBeNull();
    expect(minutesDue([])).toBeNull();
  });
});
