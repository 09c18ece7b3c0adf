import {
  inaccessibleFeatures,
  listFr,
  meetingPlaceWarning,
  overallAccessibility,
} from './accessibility';

const all = (status: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN') => ({
  entrance: status,
  toilets: status,
  hearingLoop: status,
  parking: status,
});

describe('overallAccessibility', () => {
  it('is accessible only when the four features are', () => {
    expect(overallAccessibility(all('ACCESSIBLE'))).toBe('ACCESSIBLE');
    expect(overallAccessibility({ ...all('ACCESSIBLE'), parking: 'UNKNOWN' })).toBe('UNKNOWN');
  });

  it('is not accessible as soon as one feature is not, even with others unknown', () => {
    expect(overallAccessibility({ ...all('UNKNOWN'), hearingLoop: 'NOT_ACCESSIBLE' })).toBe(
      'NOT_ACCESSIBLE',
    );
  });

  it('is unknown when nothing was checked', () => {
    expect(overallAccessibility(all('UNKNOWN'))).toBe('UNKNOWN');
  });
});

describe('meetingPlaceWarning', () => {
  it('names the features not accessible, in the register’s order', () => {
    const place = { name: 'Salle Jean-Moulin', ...all('ACCESSIBLE') };
    expect(
      meetingPlaceWarning({ ...place, toilets: 'NOT_ACCESSIBLE', entrance: 'NOT_ACCESSIBLE' }),
    ).toMatch(/^Lieu non accessible : Salle Jean-Moulin \(entrée et toilettes non accessibles\)\./);
    expect(inaccessibleFeatures({ ...place, parking: 'NOT_ACCESSIBLE' })).toEqual(['parking']);
  });

  it('says nothing of a place accessible or not yet checked', () => {
    expect(meetingPlaceWarning({ name: 'Mairie', ...all('ACCESSIBLE') })).toBeNull();
    expect(meetingPlaceWarning({ name: 'Mairie', ...all('UNKNOWN') })).toBeNull();
  });
});

describe('listFr', () => {
  it('joins with commas and a final « et »', () => {
    expect(listFr([])).toBe('');
    expect(listFr(['a'])).toBe('a');
    expect(listFr(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
