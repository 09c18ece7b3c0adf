import { bearer, newAgent, newVerifiedResident, TestAccount } from './support/factories';
import { graphql, testConfig, useApi } from './support/test-env';

/** `proposals(supportedByMe: true)`: "mes soutiens" of the account page; supports stay private. */
describe('Proposals supported by me', () => {
  const running = useApi();
  const residents: TestAccount[] = [];
  const ids: string[] = [];

  const mine = (who?: TestAccount) =>
    graphql<{ proposals: { totalCount: number; edges: { node: { id: string } }[] } }>(
      running.api.url,
      `
        {
          proposals(supportedByMe: true, first: 10) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      {},
      who ? bearer(who) : {},
    );

  beforeAll(async () => {
    const config = testConfig({ DATABASE_URL: running.db.url });
    const agent = await newAgent(config, running.db.url);
    const council = await graphql<{ createCouncil: { id: string } }>(
      running.api.url,
      `
        mutation {
          createCouncil(
            input: {
              name: "Conseil des Aulnes"
              slug: "aulnes"
              neighbourhood: "Les Aulnes"
              perimeterDescription: "Autour du parc"
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
        await newVerifiedResident(config, running.db.url, { neighbourhood: 'les aulnes' }),
      );
    for (const title of ['Un composteur au parc', 'Des arceaux à vélos', 'Une fontaine']) {
      const r = await graphql<{ submitProposal: { id: string } }>(
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
            title,
            body: 'Pour le quartier.',
            category: 'ENVIRONMENT',
            publish: true,
          },
        },
        bearer(residents[0]),
      );
      ids.push(r.data!.submitProposal.id);
    }
    for (const id of [ids[0], ids[2]])
      await graphql(
        running.api.url,
        `
          mutation ($id: ID!) {
            supportProposal(id: $id) {
              proposal {
                id
              }
            }
          }
        `,
        { id },
        bearer(residents[1]),
      );
  });

  it('lists only what the caller supports, newest first, with the exact count', async () => {
    const r = await mine(residents[1]);
    expect(r.errors).toBeUndefined();
    expect(r.data!.proposals.totalCount).toBe(2);
    expect(r.data!.proposals.edges.map((e) => e.node.id)).toEqual([ids[2], ids[0]]);
    const other = await mine(residents[0]);
    expect(other.data!.proposals.totalCount).toBe(0);
  });

  it('shows nothing to an anonymous caller', async () => {
    const r = await mine();
    expect(r.errors).toBeUndefined();
    expect(r.data!.proposals).toEqual({ totalCount: 0, edges: [] });
  });

  it('forgets a withdrawn support', async () => {
    await graphql(
      running.api.url,
      `
        mutation ($id: ID!) {
          withdrawSupport(id: $id) {
            proposal {
              id
            }
          }
        }
      `,
      { id: ids[0] },
      bearer(residents[1]),
    );
    const r = await mine(residents[1]);
    expect(r.data!.proposals.edges.map((e) => e.node.id)).toEqual([ids[2]]);
  });
});
