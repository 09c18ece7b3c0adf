import { isWinAnsi, toWinAnsi } from './win-ansi';

describe('toWinAnsi (the printable half page’s text)', () => {
  it('keeps what WinAnsi writes: French letters, œ, €, curly quotes, dashes', () => {
    const french = 'Œuvre du cœur : l’épicerie « à 2 € » – ouverte… ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿç';
    expect(toWinAnsi(french)).toBe(french);
  });

  it('maps the thin spaces and the non-breaking hyphen instead of dropping them', () => {
    expect(toWinAnsi('14\u202fh\u2009–\u200917\u202fh ; 2\u202f€\u20115 €')).toBe(
      '14 h – 17 h ; 2 €-5 €',
    );
  });

  it('writes an accented letter outside Latin-1 as its base, a ligature spelt out', () => {
    expect(toWinAnsi('Łódź, Gdańsk, ﬁnnois, Ørsted, ő')).toBe('Lódz, Gdansk, finnois, Ørsted, o');
  });

  it('marks what it cannot write with "?", never nothing; drops only invisible characters', () => {
    expect(toWinAnsi('arabe (العربية) 👍')).toBe('arabe (???????) ?');
    expect(toWinAnsi('a\u200bb\ufeff')).toBe('ab');
  });

  it('gives only characters WinAnsi has', () => {
    const out = toWinAnsi('→ ≥ ≤ ′ ″ ‐ − Ħ ı 中文 ✓');
    expect([...out].every(isWinAnsi)).toBe(true);
    expect(out).toBe('-> >= <= \' " - - H i ?? ?');
  });
});
