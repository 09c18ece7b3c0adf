/**
 * The standard PDF fonts (Helvetica…) write WinAnsi only: Latin-1 and the few characters below.
 * pdfkit drops any other character without a word, so the printable page maps each one to what
 * the fonts can write: a space for the thin spaces of French typography, a hyphen for the
 * non-breaking one, a letter's base for an accented letter outside Latin-1, ligatures spelt out,
 * and, for what has no Latin equivalent (another script, an emoji), a visible "?" rather than
 * nothing. Zero-width characters, invisible anyway, are the only ones removed.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const MAPPED: Record<string, string> = {
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2026': '…',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
};

export const isWinAnsi = (c: string): boolean => c <= '\u00ff' || WIN_ANSI_EXTRA.includes(c);

const COMBINING = /\p{M}/gu;

/** One character as WinAnsi can write it. */
function winAnsiOf(c: string): string {
  if (isWinAnsi(c)) return c;
  const mapped = MAPPED[c];
  if (mapped !== undefined) return mapped;
  // "ő" → "o", "ﬁ" → "fi", "²" stays: what compatibility decomposition gives, without its marks.
  const decomposed = c.normalize('NFKD').replace(COMBINING, '');
  if (decomposed && [...decomposed].every(isWinAnsi)) return decomposed;
  return '?';
}

/** A text as the standard PDF fonts can write it, nothing lost without a trace. */
export const toWinAnsi = (text: string): string => text.replace(/./gsu, winAnsiOf);
