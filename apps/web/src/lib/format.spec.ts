import {
  ballotOutcome,
  dateTime,
  day,
  daysLate,
  daysLeft,
  number,
  places,
  plural,
  spaced,
  supportProgress,
} from './format';

describe('French formats of the site', () => {
  it('says a ballot’s outcome the same way on every page', () => {
    expect(ballotOutcome('TOWN_HALL', true)).toBe('Délibération adoptée');
    expect(ballotOutcome('QUALIFIED_PROPOSAL', false)).toBe('Proposition rejetée');
    expect(ballotOutcome('MINUTES', true)).toBe('Procès-verbal adopté');
  });
  it('writes dates in Europe/Paris with "1er" and "19 h 30"', () => {
    expect(day('2026-12-01T10:00:00Z')).toBe('mardi 1er décembre 2026');
    expect(dateTime('2026-12-01T18:30:00Z')).toBe('mardi 1er décembre 2026 à 19\u00a0h 30');
    expect(dateTime('2026-07-14T08:00:00Z')).toBe('mardi 14 juillet 2026 à 10\u00a0h');
  });
  it('puts French spacing into text the API wrote', () => {
    expect(spaced('Rappel : séance « demain » ! Prêt ?')).toBe(
      'Rappel\u00a0: séance «\u202fdemain\u202f»\u202f! Prêt\u202f?',
    );
    expect(spaced('https://a.fr/x?y=1')).toBe('https://a.fr/x?y=1');
  });
  it('groups thousands with a narrow no-break space', () => {
    expect(number(1234)).toBe('1\u202f234');
  });
  it('says "34 soutiens sur 50 — 12 jours restants"', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const inTwelveDays = new Date(now + 11.5 * 86_400_000).toISOString();
    expect(daysLeft(inTwelveDays, now)).toBe(12);
    expect(supportProgress(1, 50)).toBe('1 soutien sur 50');
    expect(supportProgress(34, 50, new Date(Date.now() + 11.5 * 86_400_000).toISOString())).toBe(
      '34 soutiens sur 50 — 12 jours restants',
    );
  });
});

describe('plural and daysLate', () => {
  it('say a count with its word, plural from 2, the number in French', () => {
    expect(plural(0, 'vote')).toBe('0 vote');
    expect(plural(1, 'vote')).toBe('1 vote');
    expect(plural(1200, 'vote')).toBe('1\u202f200 votes');
    expect(daysLate(1)).toBe('1 jour de retard');
    expect(daysLate(12)).toBe('12 jours de retard');
  });

  it('take the plural a word has, and agree a count of places with its state', () => {
    expect(plural(2, 'lieu', 'lieux')).toBe('2 lieux');
    expect(plural(1, 'lieu', 'lieux')).toBe('1 lieu');
    expect(places(0, 'non vérifié')).toBe('0 lieu non vérifié');
    expect(places(1, 'accessible')).toBe('1 lieu accessible');
    expect(places(3, 'non accessible')).toBe('3 lieux non accessibles');
  });
});
