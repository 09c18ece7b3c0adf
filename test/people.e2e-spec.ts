import { AppConfig } from '@quorum/core';
import { searchFingerprint } from '../libs/identity/src/accounts/account-search';
import { Client } from 'pg';
import {
  bearer,
  DEFAULT_PASSWORD,
  newAccount,
  newAdmin,
  newAgent,
  newResident,
  TestAccount,
} from './support/factories';
import { ok } from './support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  fieldsOf,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const NODE =
  'id displayName email role emailVerified residency { neighbourhood method } createdAt deleted';
const SEARCH = `query($query: String!, $first: Int, $after: String) {
  searchAccounts(query: $query, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`;
const AWAITING = `query($first: Int, $after: String) {
  residentsAwaitingVerification(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`;

interface Node {
  id: string;
  displayName: string;
  email: string | null;
  deleted: boolean;
  residency: { neighbourhood: string; method: string } | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Node }[];
}

describe('People: agents find accounts and residents waiting for verification; refusals say what to do', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const search = async (query: string, who: TestAccount = agent, page = {}) =>
    (await ok<{ searchAccounts: Page }>(api.url, SEARCH, { query, ...page }, who)).searchAccounts;
  const names = (page: Page) => page.edges.map((e) => e.node.displayName);

  it('finds people by name whatever the accents and case, words starting with the text before names containing it', async () => {
    for (const displayName of ['Jean Delefèvre', 'Éloïse Lefèvre', 'LEFEVRE-Durand Paul'])
      await newResident(config, db.url, { displayName });
    const found = await search('lefèvre');
    expect(names(found)).toEqual(['Éloïse Lefèvre', 'LEFEVRE-Durand Paul', 'Jean Delefèvre']);
    expect(names(await search('ELOISE'))).toEqual(['Éloïse Lefèvre']);
    expect(found.edges[0].node).toMatchObject({ deleted: false, residency: null });
  });

  it('puts the exact e-mail address first, and takes % and _ literally', async () => {
    const wanted = await newResident(config, db.url, { displayName: 'Anouk Exacte' });
    // A name that starts with the address would come first if the address did not win.
    await newResident(config, db.url, { displayName: `${wanted.email} (homonyme)` });
    const found = await search(`  ${wanted.email.toUpperCase()} `);
    expect(found.edges.map((e) => e.node.id)[0]).toBe(wanted.id);
    expect(found.edges[0].node.email).toBe(wanted.email);
    expect(found.totalCount).toBe(2);
    expect((await search('%%')).totalCount).toBe(0);
    expect((await search('n_uk')).totalCount).toBe(0);
  });

  it('never shows a deleted account', async () => {
    const leaving = await newResident(config, db.url, { displayName: 'Zoé Partante' });
    expect(names(await search('partante'))).toEqual(['Zoé Partante']);
    await ok(
      api.url,
      `mutation($p: String!) { deleteMyAccount(password: $p) }`,
      {
        p: DEFAULT_PASSWORD,
      },
      leaving,
    );
    expect((await search('partante')).totalCount).toBe(0);
    // The anonymous rows all bear the same name: none of them is found by it.
    expect((await search('anonyme')).totalCount).toBe(0);
  });

  it('pages with cursors, at most 100 a page, refusing a cursor of another list', async () => {
    for (const n of [1, 2, 3])
      await newResident(config, db.url, { displayName: `Pagination ${n}` });
    const one = await search('paginat', agent, { first: 2 });
    expect(one.totalCount).toBe(3);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await search('paginat', agent, { first: 2, after: one.pageInfo.endCursor });
    expect([...names(one), ...names(two)]).toEqual([
      'Pagination 1',
      'Pagination 2',
      'Pagination 3',
    ]);
    expect(two.pageInfo.hasNextPage).toBe(false);

    const tooMany = await graphql(api.url, SEARCH, { query: 'paginat', first: 101 }, bearer(agent));
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    const awaiting = await ok<{ residentsAwaitingVerification: Page }>(
      api.url,
      AWAITING,
      {},
      agent,
    );
    const foreign = await graphql(
      api.url,
      SEARCH,
      { query: 'paginat', after: awaiting.residentsAwaitingVerification.pageInfo.endCursor },
      bearer(agent),
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(foreign)).toEqual(['after']);
    const short = await graphql(api.url, SEARCH, { query: 'p' }, bearer(agent));
    expect(short.errors?.[0]?.message).toBe(
      'Champ query : doit contenir entre 2 et 100 caractères.',
    );
  });

  it('audits every search with the text asked, by whom', async () => {
    await search('audit-moi');
    const rows = await sql<{
      actor_id: string;
      actor_role: string;
      after: Record<string, unknown>;
    }>(
      `SELECT actor_id, actor_role, after FROM audit_log WHERE action = 'account.searched' AND after->>'queryFingerprint' = $1`,
      [searchFingerprint(config.CENSUS_HASH_KEY, 'Audit-Moi')],
    );
    expect(rows).toEqual([
      {
        actor_id: agent.id,
        actor_role: 'AGENT',
        after: {
          queryFingerprint: searchFingerprint(config.CENSUS_HASH_KEY, 'audit-moi'),
          nextPage: false,
          totalCount: 0,
        },
      },
    ]);
  });

  it('serves admins too: find someone by e-mail, then give them a role', async () => {
    const admin = await newAdmin(config, db.url);
    const future = await newResident(config, db.url, { displayName: 'Future Agente' });
    const [hit] = (await search(future.email, admin)).edges;
    const r = await ok<{ setAccountRole: { role: string } }>(
      api.url,
      `mutation($input: SetAccountRoleInput!) { setAccountRole(input: $input) { role } }`,
      { input: { accountId: hit.node.id, role: 'AGENT' } },
      admin,
    );
    expect(r.setAccountRole.role).toBe('AGENT');
  });

  it('lists residents waiting for verification, longest waiting first, until an agent verifies them', async () => {
    const waiting = (name: string) => newResident(config, db.url, { displayName: name });
    const later = await waiting('Attente Récente');
    const earlier = await waiting('Attente Ancienne');
    // Sign-up dates set apart, so the order does not hang on the clock between two inserts.
    await sql(`UPDATE account SET created_at = now() - interval '3 days' WHERE id = $1`, [
      earlier.id,
    ]);
    await newAccount(config, db.url, { displayName: 'Attente Sans E-mail', emailVerified: false });
    await newAccount(config, db.url, { displayName: 'Attente Vérifiée', neighbourhood: 'nord' });
    const everyone = async () => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: { residentsAwaitingVerification: Page } = await ok(
          api.url,
          AWAITING,
          { first: 2, after },
          agent,
        );
        ids.push(...page.residentsAwaitingVerification.edges.map((e) => e.node.id));
        after = page.residentsAwaitingVerification.pageInfo.hasNextPage
          ? page.residentsAwaitingVerification.pageInfo.endCursor
          : null;
      } while (after);
      return ids;
    };
    const before = await everyone();
    expect(before.filter((id) => [earlier.id, later.id].includes(id))).toEqual([
      earlier.id,
      later.id,
    ]);
    expect(before).not.toContain(agent.id);
    const shown = await sql<{ display_name: string }>(
      `SELECT display_name FROM account WHERE id = ANY($1::uuid[])`,
      [before],
    );
    expect(shown.map((r) => r.display_name)).not.toEqual(
      expect.arrayContaining(['Attente Sans E-mail']),
    );
    expect(shown.map((r) => r.display_name)).not.toEqual(
      expect.arrayContaining(['Attente Vérifiée']),
    );

    await ok(
      api.url,
      `mutation($input: VerifyResidentInput!) { verifyResident(input: $input) { id } }`,
      { input: { accountId: earlier.id, neighbourhood: 'Centre-Ville' } },
      agent,
    );
    expect(await everyone()).not.toContain(earlier.id);
    const [entry] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.awaiting-residency-listed' AND actor_id = $1`,
      [agent.id],
    );
    expect(entry.n).toBeGreaterThan(0);
  });

  describe('Refusals say what to do', () => {
    let proposalId: string;

    beforeAll(async () => {
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

    const support = (who: TestAccount, headers: Record<string, string> = {}) =>
      graphql(
        api.url,
        `
          mutation ($id: ID!) {
            supportProposal(id: $id) {
              proposal {
                supportCount
              }
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
          "Il faut d'abord que votre résidence soit vérifiée : par un·e agent·e de la mairie, sur présentation d'un justificatif de domicile, ou en retrouvant votre entrée du recensement de la ville (claimResidency).",
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
});
