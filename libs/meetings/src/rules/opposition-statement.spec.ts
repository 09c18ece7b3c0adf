import { MINUTES_STATUSES } from '../minutes/minutes.entity';
import {
  answerTakesStatements,
  hasOneTarget,
  minutesTakeStatements,
  oppositionOffice,
  statementEditRefusal,
} from './opposition-statement';

const opposition = { college: 'ELECTED_OPPOSITION', politicalGroup: 'Ensemble' };
const majority = { college: 'ELECTED_MAJORITY', politicalGroup: 'Avenir' };

describe('Opposition statements', () => {
  it('are attached to exactly one thing: a version of the minutes or an official answer', () => {
    expect(hasOneTarget({ minutesId: 'm' })).toBe(true);
    expect(hasOneTarget({ proposalId: 'p' })).toBe(true);
    expect(hasOneTarget({})).toBe(false);
    expect(hasOneTarget({ minutesId: 'm', proposalId: 'p' })).toBe(false);
  });

  it('are written by the council’s opposition councillors, in their group’s name', () => {
    expect(oppositionOffice([majority, opposition])).toBe(opposition);
    expect(oppositionOffice([majority])).toBeUndefined();
    expect(oppositionOffice([])).toBeUndefined();
  });

  it('go on minutes until they are published', () => {
    expect(MINUTES_STATUSES.filter(minutesTakeStatements)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'ADOPTED',
    ]);
  });

  it('go on a proposal once the town hall has answered it', () => {
    expect(answerTakesStatements('ANSWERED')).toBe(true);
    expect(answerTakesStatements('IMPLEMENTED')).toBe(true);
    for (const s of ['PUBLISHED', 'QUALIFIED', 'ON_AGENDA', 'ADOPTED', 'REJECTED'])
      expect(answerTakesStatements(s)).toBe(false);
  });

  it('are amended by their author only, while they sit for the opposition', () => {
    expect(statementEditRefusal('ana', 'ana', [opposition])).toBeNull();
    expect(statementEditRefusal('ana', 'bob', [opposition])).toBe('NOT_THE_AUTHOR');
    expect(statementEditRefusal('ana', 'ana', [majority])).toBe('OPPOSITION_ONLY');
    expect(statementEditRefusal('ana', 'ana', [])).toBe('OPPOSITION_ONLY');
  });
});
