import {
  inaccessibleFeatures,
  listFr,
  meetingAccessibility,
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

  it('agrees with "toilettes", a plural noun, even alone', () => {
    const place = { name: 'Mairie', ...all('ACCESSIBLE') };
    expect(meetingPlaceWarning({ ...place, toilets: 'NOT_ACCESSIBLE' })).toMatch(
      /^Lieu non accessible : Mairie \(toilettes non accessibles\)\./,
    );
    expect(meetingPlaceWarning({ ...place, entrance: 'NOT_ACCESSIBLE' })).toMatch(
      /\(entrée non accessible\)\./,
    );
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

describe('meetingAccessibility', () => {
  it('says what the register says now: accessible only when the place is, the missing features named', () => {
    expect(meetingAccessibility(all('ACCESSIBLE'), null)).toEqual({
      accessible: true,
      accessibilityDetails: null,
    });
    expect(
      meetingAccessibility({ ...all('ACCESSIBLE'), entrance: 'NOT_ACCESSIBLE' }, null),
    ).toEqual({ accessible: false, accessibilityDetails: 'non accessible (entrée)' });
    expect(meetingAccessibility(all('UNKNOWN'), null)).toEqual({
      accessible: false,
      accessibilityDetails: null,
    });
  });

  it('keeps the details the chair wrote', () => {
    expect(
      meetingAccessibility(
        { ...all('ACCESSIBLE'), parking: 'NOT_ACCESSIBLE' },
        'rampe par la cour',
      ),
    ).toEqual({ accessible: false, accessibilityDetails: 'rampe par la cour' });
  });
});
