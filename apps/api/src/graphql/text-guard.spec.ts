import fc from 'fast-check';
import { firstInvalidText, hasInvalidCodePoint } from './text-guard';

describe('text guard', () => {
  it('lets every well-formed string without NUL through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.includes('\u0000'));
        expect(hasInvalidCodePoint(text)).toBe(false);
      }),
    );
  });

  it('finds a NUL or a lone surrogate wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff'),
        (before, after, bad) => {
          // Dashes keep a half from pairing with a neighbour.
          expect(hasInvalidCodePoint(`${before}-${bad}-${after}`)).toBe(true);
        },
      ),
    );
  });

  it('names the path of the first bad string, keys included', () => {
    expect(firstInvalidText({ input: { tags: ['ok', 'n\u0000'] } })).toBe('input.tags.1');
    // Said back without the bad code point itself.
    expect(firstInvalidText({ geo: { ['k\u0000']: 1 } })).toBe('geo.k\uFFFD');
    expect(firstInvalidText({ input: { title: 'Vélo 🚲' } })).toBeNull();
  });
});
