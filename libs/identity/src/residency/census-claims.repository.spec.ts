import { EntityManager, QueryFailedError } from 'typeorm';
import { CensusClaimsRepository } from './census-claims.repository';

/** An EntityManager whose one statement fails with the given PostgreSQL error code. */
const failingWith = (code: string) =>
  ({
    queryRunner: {
      query: () =>
        Promise.reject(new QueryFailedError('…', [], Object.assign(new Error(code), { code }))),
    },
  }) as unknown as EntityManager;

describe('a census claim statement', () => {
  const claims = new CensusClaimsRepository();

  it('says null when the same account’s concurrent claim won the unique constraint', async () => {
    await expect(claims.claim(failingWith('23505'), 'me', 'hash')).resolves.toBeNull();
  });

  it('lets any other failure through', async () => {
    await expect(claims.claim(failingWith('40001'), 'me', 'hash')).rejects.toBeInstanceOf(
      QueryFailedError,
    );
  });
});
