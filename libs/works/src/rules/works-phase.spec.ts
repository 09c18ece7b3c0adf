import {
  assessmentOpen,
  datesProblems,
  detourChangeable,
  reportable,
  worksPhase,
} from './works-phase';

describe('worksPhase', () => {
  it('is coming before the first day, current from the first to the last, finished after', () => {
    expect(worksPhase('2026-12-10', '2026-12-20', '2026-12-09')).toBe('COMING');
    expect(worksPhase('2026-12-10', '2026-12-20', '2026-12-10')).toBe('CURRENT');
    expect(worksPhase('2026-12-10', '2026-12-20', '2026-12-20')).toBe('CURRENT');
    expect(worksPhase('2026-12-10', '2026-12-20', '2026-12-21')).toBe('FINISHED');
  });

  it('takes reports during the works only, and detour changes until they end', () => {
    expect(reportable('COMING')).toBe(false);
    expect(reportable('CURRENT')).toBe(true);
    expect(reportable('FINISHED')).toBe(false);
    expect(detourChangeable('COMING')).toBe(true);
    expect(detourChangeable('CURRENT')).toBe(true);
    expect(detourChangeable('FINISHED')).toBe(false);
  });
});

describe('datesProblems', () => {
  it('accepts a one-day project and an assessment due on its first day', () => {
    expect(
      datesProblems(
        {
          startsOn: '2026-12-10',
          endsOn: '2026-12-10',
          assessmentDueOn: '2026-12-10',
        },
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('refuses a due day already past, unless the edit keeps the one the project had', () => {
    const dates = { startsOn: '2026-12-10', endsOn: '2026-12-20', assessmentDueOn: '2026-12-02' };
    expect(datesProblems(dates, '2026-12-03')).toEqual([
      ['input.assessmentDueOn', 'la date limite de l’avis des associations est déjà passée'],
    ]);
    expect(datesProblems(dates, '2026-12-02')).toEqual([]);
    expect(datesProblems(dates, '2026-12-03', '2026-12-02')).toEqual([]);
    expect(datesProblems(dates, '2026-12-03', '2026-12-01')).toHaveLength(1);
  });

  it('refuses an end before the start and an assessment due after the start', () => {
    expect(
      datesProblems(
        {
          startsOn: '2026-12-10',
          endsOn: '2026-12-09',
          assessmentDueOn: '2026-12-11',
        },
        '2026-12-01',
      ),
    ).toEqual([
      ['input.endsOn', 'la fin des travaux précède leur début'],
      [
        'input.assessmentDueOn',
        'l’avis des associations doit être rendu au plus tard le premier jour des travaux',
      ],
    ]);
  });
});

describe('assessmentOpen', () => {
  it('is open up to and including the due day, and never without one', () => {
    expect(assessmentOpen('2026-12-10', '2026-12-10')).toBe(true);
    expect(assessmentOpen('2026-12-10', '2026-12-11')).toBe(false);
    expect(assessmentOpen(null, '2026-12-01')).toBe(false);
  });
});
