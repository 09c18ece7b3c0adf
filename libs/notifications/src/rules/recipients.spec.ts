import fc from 'fast-check';
import { relationOf } from './recipients';

const relations = fc.array(fc.constantFrom('MEMBER', 'FOLLOWER', 'AUTHOR', 'SUPPORTER', 'AGENT'), {
  minLength: 1,
});

describe('relationOf', () => {
  it('a member who also follows counts as a member', () =>
    expect(relationOf(['FOLLOWER', 'MEMBER'])).toBe('MEMBER'));

  it('is MEMBER whenever the person is a member, one of their relations otherwise', () =>
    fc.assert(
      fc.property(relations, (rs) => {
        const chosen = relationOf(rs);
        expect(rs).toContain(chosen);
        expect(chosen === 'MEMBER').toBe(rs.includes('MEMBER'));
      }),
    ));

  it('does not depend on the order the audience lists them in', () =>
    fc.assert(fc.property(relations, (rs) => relationOf(rs) === relationOf([...rs].reverse()))));
});
