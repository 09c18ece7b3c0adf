import { censusEntryHash, normalizeBirthDate, normalizeName } from './census-normalizer';

describe('census normalisation', () => {
  it('folds accents, case, hyphens and spacing', () => {
    expect(normalizeName('  Éloïse-Marie   LEFÈVRE ')).toBe('eloise marie lefevre');
    expect(normalizeName("N'Diaye")).toBe('n diaye');
    expect(normalizeName('Ç’est   ça')).toBe('c est ca');
  });

  it('reads ISO and French birth dates, refusing impossible ones', () => {
    expect(normalizeBirthDate('1984-03-12')).toBe('1984-03-12');
    expect(normalizeBirthDate('12/03/1984')).toBe('1984-03-12');
    expect(normalizeBirthDate('2/3/1984')).toBe('1984-03-02');
    expect(normalizeBirthDate('1984-02-30')).toBeNull();
    expect(normalizeBirthDate('31/04/1990')).toBeNull();
    expect(normalizeBirthDate('1850-01-01')).toBeNull();
    expect(normalizeBirthDate('hier')).toBeNull();
  });

  it('gives the same keyed hash for variants, and another one under another key', () => {
    const a = {
      lastName: 'Lefèvre',
      firstNames: 'Éloïse',
      birthDate: '',
      neighbourhood: 'Centre-Ville',
    };
    const b = {
      lastName: 'LEFEVRE ',
      firstNames: 'eloise',
      birthDate: '',
      neighbourhood: 'centre ville',
    };
    expect(censusEntryHash('k'.repeat(32), a, '1984-03-12')).toBe(
      censusEntryHash('k'.repeat(32), b, '1984-03-12'),
    );
    expect(censusEntryHash('k'.repeat(32), a, '1984-03-12')).not.toBe(
      censusEntryHash('j'.repeat(32), a, '1984-03-12'),
    );
  });
});
