import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bearer, newAgent, newVerifiedResident, TestAccount } from './support/factories';
import { countStatements } from './support/sql-statements';
import { graphql, testConfig, useApi } from './support/test-env';

/**
 * What a support costs the database, counted (not timed): the guard's session query, then one
 * transaction of BEGIN, the proposal's lock with its council's neighbourhood, the support with
 * its count, the proposal as it is now, COMMIT. No isolation statement, no second transaction.
 */
const SUPPORT_STATEMENTS = 6;

describe('Supports: statements per call', () => {
  const running = useApi();
  let proposalId: string;
  const residents: TestAccount[] = [];

  const call = (mutation: string, who: TestAccount) =>
    graphql<Record<string, { proposal: { supportCount: number } }>>(
      running.api.url,
      `mutation($id: ID!) { ${mutation}(id: $id) { proposal { id status supportCount } } }`,
      { id: proposalId },
      bearer(who),
    );
  const statementsOf = async (mutation: string, who: TestAccount, supportCount: number) => {
    let answer: Awaited<ReturnType<typeof call>> | undefined;
    const statements = await countStatements(
      running.api.app.get<DataSource>(getDataSourceToken()),
      async () => (answer = await call(mutation, who)),
    );
    expect(answer!.errors).toBeUndefined();
    expect(answer!.data![mutation].proposal.supportCount).toBe(supportCount);
    return statements;
  };

  beforeAll(async () => {
    const config = testConfig({ DATABASE_URL: running.db.url });
    const agent = await newAgent(config, running.db.url);
    const council = await graphql<{ createCouncil: { id: string } }>(
      running.api.url,
      `
        mutation {
          createCouncil(
            input: {
              name: "Conseil des Tilleuls"
              slug: "tilleuls"
              neighbourhood: "Les Tilleuls"
              perimeterDescription: "Autour de la place"
              charter: { supportThreshold: 50 }
            }
          ) {
            id
          }
        }
      `,
      {},
      bearer(agent),
    );
    for (let i = 0; i < 2; i++)
      residents.push(
        await newVerifiedResident(config, running.db.url, { neighbourhood: 'les tilleuls' }),
      );
    const submitted = await graphql<{ submitProposal: { id: string } }>(
      running.api.url,
      `
        mutation ($input: SubmitProposalInput!) {
          submitProposal(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          councilId: council.data!.createCouncil.id,
          title: 'Des bancs sur la place',
          body: 'Pour s’asseoir à l’ombre.',
          category: 'ENVIRONMENT',
          publish: true,
        },
      },
      bearer(residents[0]),
    );
    proposalId = submitted.data!.submitProposal.id;
  });

  it('supports, supports again and withdraws in one transaction of a few statements each', async () => {
    const [first, second] = residents;
    expect(await statementsOf('supportProposal', first, 1)).toBe(SUPPORT_STATEMENTS);
    expect(await statementsOf('supportProposal', second, 2)).toBe(SUPPORT_STATEMENTS);
    // Again: the primary key refuses the row, nothing is counted, the same statements.
    expect(await statementsOf('supportProposal', second, 2)).toBe(SUPPORT_STATEMENTS);
    expect(await statementsOf('withdrawSupport', second, 1)).toBe(SUPPORT_STATEMENTS);
    expect(await statementsOf('withdrawSupport', second, 1)).toBe(SUPPORT_STATEMENTS);
  });
});
