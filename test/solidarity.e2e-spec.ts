import { getDataSourceToken } from '@nestjs/typeorm';
import { INestApplicationContext } from '@nestjs/common';
import { SolidarityChecksTask } from '@quorum/associations';
import { AppConfig, addDays, townDay } from '@quorum/core';
import { DataSource } from 'typeorm';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import { ok } from './support/meeting-fixtures';
import {
  clock,
  codeOf,
  createTestDatabase,
  eventually,
  fieldsOf,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

const ENTRY = `id title address hours languages soliguideUrl runBy associationId councilSlug status
  lastCheckedOn checkDueOn stale viewerCanEdit`;
const CREATE = `mutation($input: CreateSolidarityEntryInput!) { createSolidarityEntry(input: $input) { ${ENTRY} } }`;
const UPDATE = `mutation($input: UpdateSolidarityEntryInput!) { updateSolidarityEntry(input: $input) { ${ENTRY} } }`;
const CONFIRM = `mutation($id: ID!) { confirmSolidarityEntry(entryId: $id) { ${ENTRY} } }`;
const STATUS = `mutation($input: SolidarityEntryStatusInput!) { setSolidarityEntryStatus(input: $input) { ${ENTRY} } }`;
const PAGE = `query($council: String, $association: ID, $first: Int, $after: String) {
  solidarityEntries(council: $council, association: $association, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ENTRY} } } } }`;
interface EntriesPage<T> {
  solidarityEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: T }[];
  };
}
const ONE = `query($id: ID!) { solidarityEntry(id: $id) { ${ENTRY} } }`;
const IMPORT = `mutation($input: ImportSolidarityEntriesInput!) { importSolidarityEntries(input: $input) { imported rejected { line reason } } }`;

interface EntryResult {
  id: string;
  title: string;
  status: string;
  runBy: string;
  lastCheckedOn: string;
  checkDueOn: string;
  stale: boolean;
  viewerCanEdit: boolean;
  councilSlug: string | null;
}

const DAY_MS = 86_400_000;

describe('The solidarity information page: entries kept by partners and agents', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let agent: TestAccount;
  let partner: TestAccount;
  let otherPartner: TestAccount;
  let resident: TestAccount;
  let associationId: string;
  let otherAssociationId: string;

  /** A partner association with one member. */
  async function newPartner(name: string, member: TestAccount): Promise<string> {
    const { proposeAssociation } = await ok<{ proposeAssociation: { id: string } }>(
      api.url,
      `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`,
      { input: { name, description: 'Association du quartier.', fields: ['FOOD_AID'] } },
      member,
    );
    await ok(
      api.url,
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId: proposeAssociation.id, status: 'PARTNER' } },
      agent,
    );
    return proposeAssociation.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    partner = await newAccount(config, db.url);
    otherPartner = await newAccount(config, db.url);
    resident = await newAccount(config, db.url);
    associationId = await newPartner('Épicerie solidaire du Canal', partner);
    otherAssociationId = await newPartner('Restos du Cœur', otherPartner);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.drop();
  });

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());
  const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    dataSource().query(query, params);

  const create = async (who: TestAccount, input: Record<string, unknown>) =>
    (
      await ok<{ createSolidarityEntry: EntryResult }>(
        api.url,
        CREATE,
        { input: { title: 'Distribution alimentaire', address: '3 rue du Canal', ...input } },
        who,
      )
    ).createSolidarityEntry;

  /** The published entries, one page of up to 100 (what a test reads back). */
  const entries = async <T = EntryResult>(vars: Record<string, unknown> = {}): Promise<T[]> =>
    (await ok<EntriesPage<T>>(api.url, PAGE, { first: 100, ...vars })).solidarityEntries.edges.map(
      (e) => e.node,
    );

  it('a partner’s entry is a draft until an agent publishes it; then anyone reads it', async () => {
    const draft = await create(partner, { associationId, languages: ['français', 'arabe'] });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      runBy: 'Épicerie solidaire du Canal',
      lastCheckedOn: townDay(clock.now()),
      stale: false,
      viewerCanEdit: true,
    });
    expect(codeOf(await graphql(api.url, ONE, { id: draft.id }))).toBe('NOT_FOUND');
    expect((await entries()).map((e) => e.id)).not.toContain(draft.id);

    const byPartner = await graphql(
      api.url,
      STATUS,
      {
        input: { entryId: draft.id, status: 'PUBLISHED' },
      },
      bearer(partner),
    );
    expect(codeOf(byPartner)).toBe('FORBIDDEN');
    await ok(api.url, STATUS, { input: { entryId: draft.id, status: 'PUBLISHED' } }, agent);
    const read = await ok<{ solidarityEntry: EntryResult }>(api.url, ONE, { id: draft.id });
    expect(read.solidarityEntry).toMatchObject({ status: 'PUBLISHED', viewerCanEdit: false });
    expect((await entries()).map((e) => e.id)).toContain(draft.id);
  });

  it('partners edit their own entries only; agents edit all; every change is audited', async () => {
    const entry = await create(partner, { associationId, title: 'Permanence alimentaire' });
    const refused = await graphql(
      api.url,
      UPDATE,
      { input: { entryId: entry.id, associationId, title: 'Repris par un autre' } },
      bearer(otherPartner),
    );
    // Another partner does not even see the draft.
    expect(codeOf(refused)).toBe('NOT_FOUND');
    await ok(api.url, STATUS, { input: { entryId: entry.id, status: 'PUBLISHED' } }, agent);
    const published = await graphql(
      api.url,
      UPDATE,
      { input: { entryId: entry.id, associationId: otherAssociationId, title: 'Repris' } },
      bearer(otherPartner),
    );
    expect(codeOf(published)).toBe('FORBIDDEN');
    expect(reasonOf(published)).toBe('NOT_YOUR_ENTRY');
    const resident_ = await graphql(
      api.url,
      UPDATE,
      { input: { entryId: entry.id, associationId, title: 'x y' } },
      bearer(resident),
    );
    expect(codeOf(resident_)).toBe('FORBIDDEN');
    const handOver = await graphql(
      api.url,
      UPDATE,
      { input: { entryId: entry.id, associationId: otherAssociationId, title: 'x y' } },
      bearer(partner),
    );
    expect(codeOf(handOver)).toBe('FORBIDDEN');
    expect(reasonOf(handOver)).toBe('NOT_ACTING_FOR_ASSOCIATION');

    const byPartner = await ok<{ updateSolidarityEntry: EntryResult }>(
      api.url,
      UPDATE,
      {
        input: {
          entryId: entry.id,
          associationId,
          title: 'Permanence alimentaire du mardi',
          hours: 'Mardi 14 h – 17 h',
        },
      },
      partner,
    );
    expect(byPartner.updateSolidarityEntry).toMatchObject({
      title: 'Permanence alimentaire du mardi',
      status: 'PUBLISHED',
    });
    await ok(
      api.url,
      UPDATE,
      { input: { entryId: entry.id, associationId, title: 'Permanence alimentaire (mardi)' } },
      agent,
    );
    const badLink = await graphql(
      api.url,
      UPDATE,
      {
        input: {
          entryId: entry.id,
          associationId,
          title: 'x y',
          soliguideUrl: 'https://example.fr/x',
        },
      },
      bearer(partner),
    );
    expect(fieldsOf(badLink)).toContain('input.soliguideUrl');
    const trail = await sql<{ action: string; actor_id: string; after: Record<string, unknown> }>(
      `SELECT action, actor_id, after FROM audit_log WHERE object_type = 'solidarity_entry' AND object_id = $1 ORDER BY id`,
      [entry.id],
    );
    expect(trail.map((t) => [t.action, t.actor_id])).toEqual([
      ['solidarity-entry.created', partner.id],
      ['solidarity-entry.published', agent.id],
      ['solidarity-entry.updated', partner.id],
      ['solidarity-entry.updated', agent.id],
    ]);
    expect(trail[2].after).toMatchObject({
      title: 'Permanence alimentaire du mardi',
      hours: 'Mardi 14 h – 17 h',
    });
    // The publication is a public act; the drafts and edits stay private.
    const publicTrail = await graphql<{
      auditLog: { edges: { node: { public: boolean; action: string | null } }[] };
    }>(
      api.url,
      `
        query ($filter: AuditLogFilterInput) {
          auditLog(first: 50, filter: $filter) {
            edges {
              node {
                public
                action
              }
            }
          }
        }
      `,
      { filter: { objectId: entry.id } },
    );
    expect(
      publicTrail.data!.auditLog.edges.filter((e) => e.node.public).map((e) => e.node.action),
    ).toEqual(['solidarity-entry.published']);
  });

  it('flags an entry not checked for 90 days, reminds its association and the agents once per stage', async () => {
    const entry = await create(agent, {
      associationId,
      title: 'Vestiaire solidaire',
      publish: true,
    });
    const staleFlag = async () =>
      (await ok<{ solidarityEntry: EntryResult }>(api.url, ONE, { id: entry.id })).solidarityEntry
        .stale;
    const reminders = async () =>
      sql<{ stage: string }>(
        `SELECT payload->>'stage' AS stage FROM outbox_event WHERE type = 'solidarity.check-due' AND payload->'entryIds' ? $1 AND payload->>'associationId' IS NULL ORDER BY id`,
        [entry.id],
      );
    const run = () => worker.get(SolidarityChecksTask).run();

    clock.travel(81 * DAY_MS);
    await run();
    expect(await reminders()).toEqual([]);
    expect(await staleFlag()).toBe(false);

    clock.travel(1 * DAY_MS); // 82 days: its last fresh day (89) is in 7 days
    await run();
    await run();
    expect((await reminders()).map((r) => r.stage)).toEqual(['DUE_IN_7_DAYS']);

    clock.travel(8 * DAY_MS); // 90 days: stale
    expect(await staleFlag()).toBe(true);
    await run();
    await run();
    expect((await reminders()).map((r) => r.stage)).toEqual(['DUE_IN_7_DAYS', 'OVERDUE']);
    const notified = await eventually(async () => {
      const rows = await sql<{ account_id: string; title: string; link: string }>(
        `SELECT account_id, title, link FROM notification WHERE event_type = 'solidarity.check-due' AND body LIKE '%Vestiaire solidaire%' AND title LIKE '%90 jours%'`,
      );
      return rows.length >= 2 ? rows : undefined;
    });
    expect(notified.map((n) => n.account_id)).toEqual(
      expect.arrayContaining([partner.id, agent.id]),
    );
    expect(notified.map((n) => n.account_id)).not.toContain(otherPartner.id);
    // The entries of the file reaching the stage in the same run come in one notice per audience:
    // the entry's own page when it is alone, else the list of the agents' or the association's.
    for (const n of notified)
      expect(n.link).toMatch(
        new RegExp(
          `(/solidarite/fiches/${entry.id}|/mairie/solidarite|/associations/${associationId})$`,
        ),
      );

    // Checked again by its association: no longer stale, and its stages start afresh.
    const confirmed = await ok<{ confirmSolidarityEntry: EntryResult }>(
      api.url,
      CONFIRM,
      { id: entry.id },
      partner,
    );
    expect(confirmed.confirmSolidarityEntry).toMatchObject({
      stale: false,
      lastCheckedOn: townDay(clock.now()),
      checkDueOn: addDays(townDay(clock.now()), 90),
    });
    clock.travel(90 * DAY_MS);
    await run();
    expect((await reminders()).map((r) => r.stage)).toEqual([
      'DUE_IN_7_DAYS',
      'OVERDUE',
      'OVERDUE',
    ]);
  });

  it('groups a run’s reminders: one notice per agent for an old import, none to a suspended partner', async () => {
    const member = await newAccount(config, db.url);
    const suspendedId = await newPartner('Vestiaire des Glycines', member);
    const lines = Array.from(
      { length: 30 },
      (_, i) => `Permanence groupée ${i};Secours populaire;${addDays(townDay(clock.now()), -100)}`,
    );
    const imported = await ok<{ importSolidarityEntries: { imported: number } }>(
      api.url,
      IMPORT,
      { input: { csv: ['Nom;Organisation;Mise à jour', ...lines].join('\n'), publish: true } },
      agent,
    );
    expect(imported.importSolidarityEntries.imported).toBe(30);
    const ownEntry = await create(member, {
      associationId: suspendedId,
      title: 'Vestiaire groupé des Glycines',
    });
    await ok(api.url, STATUS, { input: { entryId: ownEntry.id, status: 'PUBLISHED' } }, agent);
    await sql(`UPDATE solidarity_entry SET last_checked_on = last_checked_on - 100 WHERE id = $1`, [
      ownEntry.id,
    ]);
    await ok(
      api.url,
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId: suspendedId, status: 'SUSPENDED', reason: 'Statuts à jour ?' } },
      agent,
    );

    await worker.get(SolidarityChecksTask).run();
    await worker.get(SolidarityChecksTask).run();
    const events = await sql<{ association_id: string | null; n: number }>(
      `SELECT payload->>'associationId' AS association_id, jsonb_array_length(payload->'entryIds')::int AS n
         FROM outbox_event WHERE type = 'solidarity.check-due' AND payload->>'stage' = 'OVERDUE'
          AND payload->'entryIds' ? $1`,
      [ownEntry.id],
    );
    // One event for the agents with the 31 entries; none for the suspended association.
    expect(events).toEqual([{ association_id: null, n: 31 }]);
    const notices = await eventually(async () => {
      const rows = await sql<{ account_id: string; title: string; body: string; link: string }>(
        `SELECT account_id, title, body, link FROM notification WHERE event_type = 'solidarity.check-due' AND body LIKE '%Permanence groupée%'`,
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(notices.filter((n) => n.account_id === agent.id)).toHaveLength(1);
    expect(notices.map((n) => n.account_id)).not.toContain(member.id);
    const [mine] = notices.filter((n) => n.account_id === agent.id);
    expect(mine.title).toBe('31 fiches solidarité à vérifier\u00a0: non vérifiées depuis 90 jours');
    expect(mine.body).toContain('et 21 autres');
    expect(mine.link).toMatch(/\/mairie\/solidarite$/);
  });

  it('per council: a council’s page shows its neighbourhood’s entries and the town-wide ones', async () => {
    const { createCouncil } = await ok<{ createCouncil: { id: string; slug: string } }>(
      api.url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id slug } }`,
      {
        input: {
          name: 'Conseil des Tilleuls',
          slug: 'tilleuls-solidarite',
          neighbourhood: 'Tilleuls',
          perimeterDescription: 'Autour du parc',
        },
      },
      agent,
    );
    const local = await create(agent, {
      operatorName: 'CCAS',
      title: 'Aide au logement des Tilleuls',
      councilId: createCouncil.id,
      publish: true,
    });
    const town = await create(agent, {
      operatorName: 'CCAS',
      title: 'Accueil du CCAS',
      publish: true,
    });
    // An accented title: in the database's byte order it would come after every "Z".
    await create(agent, {
      operatorName: 'CCAS',
      title: 'Épicerie sociale des Tilleuls',
      publish: true,
    });
    const page = await entries({ council: 'tilleuls-solidarite' });
    const ids = page.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([local.id, town.id]));
    expect(await entries({ council: 'nulle-part' })).toEqual([]);

    // A page at a time, in French order of titles ("Épicerie" before "Vestiaire"): two by two,
    // the pages hold the same entries as one long page, each once, and say how many in all.
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { solidarityEntries: two }: EntriesPage<EntryResult> = await ok<
        EntriesPage<EntryResult>
      >(api.url, PAGE, { council: 'tilleuls-solidarite', first: 2, after });
      expect(two.totalCount).toBe(page.length);
      expect(two.edges.length).toBeLessThanOrEqual(2);
      walked.push(...two.edges.map((e) => e.node.id));
      if (!two.pageInfo.hasNextPage) break;
      after = two.pageInfo.endCursor;
    }
    expect(walked).toEqual(ids);
    expect(page.length).toBeGreaterThan(2);
    const titles = page.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
    const badCursor = await graphql(api.url, PAGE, { after: 'pas-un-curseur' });
    expect(fieldsOf(badCursor)).toEqual(['after']);
    // One association's entries: what its page lists.
    const theirs = await entries<EntryResult & { associationId: string | null }>({
      association: associationId,
    });
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e) => e.associationId === associationId)).toBe(true);
    expect(await entries({ association: 'pas-un-identifiant' })).toEqual([]);
    // A council that does not exist is refused on its field, by the form as by an import.
    const nowhere = '00000000-0000-4000-8000-000000000000';
    const unknown = await graphql(
      api.url,
      CREATE,
      { input: { title: 'Un service', operatorName: 'CCAS', councilId: nowhere } },
      bearer(agent),
    );
    expect(fieldsOf(unknown)).toEqual(['input.councilId']);
    const imported = await graphql(
      api.url,
      IMPORT,
      { input: { csv: 'Nom\nUn service\n', councilId: nowhere } },
      bearer(agent),
    );
    expect(fieldsOf(imported)).toEqual(['input.councilId']);
    // A resident cannot name a public service as operator: that is the town hall's.
    const byPartner = await graphql(
      api.url,
      CREATE,
      { input: { title: 'Mon service', operatorName: 'CCAS' } },
      bearer(partner),
    );
    expect(fieldsOf(byPartner)).toContain('input.operatorName');
  });

  it('imports a Soliguide export or any mapped CSV, and reports the rejected lines', async () => {
    const soliguide = [
      'Nom;Organisation;Adresse;Horaires;Langues;Lien Soliguide;Mise à jour',
      'Petits déjeuners;Restos du Cœur;5 place de la Gare;Tous les jours 8 h – 10 h;français, anglais;https://soliguide.fr/fr/fiche/petits-dej-1;02/10/2026',
      ';Restos du Cœur;sans nom;;;;',
      'Douches;Secours populaire;1 rue Haute;Lundi;;https://example.fr/douches;',
      'Bagagerie;Secours populaire;1 rue Haute;Lundi;;;',
    ].join('\n');
    const report = await ok<{
      importSolidarityEntries: { imported: number; rejected: { line: number; reason: string }[] };
    }>(api.url, IMPORT, { input: { csv: soliguide, publish: true } }, agent);
    expect(report.importSolidarityEntries).toEqual({
      imported: 2,
      rejected: [
        { line: 3, reason: 'le nom du service manque' },
        { line: 4, reason: 'le lien Soliguide n’est pas une adresse https://soliguide.fr/…' },
      ],
    });
    const page = await entries<EntryResult & { associationId: string | null }>();
    const breakfast = page.find((e) => e.title === 'Petits déjeuners')!;
    // Its operator's name is a partner's: the partner runs it (and its members keep it).
    expect(breakfast).toMatchObject({ associationId: otherAssociationId, runBy: 'Restos du Cœur' });
    expect(page.find((e) => e.title === 'Bagagerie')).toMatchObject({
      associationId: null,
      runBy: 'Secours populaire',
    });

    const mapped = await ok<{ importSolidarityEntries: { imported: number } }>(
      api.url,
      IMPORT,
      {
        input: {
          csv: 'service,structure,lieu\nÉcrivain public,Maison des services,Mairie annexe\n',
          mapping: [
            { column: 'title', header: 'service' },
            { column: 'operatorName', header: 'structure' },
            { column: 'address', header: 'lieu' },
          ],
        },
      },
      agent,
    );
    expect(mapped.importSolidarityEntries.imported).toBe(1);
    const missing = await graphql(
      api.url,
      IMPORT,
      { input: { csv: 'a,b\n1,2\n', mapping: [{ column: 'title', header: 'service' }] } },
      bearer(agent),
    );
    expect(fieldsOf(missing)).toContain('input.mapping');
  });

  it('reads every line of a long file, and refuses one over the limit whole (never in part)', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM solidarity_entry`);
    // 2,000 lines without a service name: every one is read and reported, the last one too.
    const lines = (count: number): string =>
      ['Nom;Organisation', ...Array.from({ length: count }, (_, i) => `;Organisme ${i}`)].join(
        '\n',
      );
    const atLimit = await ok<{
      importSolidarityEntries: { imported: number; rejected: { line: number }[] };
    }>(api.url, IMPORT, { input: { csv: lines(2000) } }, agent);
    expect(atLimit.importSolidarityEntries.imported).toBe(0);
    expect(atLimit.importSolidarityEntries.rejected).toHaveLength(2000);
    expect(atLimit.importSolidarityEntries.rejected.at(-1)).toMatchObject({ line: 2001 });

    // One line more (valid ones this time): the file is refused, and nothing of it is kept.
    const over = [
      'Nom;Organisation',
      ...Array.from({ length: 2001 }, (_, i) => `Service ${i};CCAS`),
    ];
    const refused = await graphql(
      api.url,
      IMPORT,
      { input: { csv: over.join('\n') } },
      bearer(agent),
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(reasonOf(refused)).toBe('IMPORT_TOO_LARGE');
    expect(fieldsOf(refused)).toContain('input.csv');
    expect(refused.errors?.[0]?.message).toMatch(/2\s001 lignes, au plus 2\s000 par import/);
    const after = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM solidarity_entry`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('imports a Soliguide export over 100 kB; a given mapping adds to Soliguide’s headers', async () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) =>
        `Permanence ${i};Secours populaire;${i} avenue de la République;Du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h, sauf jours fériés;${'Accueil inconditionnel, sans rendez-vous. '.repeat(4)}`,
    );
    const csv = ['Nom;Organisation;Adresse;Horaires;Description', ...lines].join('\n');
    expect(csv.length).toBeGreaterThan(100_000);
    const big = await ok<{ importSolidarityEntries: { imported: number; rejected: unknown[] } }>(
      api.url,
      IMPORT,
      { input: { csv } },
      agent,
    );
    expect(big.importSolidarityEntries).toEqual({ imported: 400, rejected: [] });

    // Only the operator's header is mapped: the Soliguide ones (Nom, Adresse) still fill theirs.
    const merged = await ok<{ importSolidarityEntries: { imported: number } }>(
      api.url,
      IMPORT,
      {
        input: {
          csv: 'Nom;Adresse;structure\nBoutique solidaire;8 rue des Lilas;Emmaüs\n',
          mapping: [{ column: 'operatorName', header: 'structure' }],
        },
      },
      agent,
    );
    expect(merged.importSolidarityEntries.imported).toBe(1);
    const [row] = await sql<{ address: string; operator_name: string }>(
      `SELECT address, operator_name FROM solidarity_entry WHERE title = 'Boutique solidaire'`,
    );
    expect(row).toEqual({ address: '8 rue des Lilas', operator_name: 'Emmaüs' });
  });

  it('caps imported cells as the form does, and refuses a name of spaces in both', async () => {
    const report = await ok<{
      importSolidarityEntries: { imported: number; rejected: { line: number; reason: string }[] };
    }>(
      api.url,
      IMPORT,
      {
        input: {
          csv: [
            'Nom;Organisation;Adresse;Tarif',
            `Colis;CCAS;${'x'.repeat(501)};`,
            `   ;CCAS;1 rue Haute;`,
            `Colis;CCAS;1 rue Haute;${'gratuit '.repeat(20)}`,
          ].join('\n'),
        },
      },
      agent,
    );
    expect(report.importSolidarityEntries).toEqual({
      imported: 0,
      rejected: [
        { line: 2, reason: 'l’adresse dépasse 500 caractères' },
        { line: 3, reason: 'le nom du service manque' },
        { line: 4, reason: 'le tarif dépasse 100 caractères' },
      ],
    });
    const spaces = await graphql(
      api.url,
      CREATE,
      { input: { title: '     ', operatorName: 'CCAS' } },
      bearer(agent),
    );
    expect(fieldsOf(spaces)).toContain('input.title');
  });

  it('publishes the published entries in open data, CSV and JSON', async () => {
    const json = (await (await fetch(`${api.url}/open-data/solidarity-services.json`)).json()) as {
      title: string;
      run_by: string;
      stale: boolean;
    }[];
    expect(json.map((r) => r.title)).toContain('Petits déjeuners');
    expect(json.map((r) => r.title)).not.toContain('Écrivain public'); // a draft
    const csv = await (await fetch(`${api.url}/open-data/solidarity-services.csv`)).text();
    expect(csv.split('\n')[0]).toContain('run_by');
    expect(csv).toContain('Petits déjeuners');
    // The printable half page (A5) for the municipal magazine.
    const pdf = await fetch(
      `${api.url}/open-data/solidarity-services.pdf?council=tilleuls-solidarite`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 419.53 595.28]');
  });

  it('tells the agents of a partner’s new draft and of its change to a published entry', async () => {
    const draft = await create(partner, { associationId, title: 'Cours de français' });
    const changes = async () =>
      sql<{ change: string }>(
        `SELECT payload->>'change' AS change FROM outbox_event WHERE type = 'solidarity.entry-changed' AND payload->>'entryId' = $1 ORDER BY id`,
        [draft.id],
      );
    expect((await changes()).map((c) => c.change)).toEqual(['SUBMITTED']);
    await ok(api.url, STATUS, { input: { entryId: draft.id, status: 'PUBLISHED' } }, agent);
    // The agent's own change tells nobody; the partner's change of the published entry does.
    await ok(
      api.url,
      UPDATE,
      { input: { entryId: draft.id, associationId, title: 'Cours de français', hours: 'Lundi' } },
      agent,
    );
    await ok(
      api.url,
      UPDATE,
      { input: { entryId: draft.id, associationId, title: 'Cours de français', hours: 'Mardi' } },
      partner,
    );
    expect((await changes()).map((c) => c.change)).toEqual(['SUBMITTED', 'EDITED']);
    const notices = await eventually(async () => {
      const rows = await sql<{ account_id: string; title: string; link: string }>(
        `SELECT account_id, title, link FROM notification WHERE event_type = 'solidarity.entry-changed' AND link LIKE $1 ORDER BY id`,
        [`%/solidarite/fiches/${draft.id}`],
      );
      return rows.filter((r) => r.account_id === agent.id).length >= 2 ? rows : undefined;
    });
    expect(notices.map((n) => n.account_id)).not.toContain(partner.id);
    // Two events fanned out independently: in either order.
    const titles = notices.filter((n) => n.account_id === agent.id).map((n) => n.title);
    expect(titles).toHaveLength(2);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Fiche solidarité à relire\u00a0: Cours de français',
        'Fiche solidarité modifiée par Épicerie solidaire du Canal\u00a0: Cours de français',
      ]),
    );
  });

  it('exports the entries a person created or checked, and unlinks them on erasure', async () => {
    const person = await newAccount(config, db.url);
    const id = await newPartner('Santé solidaire', person);
    await create(person, { associationId: id, title: 'Consultations sans rendez-vous' });
    const exported = await ok<{ exportMyData: Record<string, unknown> }>(
      api.url,
      `query { exportMyData }`,
      {},
      person,
    );
    expect(JSON.stringify(exported.exportMyData)).toContain('Consultations sans rendez-vous');
    await ok(api.url, `mutation { deleteMyAccount(password: "${person.password}") }`, {}, person);
    const rows = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM solidarity_entry WHERE created_by = $1 OR last_checked_by = $1`,
      [person.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
