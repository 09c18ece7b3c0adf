import { isSearchRank, likeLiteral } from './account-search';

describe('account search', () => {
  it('matches the typed text literally in LIKE', () => {
    expect(likeLiteral('  Jean_Pierre ')).toBe('jean\\_pierre');
    expect(likeLiteral('100%\\')).toBe('100\\%\\\\');
  });

  it('knows its ranks', () => {
    expect([0, 1, 2].every(isSearchRank)).toBe(true);
    expect(isSearchRank(3)).toBe(false);
    expect(isSearchRank('0')).toBe(false);
  });
});
