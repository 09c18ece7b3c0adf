import { changes, lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('keeps common lines and marks the others removed or added, in order', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('finds nothing changed in equal texts', () => {
    expect(changes('un\n\ndeux', 'un\n\ndeux')).toEqual([]);
  });

  it('leaves out blank lines and unchanged ones', () => {
    expect(changes('Titre\n\nLes arbres.', 'Titre\n\nLes arbres et les bancs.\n')).toEqual([
      { kind: 'removed', text: 'Les arbres.' },
      { kind: 'added', text: 'Les arbres et les bancs.' },
    ]);
  });

  it('handles an empty side', () => {
    expect(changes('', 'a\nb')).toEqual([
      { kind: 'added', text: 'a' },
      { kind: 'added', text: 'b' },
    ]);
    expect(changes('a', '')).toEqual([{ kind: 'removed', text: 'a' }]);
  });
});
