import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import { ok } from './support/meeting-fixtures';
import {
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

const FIELDS = `id name description fields contactEmail website status statusReason approvedAt viewerIsMember
  members { accountId displayName } seats { councilSlug accountId displayName }`;
const PROPOSE = `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAssociationInput!) { updateAssociation(input: $input) { ${FIELDS} } }`;
const ADD = `mutation($input: AssociationMemberInput!) { addAssociationMember(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($input: AssociationMemberInput!) { removeAssociationMember(input: $input) { ${FIELDS} } }`;
const SEAT = `mutation($input: SeatAssociationInput!) { seatAssociationInCouncil(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { association(id: $id) { ${FIELDS} } }`;
const LIST = `query($status: AssociationStatus, $field: AssociationField, $first: Int, $after: String) {
  associations(status: $status, field: $field, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name status } } } }`;
type ListResult = {
  associations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; status: string } }[];
  };
};
/** The ids a list answered (one page). */
const idsOf = (r: { data?: ListResult | null }) => r.data!.associations.edges.map((e) => e.node.id);

interface AssociationResult {
  id: string;
  name: string;
  status: string;
  statusReason: string | null;
  viewerIsMember: boolean;
  members: { accountId: string }[];
  seats: { councilSlug: string; accountId: string }[];
}

const epicerie = {
  name: 'Épicerie solidaire du Canal',
  description: 'Une épicerie à petits prix pour les familles du quartier.',
  fields: ['FOOD_AID'],
  contactEmail: 'contact@epicerie-canal.example.fr',
};

describe('Partner associations: proposed, approved by agents, members act on their behalf', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let agent: TestAccount;
  let founder: TestAccount;
  let stranger: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    founder = await newAccount(config, db.url);
    stranger = await newAccount(config, db.url);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.drop();
  });

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());
  const auditActions = async (id: string) =>
    (
      await dataSource().query(
        `SELECT action FROM audit_log WHERE object_type = 'association' AND object_id = $1 ORDER BY id`,
        [id],
      )
    ).map((r: { action: string }) => r.action);

  const propose = async (who: TestAccount, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ proposeAssociation: AssociationResult }>(
        api.url,
        PROPOSE,
        { input: { ...epicerie, ...extra } },
        who,
      )
    ).proposeAssociation;

  it('a proposal is PENDING, its proposer its first member, hidden from the public until approved', async () => {
    const proposed = await propose(founder);
    expect(proposed).toMatchObject({ status: 'PENDING', viewerIsMember: true });
    expect(proposed.members.map((m) => m.accountId)).toEqual([founder.id]);

    const anonymous = await graphql(api.url, ONE, { id: proposed.id });
    expect(codeOf(anonymous)).toBe('NOT_FOUND');
    const list = await graphql<ListResult>(api.url, LIST, { first: 100 });
    expect(idsOf(list)).not.toContain(proposed.id);
    const pending = await graphql<ListResult>(
      api.url,
      LIST,
      { status: 'PENDING', first: 100 },
      bearer(agent),
    );
    expect(idsOf(pending)).toContain(proposed.id);

    const approved = (
      await ok<{ decideOnAssociation: AssociationResult }>(
        api.url,
        DECIDE,
        { input: { associationId: proposed.id, status: 'PARTNER' } },
        agent,
      )
    ).decideOnAssociation;
    expect(approved.status).toBe('PARTNER');
    const read = await ok<{ association: AssociationResult }>(api.url, ONE, { id: proposed.id });
    // The public sees the partner, not who acts for it.
    expect(read.association).toMatchObject({ status: 'PARTNER', members: [] });
    const byField = await graphql<ListResult>(api.url, LIST, { field: 'FOOD_AID', first: 100 });
    expect(idsOf(byField)).toContain(proposed.id);
    const otherField = await graphql<ListResult>(api.url, LIST, { field: 'HOUSING', first: 100 });
    expect(idsOf(otherField)).not.toContain(proposed.id);
    expect(await auditActions(proposed.id)).toEqual([
      'association.proposed',
      'association.approved',
    ]);
  });

  it('agents decide by the status rules; declining or suspending wants a reason, told to members only', async () => {
    const proposed = await propose(founder, { name: 'Toit pour tous' });
    const decide = (status: string, reason?: string) =>
      graphql<{ decideOnAssociation: AssociationResult }>(
        api.url,
        DECIDE,
        { input: { associationId: proposed.id, status, reason } },
        bearer(agent),
      );
    expect(fieldsOf(await decide('DECLINED'))).toContain('input.reason');
    expect((await decide('DECLINED', 'Hors du territoire de la commune')).errors).toBeUndefined();
    const seen = await ok<{ association: AssociationResult }>(
      api.url,
      ONE,
      { id: proposed.id },
      founder,
    );
    expect(seen.association).toMatchObject({
      status: 'DECLINED',
      statusReason: 'Hors du territoire de la commune',
    });
    expect(codeOf(await graphql(api.url, ONE, { id: proposed.id }, bearer(stranger)))).toBe(
      'NOT_FOUND',
    );
    expect((await decide('PARTNER')).errors).toBeUndefined();
    const again = await decide('PARTNER');
    expect(codeOf(again)).toBe('PRECONDITION_FAILED');
    expect(reasonOf(again)).toBe('ASSOCIATION_STATUS_UNCHANGEABLE');
    const residentDecides = await graphql(
      api.url,
      DECIDE,
      { input: { associationId: proposed.id, status: 'SUSPENDED', reason: 'x' } },
      bearer(founder),
    );
    expect(codeOf(residentDecides)).toBe('FORBIDDEN');
  });

  it('the town hall’s decisions are public in the audit log; a refusal’s reason is not', async () => {
    const proposed = await propose(founder, { name: 'Logement d’abord' });
    await ok(
      api.url,
      DECIDE,
      { input: { associationId: proposed.id, status: 'DECLINED', reason: 'Dossier incomplet' } },
      agent,
    );
    await ok(api.url, DECIDE, { input: { associationId: proposed.id, status: 'PARTNER' } }, agent);
    const AUDIT = `query($filter: AuditLogFilterInput) { auditLog(first: 50, filter: $filter) {
      edges { node { public action after } } } }`;
    type Audit = {
      auditLog: { edges: { node: { public: boolean; action: string | null; after: unknown } }[] };
    };
    const anonymous = await graphql<Audit>(api.url, AUDIT, { filter: { objectId: proposed.id } });
    const seen = anonymous.data!.auditLog.edges.map((e) => e.node).filter((n) => n.public);
    // Newest first.
    expect(seen.map((n) => [n.action, n.after])).toEqual([
      ['association.approved', { status: 'PARTNER' }],
      ['association.declined', { status: 'DECLINED' }],
    ]);
    expect(JSON.stringify(anonymous.data)).not.toContain('Dossier incomplet');
    // Agents read the reason, in its private entry.
    const full = await graphql<Audit>(
      api.url,
      AUDIT,
      { filter: { objectId: proposed.id, action: 'association.decision-reason' } },
      bearer(agent),
    );
    expect(full.data!.auditLog.edges.map((e) => e.node.after)).toEqual([
      { status: 'DECLINED', reason: 'Dossier incomplet' },
    ]);
  });

  it('members update it and add or remove members; others cannot', async () => {
    const proposed = await propose(founder, { name: 'Accès aux droits Nord' });
    const colleague = await newAccount(config, db.url);
    const refused = await graphql(
      api.url,
      ADD,
      { input: { associationId: proposed.id, accountId: stranger.id } },
      bearer(stranger),
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const added = await ok<{ addAssociationMember: AssociationResult }>(
      api.url,
      ADD,
      { input: { associationId: proposed.id, accountId: colleague.id } },
      founder,
    );
    expect(added.addAssociationMember.members.map((m) => m.accountId).sort()).toEqual(
      [founder.id, colleague.id].sort(),
    );
    const twice = await graphql(
      api.url,
      ADD,
      { input: { associationId: proposed.id, accountId: colleague.id } },
      bearer(agent),
    );
    expect(reasonOf(twice)).toBe('ALREADY_ASSOCIATION_MEMBER');

    const updated = await ok<{ updateAssociation: AssociationResult }>(
      api.url,
      UPDATE,
      {
        input: {
          ...epicerie,
          associationId: proposed.id,
          name: 'Accès aux droits Nord et Centre',
          fields: ['ACCESS_TO_RIGHTS', 'HOUSING'],
        },
      },
      colleague,
    );
    expect(updated.updateAssociation.name).toBe('Accès aux droits Nord et Centre');
    const strangerUpdates = await graphql(
      api.url,
      UPDATE,
      { input: { ...epicerie, associationId: proposed.id } },
      bearer(stranger),
    );
    expect(codeOf(strangerUpdates)).toBe('FORBIDDEN');

    await ok(
      api.url,
      REMOVE,
      { input: { associationId: proposed.id, accountId: founder.id } },
      founder,
    );
    const after = await ok<{ association: AssociationResult }>(
      api.url,
      ONE,
      { id: proposed.id },
      agent,
    );
    expect(after.association.members.map((m) => m.accountId)).toEqual([colleague.id]);
    expect(await auditActions(proposed.id)).toEqual([
      'association.proposed',
      'association.member-added',
      'association.updated',
      'association.member-removed',
    ]);
  });

  it('a member of a partner takes a seat in a council’s associations college; not for a pending one', async () => {
    const { createCouncil } = await ok<{ createCouncil: { id: string; slug: string } }>(
      api.url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id slug } }`,
      {
        input: {
          name: 'Conseil du Canal',
          slug: 'canal-assoc',
          neighbourhood: 'Canal',
          perimeterDescription: 'Le long du canal',
        },
      },
      agent,
    );
    const pending = await propose(founder, { name: 'Mobilité douce' });
    const refused = await graphql(
      api.url,
      SEAT,
      { input: { associationId: pending.id, accountId: founder.id, councilId: createCouncil.id } },
      bearer(agent),
    );
    expect(reasonOf(refused)).toBe('ASSOCIATION_NOT_PARTNER');
    await ok(api.url, DECIDE, { input: { associationId: pending.id, status: 'PARTNER' } }, agent);
    const notMember = await graphql(
      api.url,
      SEAT,
      { input: { associationId: pending.id, accountId: stranger.id, councilId: createCouncil.id } },
      bearer(agent),
    );
    expect(fieldsOf(notMember)).toContain('input.accountId');
    const seated = await ok<{ seatAssociationInCouncil: AssociationResult }>(
      api.url,
      SEAT,
      { input: { associationId: pending.id, accountId: founder.id, councilId: createCouncil.id } },
      agent,
    );
    expect(seated.seatAssociationInCouncil.seats).toEqual([
      expect.objectContaining({ councilSlug: 'canal-assoc', accountId: founder.id }),
    ]);
    const council = await ok<{
      council: { colleges: { college: string; members: { accountId: string }[] }[] };
    }>(
      api.url,
      `query { council(slug: "canal-assoc") { colleges { college members { accountId } } } }`,
      {},
    );
    const college = council.council.colleges.find((c) => c.college === 'ASSOCIATIONS')!;
    expect(college.members.map((m) => m.accountId)).toEqual([founder.id]);
  });

  it('the seat and its association are one transaction: the second write failing takes the seat back', async () => {
    const member = await newAccount(config, db.url);
    const association = await propose(member, { name: 'Vélo pour tous' });
    await ok(
      api.url,
      DECIDE,
      { input: { associationId: association.id, status: 'PARTNER' } },
      agent,
    );
    const [council] = (await dataSource().query(
      `SELECT id FROM council WHERE slug = 'canal-assoc'`,
    )) as { id: string }[];
    // The association's own write fails (as a lost connection or a constraint would), after the
    // councils lib has given the seat in the same transaction.
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`CREATE FUNCTION test_refuse_seat() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'association_seat refused by the test'; END $$`);
      await owner.query(`CREATE TRIGGER test_refuse_seat BEFORE INSERT ON association_seat
        FOR EACH ROW WHEN (NEW.account_id = '${member.id}') EXECUTE FUNCTION test_refuse_seat()`);
      const failed = await graphql(
        api.url,
        SEAT,
        { input: { associationId: association.id, accountId: member.id, councilId: council!.id } },
        bearer(agent),
      );
      expect(failed.errors).toBeDefined();
      const seats = (await dataSource().query(
        `SELECT count(*)::int AS n FROM council_membership WHERE account_id = $1`,
        [member.id],
      )) as { n: number }[];
      expect(seats[0]!.n).toBe(0); // no seat left without its association
      expect(await auditActions(association.id)).not.toContain('association.seated');
    } finally {
      await owner.query(`DROP TRIGGER IF EXISTS test_refuse_seat ON association_seat`);
      await owner.query(`DROP FUNCTION IF EXISTS test_refuse_seat()`);
      await owner.end();
    }
    // Once the write can be made, the seat is given and recorded, both.
    const seated = await ok<{ seatAssociationInCouncil: AssociationResult }>(
      api.url,
      SEAT,
      { input: { associationId: association.id, accountId: member.id, councilId: council!.id } },
      agent,
    );
    expect(seated.seatAssociationInCouncil.seats).toEqual([
      expect.objectContaining({ councilSlug: 'canal-assoc', accountId: member.id }),
    ]);
  });

  it('tells an added account it was added and lets it leave; a partner’s new name is told and public', async () => {
    const proposed = await propose(founder, { name: 'Jardins partagés' });
    await ok(api.url, DECIDE, { input: { associationId: proposed.id, status: 'PARTNER' } }, agent);
    const added = await newAccount(config, db.url);
    await ok(api.url, ADD, { input: { associationId: proposed.id, accountId: added.id } }, founder);
    const notice = await eventually(async () => {
      const [row] = await dataSource().query(
        `SELECT title, body, link FROM notification WHERE event_type = 'association.member-added' AND account_id = $1`,
        [added.id],
      );
      return row as { title: string; body: string; link: string } | undefined;
    });
    expect(notice.title).toBe('Vous avez été ajouté à une association\u00a0: Jardins partagés');
    expect(notice.body).toContain('quittez-la');
    expect(notice.link).toMatch(new RegExp(`/associations/${proposed.id}$`));
    // The added account leaves by itself.
    const left = await ok<{ removeAssociationMember: AssociationResult }>(
      api.url,
      REMOVE,
      { input: { associationId: proposed.id, accountId: added.id } },
      added,
    );
    expect(left.removeAssociationMember.members.map((m) => m.accountId)).not.toContain(added.id);

    // A member renames the partner: the agents hear of it, and the public audit shows it.
    await ok(
      api.url,
      UPDATE,
      {
        input: {
          associationId: proposed.id,
          name: 'Jardins et potagers partagés',
          description: 'Des jardins partagés dans le quartier.',
          fields: ['FOOD_AID'],
        },
      },
      founder,
    );
    expect(await auditActions(proposed.id)).toContain('association.partner-profile-changed');
    // Read anonymously: the public part of the audit holds it.
    const publicAudit = await ok<{ auditLog: { edges: { node: { action: string } }[] } }>(
      api.url,
      `query($filter: AuditLogFilterInput) { auditLog(filter: $filter, first: 50) { edges { node { action } } } }`,
      { filter: { objectType: 'association', objectId: proposed.id } },
    );
    expect(publicAudit.auditLog.edges.map((e) => e.node.action)).toContain(
      'association.partner-profile-changed',
    );
    const told = await eventually(async () => {
      const [row] = await dataSource().query(
        `SELECT title FROM notification WHERE event_type = 'association.partner-changed' AND account_id = $1`,
        [agent.id],
      );
      return row as { title: string } | undefined;
    });
    expect(told.title).toBe('Association partenaire modifiée\u00a0: Jardins et potagers partagés');
  });

  it('exports what it holds about a person, and erasure ends their acting for associations', async () => {
    const person = await newAccount(config, db.url);
    const helper = await newAccount(config, db.url);
    const proposed = await propose(person, { name: 'Santé pour tous' });
    await ok(api.url, DECIDE, { input: { associationId: proposed.id, status: 'PARTNER' } }, agent);
    await ok(api.url, ADD, { input: { associationId: proposed.id, accountId: helper.id } }, person);
    const { council } = await ok<{ council: { id: string } }>(
      api.url,
      `query { council(slug: "canal-assoc") { id } }`,
      {},
    );
    await ok(
      api.url,
      SEAT,
      { input: { associationId: proposed.id, accountId: person.id, councilId: council.id } },
      agent,
    );
    const exported = await ok<{
      exportMyData: {
        associations: {
          actsFor: { name: string }[];
          seatsHeld: { association: string; council: string }[];
          proposed: { name: string; status: string }[];
          membersAdded: { association: string }[];
        };
      };
    }>(api.url, `query { exportMyData }`, {}, person);
    const section = exported.exportMyData.associations;
    expect(section.actsFor.map((a) => a.name)).toContain('Santé pour tous');
    expect(section.seatsHeld).toEqual([
      expect.objectContaining({ association: 'Santé pour tous', council: 'Conseil du Canal' }),
    ]);
    expect(section.proposed).toEqual([
      expect.objectContaining({ name: 'Santé pour tous', status: 'PARTNER' }),
    ]);
    expect(section.membersAdded).toEqual([
      expect.objectContaining({ association: 'Santé pour tous' }),
    ]);
    await ok(api.url, `mutation { deleteMyAccount(password: "${person.password}") }`, {}, person);
    const rows = await dataSource().query(
      `SELECT count(*)::int AS n FROM association_member WHERE account_id = $1`,
      [person.id],
    );
    expect(rows[0].n).toBe(0);
    const association = await dataSource().query(
      `SELECT proposed_by FROM association WHERE id = $1`,
      [proposed.id],
    );
    expect(association[0].proposed_by).toBeNull();
    const added = await dataSource().query(
      `SELECT count(*)::int AS n FROM association_member WHERE added_by = $1`,
      [person.id],
    );
    expect(added[0].n).toBe(0);
  });
  it('lists a page at a time, by name: the pages hold the long list, each once, and its total', async () => {
    // French order: an accented capital among the others, not after Z.
    await propose(founder, { name: 'Zèbres du quartier' });
    await propose(founder, { name: 'Élan solidaire' });
    // Every status, as an agent sees them (the file's earlier tests made several).
    const all = (await ok<ListResult>(api.url, LIST, { first: 100 }, agent)).associations;
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(2);
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { associations: two }: ListResult = await ok<ListResult>(
        api.url,
        LIST,
        { first: 2, after },
        agent,
      );
      expect(two.totalCount).toBe(all.totalCount);
      walked.push(...two.edges.map((e) => e.node.id));
      if (!two.pageInfo.hasNextPage) break;
      after = two.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.edges.map((e) => e.node.id));
    const names = all.edges.map((e) => e.node.name);
    expect(names.indexOf('Élan solidaire')).toBeLessThan(names.indexOf('Zèbres du quartier'));
    expect(names.findIndex((n) => n.startsWith('Élan'))).toBeLessThan(
      names.findIndex((n) => /^[F-Z]/.test(n)),
    );
    // The public's total counts the partners only.
    const partners = (await ok<ListResult>(api.url, LIST, { first: 1 })).associations;
    expect(partners.totalCount).toBe(all.edges.filter((e) => e.node.status === 'PARTNER').length);
    expect(fieldsOf(await graphql(api.url, LIST, { after: 'pas-un-curseur' }))).toEqual(['after']);
  });
});
