import { worksCalendar } from './works-calendar';

describe('worksCalendar', () => {
  const text = worksCalendar(
    [
      {
        id: 'w1',
        title: 'Réfection du trottoir',
        description: 'Trottoir refait.',
        address: 'rue de la Gare',
        startsOn: '2026-12-10',
        endsOn: '2026-12-20',
        detour: 'Par la rue Neuve.',
        accessible: false,
        detourVersion: 2,
        updatedAt: new Date('2026-12-01T10:00:00Z'),
        createdAt: new Date('2026-11-30T10:00:00Z'),
      },
    ],
    { title: 'Travaux — Testville', publicUrl: 'https://quorum.test' },
  );

  it('gives each project one all-day event, its last day included', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20261210');
    expect(text).toContain('DTEND;VALUE=DATE:20261221');
    expect(text).toContain('UID:works-w1@quorum.test');
    expect(text).toContain('SEQUENCE:2');
  });

  it('says the detour and whether it is accessible', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('Itinéraire de déviation\u00a0: Par la rue Neuve.');
    expect(unfolded).toContain('non accessible');
    expect(unfolded).toContain('LOCATION:rue de la Gare');
  });
});
