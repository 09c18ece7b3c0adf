import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { AuditService } from '@quorum/transparency';
import { DataSource } from 'typeorm';
import { bearer, newAgent, newResident, TestAccount } from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
  codeOf,
} from './support/test-env';

const IMPORT = `mutation($csv: String!) { importCensus(input: { csv: $csv }) { importId accepted rejected rejections { line reason } } }`;
const CLAIM = `mutation($input: ClaimResidencyInput!) { claimResidency(input: $input) { residency { neighbourhood method } } }`;
const VERIFY = `mutation($input: VerifyResidentInput!) { verifyResident(input: $input) { id residency { neighbourhood method } } }`;

const CSV = [
  'nom;prenoms;date_naissance;quartier',
  'Lefèvre;Éloïse Marie;1984-03-12;Centre-Ville', // 2
  'Nguyen;Thi Lan;07/11/1990;Les Coteaux', // 3
  'Martin;;1975-01-01;Centre-Ville', // 4: first names missing
  'Durand;Paul;1975-02-30;Centre-Ville', // 5: no 30 February
  'Bernard;Luc;1960-05-05', // 6: a column short
  'LEFEVRE;eloise   marie;12/03/1984;centre ville', // 7: the same person as line 2
  '"Petit;Anne";1999-09-09;Les Coteaux', // 8: a quote that closes in the middle of a field
].join('\n');

describe('Residents’ verification: census import and claim, agent verification', () => {
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

  it('imports a census list, reporting malformed rows with their line and reason', async () => {
    const r = await graphql<{
      importCensus: { accepted: number; rejected: number; rejections: unknown[] };
    }>(api.url, IMPORT, { csv: CSV }, bearer(agent));
    expect(r.errors).toBeUndefined();
    const report = r.data!.importCensus;
    expect(report.accepted).toBe(2);
    expect(report.rejected).toBe(5);
    expect(report.rejections).toEqual(
      expect.arrayContaining([
        { line: 4, reason: 'champ vide : firstNames' },
        { line: 5, reason: 'date de naissance invalide' },
        { line: 6, reason: expect.stringContaining('ligne mal formée') },
        { line: 7, reason: 'personne déjà présente dans le recensement' },
        { line: 8, reason: expect.stringContaining('ligne mal formée') },
      ]),
    );
  });

  it('refuses a file whose quote never closes, or whose header names no known columns, importing nothing', async () => {
    const before = await api.app
      .get<DataSource>(getDataSourceToken())
      .query('SELECT count(*)::int AS n FROM census_entry');
    const unclosed = [
      'nom,prenoms,date_naissance,quartier',
      'Petit,Anne,1999-09-09,Nord',
      '"Roy,Jean,1980-01-01,Nord',
      'Blanc,Lou,1990-01-01,Nord',
    ].join('\n');
    const r1 = await graphql(api.url, IMPORT, { csv: unclosed }, bearer(agent));
    expect(r1.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.csv', message: expect.stringContaining('guillemet non fermé') },
    ]);
    const header = ['Name;Given;Born;Area', 'Petit;Anne;1999-09-09;Nord'].join('\n');
    const r2 = await graphql(api.url, IMPORT, { csv: header }, bearer(agent));
    expect(r2.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.csv', message: expect.stringContaining('nom, prenoms') },
    ]);
    const after = await api.app
      .get<DataSource>(getDataSourceToken())
      .query('SELECT count(*)::int AS n FROM census_entry');
    expect(after[0].n).toBe(before[0].n);
    // Accented headers and common French variants are understood.
    const variant = ['Nom;Prénom;Date de naissance;Quartier', 'Variant;Anne;1999-09-09;Nord'].join(
      '\r\n',
    );
    const r3 = await graphql<{ importCensus: { accepted: number } }>(
      api.url,
      IMPORT,
      { csv: variant },
      bearer(agent),
    );
    expect(r3.data?.importCensus.accepted).toBe(1);
  });

  it('stores keyed hashes only, never names in clear', async () => {
    const rows: { entry_hash: string }[] = await api.app
      .get<DataSource>(getDataSourceToken())
      .query('SELECT * FROM census_entry');
    expect(JSON.stringify(rows)).not.toMatch(/lef[eè]vre|nguyen|1984/i);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.entry_hash))).toBe(true);
  });

  it('refuses the import to a resident', async () => {
    const resident = await newResident(config, db.url);
    expect(codeOf(await graphql(api.url, IMPORT, { csv: CSV }, bearer(resident)))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await graphql(api.url, IMPORT, { csv: CSV }))).toBe('UNAUTHENTICATED');
  });

  it('lets a resident claim an entry typed with other accents, case and spacing, and claim it again', async () => {
    const resident = await newResident(config, db.url);
    const input = {
      lastName: '  lefevre ',
      firstNames: 'ELOISE-MARIE',
      birthDate: '12/03/1984',
      neighbourhood: 'centre  ville',
    };
    const r = await graphql(api.url, CLAIM, { input }, bearer(resident));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      claimResidency: { residency: { neighbourhood: 'centre ville', method: 'CENSUS' } },
    });

    // Again, by its holder: the same success, nothing new recorded.
    expect(await graphql(api.url, CLAIM, { input }, bearer(resident))).toEqual(r);
    // Another entry, by a holder: about the caller's own account only.
    const other = {
      lastName: 'Nguyen',
      firstNames: 'Thi Lan',
      birthDate: '1990-11-07',
      neighbourhood: 'Les Coteaux',
    };
    expect(codeOf(await graphql(api.url, CLAIM, { input: other }, bearer(resident)))).toBe(
      'CONFLICT',
    );
  });

  it('answers a claim of an entry another account holds exactly as no match, and tells the agents', async () => {
    const holder = await newResident(config, db.url);
    const claimant = await newResident(config, db.url);
    const entry = {
      lastName: 'Nguyen',
      firstNames: 'Thi Lan',
      birthDate: '07/11/1990',
      neighbourhood: 'Les Coteaux',
    };
    expect(
      (await graphql(api.url, CLAIM, { input: entry }, bearer(holder))).errors,
    ).toBeUndefined();
    const held = await graphql(api.url, CLAIM, { input: entry }, bearer(claimant));
    const nobody = { ...entry, firstNames: 'Thi Hoa' };
    const missing = await graphql(api.url, CLAIM, { input: nobody }, bearer(claimant));
    expect(codeOf(held)).toBe('NOT_FOUND');
    expect(held).toEqual(missing);
    expect(held.errors![0].message).toMatch(/adressez-vous à la mairie/);
    // Nor does the claimant's own data tell.
    const exported = await graphql(api.url, '{ exportMyData }', {}, bearer(claimant));
    expect(JSON.stringify(exported)).not.toMatch(/contest/i);

    const LIST = `query($after: String) { contestedResidencyClaims(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { claimedAt censusEntryId censusImportId claimant { id email } currentHolder { id email } } } } }`;
    type Page = {
      contestedResidencyClaims: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Record<string, unknown> }[];
      };
    };
    const second = await newResident(config, db.url);
    await graphql(api.url, CLAIM, { input: entry }, bearer(second));
    const page1 = (await graphql<Page>(api.url, LIST, {}, bearer(agent))).data!;
    expect(page1.contestedResidencyClaims.totalCount).toBe(2);
    expect(page1.contestedResidencyClaims.edges[0].node).toEqual({
      claimedAt: expect.any(String),
      censusEntryId: expect.any(String),
      censusImportId: expect.any(String),
      claimant: { id: second.id, email: second.email },
      currentHolder: { id: holder.id, email: holder.email },
    });
    const { endCursor } = page1.contestedResidencyClaims.pageInfo;
    const page2 = (await graphql<Page>(api.url, LIST, { after: endCursor }, bearer(agent))).data!;
    expect(page2.contestedResidencyClaims.edges.map((e) => e.node.claimant)).toEqual([
      { id: claimant.id, email: claimant.email },
    ]);
    expect(page2.contestedResidencyClaims.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await graphql(api.url, LIST, {}, bearer(claimant)))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(api.url, LIST, {}))).toBe('UNAUTHENTICATED');

    const audit: { actor_id: string | null; object_type: string }[] = await api.app
      .get<DataSource>(getDataSourceToken())
      .query(
        `SELECT actor_id, object_type FROM audit_log WHERE action = 'resident.census-claim-contested'`,
      );
    expect(audit).toEqual([
      { actor_id: null, object_type: 'census_entry' },
      { actor_id: null, object_type: 'census_entry' },
    ]);
  });

  it('says when nothing matches, and refuses a claim from an unverified e-mail address', async () => {
    const resident = await newResident(config, db.url);
    const input = {
      lastName: 'Nguyen',
      firstNames: 'Thi Lan',
      birthDate: '1990-11-08',
      neighbourhood: 'Les Coteaux',
    };
    const unmatched = () =>
      api.app
        .get<DataSource>(getDataSourceToken())
        .query(
          `SELECT actor_id, object_type, object_id FROM audit_log WHERE action = 'resident.census-claim-unmatched'`,
        );
    const before = (await unmatched()).length;
    expect(codeOf(await graphql(api.url, CLAIM, { input }, bearer(resident)))).toBe('NOT_FOUND');
    // Recorded as a contested claim is (the same way through the database), naming no one.
    expect((await unmatched()).slice(before)).toEqual([
      { actor_id: null, object_type: 'census_entry', object_id: null },
    ]);
    const bad = { ...input, birthDate: '31/02/1990' };
    expect(codeOf(await graphql(api.url, CLAIM, { input: bad }, bearer(resident)))).toBe(
      'BAD_USER_INPUT',
    );
    const unverified = await newResident(config, db.url, { emailVerified: false });
    expect(codeOf(await graphql(api.url, CLAIM, { input }, bearer(unverified)))).toBe('FORBIDDEN');
  });

  it('lets an agent verify a resident by hand, audited; a resident cannot', async () => {
    const resident = await newResident(config, db.url);
    const input = { accountId: resident.id, neighbourhood: 'Les Côteaux' };
    expect(codeOf(await graphql(api.url, VERIFY, { input }, bearer(resident)))).toBe('FORBIDDEN');
    const r = await graphql(api.url, VERIFY, { input }, bearer(agent));
    expect(r.data).toEqual({
      verifyResident: {
        id: resident.id,
        residency: { neighbourhood: 'les coteaux', method: 'AGENT' },
      },
    });
    const missing = { accountId: '00000000-0000-4000-8000-000000000000', neighbourhood: 'x' };
    expect(codeOf(await graphql(api.url, VERIFY, { input: missing }, bearer(agent)))).toBe(
      'NOT_FOUND',
    );

    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const actions: { action: string }[] = await dataSource.query(
      `SELECT action FROM audit_log WHERE action IN ('resident.verified', 'resident.census-claimed', 'census.imported')`,
    );
    expect([...new Set(actions.map((a) => a.action))].sort()).toEqual([
      'census.imported',
      'resident.census-claimed',
      'resident.verified',
    ]);
    expect((await api.app.get(AuditService).verifyChain()).valid).toBe(true);
  });
});
