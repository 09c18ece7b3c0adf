import { contrastRatio, MIN_TEXT_CONTRAST } from './contrast';

describe('contrastRatio (WCAG 2.1)', () => {
  it('is 21 for black on white and 1 for a colour on itself, whatever the order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4f91', '#1D4F91')).toBeCloseTo(1, 5);
  });

  it('passes the default blue and refuses a light one against white', () => {
    expect(contrastRatio('#1d4f91', '#ffffff')).toBeGreaterThan(MIN_TEXT_CONTRAST);
    // #777777 is the classic near miss: 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('blue', '#ffffff')).toThrow('not a #rrggbb colour');
  });
});
