import { AppConfig } from '@quorum/core';
import { bearer, newAccount, newAgent, newResident, TestAccount } from './support/factories';
import { ok } from './support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

describe('Refusals say what to do', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let proposalId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    const agent = await newAgent(config, db.url);
    const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
      api.url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: 'Conseil des Tilleuls',
          slug: 'tilleuls',
          neighbourhood: 'Les Tilleuls',
          perimeterDescription: 'Autour du mail',
        },
      },
      agent,
    );
    const author = await newAccount(config, db.url, { neighbourhood: 'les tilleuls' });
    const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
      api.url,
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId: createCouncil.id,
          title: 'Des bancs sous les tilleuls',
          body: 'Pour se reposer.',
          category: 'ENVIRONMENT',
          publish: true,
        },
      },
      author,
    );
    proposalId = submitProposal.id;
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const support = (who: TestAccount, headers: Record<string, string> = {}) =>
    graphql(
      api.url,
      `
        mutation ($id: ID!) {
          supportProposal(id: $id) {
            supportCount
          }
        }
      `,
      { id: proposalId },
      { ...bearer(who), ...headers },
    );
  const refusal = (r: Awaited<ReturnType<typeof support>>) => ({
    code: codeOf(r),
    reason: reasonOf(r),
    message: r.errors?.[0]?.message,
  });

  it('tells a resident whose residency is not verified how to have it verified', async () => {
    const resident = await newResident(config, db.url);
    expect(refusal(await support(resident))).toEqual({
      code: 'FORBIDDEN',
      reason: 'RESIDENCY_NOT_VERIFIED',
      message:
        "Il faut d'abord que votre adresse soit vérifiée : par un·e agent·e de la mairie, sur présentation d'un justificatif de domicile, ou en retrouvant votre entrée du recensement de la ville (claimResidency).",
    });
    expect((await support(resident, { 'accept-language': 'en' })).errors?.[0]?.message).toMatch(
      /^Your residency must be verified first: by a town-hall agent/,
    );
  });

  it('asks for the e-mail address to be confirmed first', async () => {
    const unconfirmed = await newAccount(config, db.url, { emailVerified: false });
    expect(refusal(await support(unconfirmed))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
      message: expect.stringMatching(/^Confirmez d'abord votre adresse e-mail/),
    });
  });

  it('tells a resident verified elsewhere that the proposal belongs to another neighbourhood', async () => {
    const outsider = await newAccount(config, db.url, { neighbourhood: 'ailleurs' });
    expect(refusal(await support(outsider))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD',
    });
  });

  it('keeps a plain refusal for what the caller cannot change', async () => {
    const resident = await newResident(config, db.url, { emailVerified: false });
    const r = await graphql(
      api.url,
      `
        query {
          contestedResidencyClaims {
            totalCount
          }
        }
      `,
      {},
      bearer(resident),
    );
    expect(refusal(r)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
  });
});
