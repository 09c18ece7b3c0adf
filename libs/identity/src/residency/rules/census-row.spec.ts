import fc from 'fast-check';
import { CENSUS_REJECTIONS } from '../../identity.errors';
import { CENSUS_FIELDS, censusColumns, readCensusRecord } from './census-row';

const complete = {
  lastName: 'Martin',
  firstNames: 'Éloïse Marie',
  birthDate: '03/04/1980',
  neighbourhood: 'Nord',
};

describe('a census list’s header', () => {
  it('names the four fields in French or English, whatever the accents, case and spacing', () => {
    expect(censusColumns(['Nom', 'Prénoms', 'Date de naissance', 'QUARTIER'])).toEqual({
      columns: ['lastName', 'firstNames', 'birthDate', 'neighbourhood'],
      complete: true,
    });
    expect(
      censusColumns(['last_name', 'first_names', 'birth_date', 'neighbourhood']).complete,
    ).toBe(true);
  });

  it('keeps an unknown column as it is, and is incomplete when a field is not named', () => {
    expect(censusColumns(['nom', 'prenoms', 'quartier', 'commentaire'])).toEqual({
      columns: ['lastName', 'firstNames', 'neighbourhood', 'commentaire'],
      complete: false,
    });
  });

  it('is complete whatever the order of the columns and the others around them', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['nom', 'prenoms', 'date_naissance', 'quartier', 'x', 'y'], {
          minLength: 6,
        }),
        (header) => expect(censusColumns(header).complete).toBe(true),
      ),
    );
  });
});

describe('a census line', () => {
  it('reads when every field is filled and the birth date is real', () => {
    expect(readCensusRecord(complete)).toEqual({ person: complete, birthDate: '1980-04-03' });
  });

  it('is rejected naming its first empty field', () => {
    fc.assert(
      fc.property(fc.subarray([...CENSUS_FIELDS], { minLength: 1 }), (empty) => {
        const record = { ...complete, ...Object.fromEntries(empty.map((f) => [f, ''])) };
        const first = CENSUS_FIELDS.find((field) => empty.includes(field))!;
        expect(readCensusRecord(record)).toEqual({ rejected: CENSUS_REJECTIONS.missing(first) });
      }),
    );
  });

  it('is rejected when the birth date is not a real date', () => {
    for (const birthDate of ['31/02/1980', '1980-13-01', 'hier', '01/01/1850'])
      expect(readCensusRecord({ ...complete, birthDate })).toEqual({
        rejected: CENSUS_REJECTIONS.badDate,
      });
  });
});
