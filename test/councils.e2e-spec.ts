import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { draw, inOffice, Term } from '@quorum/councils';
import { AppConfig, calendarDay, townDay } from '@quorum/core';
import { DataSource } from 'typeorm';
import { CouncilProbeModule } from './support/council-probe.module';
import {
  bearer,
  newAccount,
  newAgent,
  newResident,
  newVerifiedResident,
  TestAccount,
} from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
  codeOf,
  fieldsOf,
} from './support/test-env';
import { countStatements } from './support/sql-statements';

const COUNCIL_FIELDS = `id slug name neighbourhood neighbourhoodKey followersCount
  charter { version supportThreshold quorum termYears residentCoChairRequired seats { residents associations electedMajority electedOpposition } }
  colleges { college seats members { id accountId displayName role politicalGroup opposition termStart termEnd drawnByLot } }`;
const CREATE = `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { ${COUNCIL_FIELDS} } }`;
const ADD = `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { ${COUNCIL_FIELDS} } }`;

const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [2.35, 48.85],
      [2.36, 48.85],
      [2.36, 48.86],
      [2.35, 48.86],
      [2.35, 48.85],
    ],
  ],
};

type CouncilResult = {
  id: string;
  slug: string;
  name: string;
  neighbourhood: string;
  neighbourhoodKey: string;
  followersCount: number;
  charter: {
    version: number;
    supportThreshold: number;
    quorum: number | null;
    seats: Record<string, number>;
  };
  colleges: {
    college: string;
    members: { id: string; accountId: string; role: string; opposition: boolean }[];
  }[];
};

describe('Councils: charter, colleges, members, followers', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Statements are counted here as the resolvers run them: without the public read cache's
    // own (test/public-read-cache.e2e-spec.ts proves it).
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_READ_CACHE_MB: '0' });
    api = await startApi(config, [CouncilProbeModule]);
    agent = await newAgent(config, db.url);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());
  const count = async (table: string) =>
    Number((await dataSource().query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  let seq = 0;
  const create = async (extra: Record<string, unknown> = {}, as: TestAccount = agent) => {
    seq += 1;
    return graphql<{ createCouncil: CouncilResult }>(
      api.url,
      CREATE,
      {
        input: {
          name: `Conseil de quartier ${seq}`,
          slug: `quartier-${seq}`,
          neighbourhood: `Quartier ${seq}`,
          perimeterDescription: 'De la gare au canal',
          ...extra,
        },
      },
      bearer(as),
    );
  };

  it('creates a council with the charter defaults of SPEC §2, readable by anyone by slug and in the list', async () => {
    const r = await create({
      perimeterGeojson: SQUARE,
      charter: {
        seats: { residents: 4, associations: 1, electedMajority: 2, electedOpposition: 1 },
      },
    });
    expect(r.errors).toBeUndefined();
    const council = r.data!.createCouncil;
    expect(council.charter).toMatchObject({
      version: 1,
      supportThreshold: 50,
      quorum: null,
      termYears: 3,
    });
    const read = await graphql<{ council: CouncilResult }>(
      api.url,
      `query($s: String!) { council(slug: $s) { ${COUNCIL_FIELDS} } }`,
      {
        s: council.slug,
      },
    );
    expect(read.data!.council.id).toBe(council.id);
    const list = await graphql<{
      councils: { totalCount: number; edges: { node: { slug: string } }[] };
    }>(
      api.url,
      '{ councils(first: 100) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(list.data!.councils.edges.map((e) => e.node.slug)).toContain(council.slug);
  });

  it('pages the list with cursors', async () => {
    await create();
    await create();
    const page = `query($after: String) { councils(first: 1, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: {
        data?: {
          councils: {
            edges: { node: { slug: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } | null;
      } = await graphql(api.url, page, { after });
      seen.push(...r.data!.councils.edges.map((e) => e.node.slug));
      if (!r.data!.councils.pageInfo.hasNextPage) break;
      after = r.data!.councils.pageInfo.endCursor;
    }
    expect(seen.length).toBe(await count('council'));
    expect(new Set(seen).size).toBe(seen.length);
    expect(codeOf(await graphql(api.url, '{ councils(first: 101) { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await graphql(api.url, '{ councils(after: "nonsense") { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lists councils as cards in one statement, and reads their details only when asked, for the whole page at once', async () => {
    await create();
    await create();
    type Listed = { councils: { totalCount: number; edges: { node: CouncilResult }[] } };
    const names = '{ councils(first: 100) { totalCount edges { node { id name slug } } } }';
    let answer: Awaited<ReturnType<typeof graphql<Listed>>> | undefined;
    // The site's filters and home page ask only the names: no charter, members or followers read.
    expect(
      await countStatements(dataSource(), async () => {
        answer = await graphql<Listed>(api.url, names);
      }),
    ).toBe(1);
    expect(answer!.errors).toBeUndefined();
    expect(answer!.data!.councils.totalCount).toBe(await count('council'));
    // The followers' counts alone: one more statement, whatever the number of councils.
    expect(
      await countStatements(dataSource(), () =>
        graphql(api.url, '{ councils(first: 100) { edges { node { followersCount } } } }'),
      ),
    ).toBe(2);
    // Every field of the list is what the council's own page says.
    const full = await graphql<Listed>(
      api.url,
      `{ councils(first: 100) { totalCount edges { node { ${COUNCIL_FIELDS} } } } }`,
    );
    expect(full.errors).toBeUndefined();
    for (const { node } of full.data!.councils.edges) {
      const own = await graphql<{ council: CouncilResult }>(
        api.url,
        `query($s: String!) { council(slug: $s) { ${COUNCIL_FIELDS} } }`,
        { s: node.slug },
      );
      expect(node).toEqual(own.data!.council);
    }
    // Past the last council: no rows, the total still counted.
    const last = await graphql<{
      councils: { pageInfo: { endCursor: string } };
    }>(api.url, '{ councils(first: 100) { pageInfo { endCursor } } }');
    const after = await graphql<{
      councils: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(
      api.url,
      'query($a: String) { councils(after: $a) { totalCount edges { cursor } pageInfo { hasNextPage } } }',
      { a: last.data!.councils.pageInfo.endCursor },
    );
    expect(after.data!.councils).toEqual({
      totalCount: await count('council'),
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    expect(codeOf(await graphql(api.url, '{ council(slug: "nulle-part") { id } }'))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const [councils, charters, audit] = [
      await count('council'),
      await count('council_charter'),
      await count('audit_log'),
    ];
    const badGeo = await create({
      perimeterGeojson: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
    });
    expect(codeOf(badGeo)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badGeo)).toEqual(['input.perimeterGeojson']);
    const negative = await create({
      charter: {
        seats: { residents: -1, associations: 0, electedMajority: 0, electedOpposition: 0 },
      },
    });
    expect(fieldsOf(negative)).toEqual(['input.charter.seats.residents']);
    const zero = await create({ charter: { supportThreshold: 0 } });
    expect(fieldsOf(zero)).toEqual(['input.charter.supportThreshold']);
    const slug = await create({ slug: 'Pas Un Slug' });
    expect(fieldsOf(slug)).toEqual(['input.slug']);
    const noLetters = await create({ neighbourhood: ' -- ' });
    expect(fieldsOf(noLetters)).toEqual(['input.neighbourhood']);
    expect([
      await count('council'),
      await count('council_charter'),
      await count('audit_log'),
    ]).toEqual([councils, charters, audit]);
  });

  it('shows the neighbourhood as the town wrote it, and matches residents on its folded form', async () => {
    const r = await create({ neighbourhood: '  L’Île-aux-Chênes ' });
    expect(r.data!.createCouncil).toMatchObject({
      neighbourhood: 'L’Île-aux-Chênes',
      neighbourhoodKey: 'l ile aux chenes',
    });
    const { id, slug } = r.data!.createCouncil;
    const read = await graphql<{ council: CouncilResult }>(
      api.url,
      `
        query ($s: String!) {
          council(slug: $s) {
            neighbourhood
            neighbourhoodKey
          }
        }
      `,
      { s: slug },
    );
    expect(read.data!.council).toEqual({
      neighbourhood: 'L’Île-aux-Chênes',
      neighbourhoodKey: 'l ile aux chenes',
    });
    // An agent types the neighbourhood their own way; the resident still belongs to the council.
    const verify = async (neighbourhood: string) => {
      const person = await newResident(config, db.url);
      const v = await graphql<{ verifyResident: { residency: { neighbourhood: string } } }>(
        api.url,
        `
          mutation ($input: VerifyResidentInput!) {
            verifyResident(input: $input) {
              residency {
                neighbourhood
              }
            }
          }
        `,
        { input: { accountId: person.id, neighbourhood } },
        bearer(agent),
      );
      expect(v.errors).toBeUndefined();
      return { person, key: v.data!.verifyResident.residency.neighbourhood };
    };
    const volunteer = (person: TestAccount) =>
      graphql(
        api.url,
        `
          mutation ($input: VolunteerInput!) {
            volunteerForSortition(input: $input)
          }
        `,
        { input: { councilId: id, gender: 'FEMALE' } },
        bearer(person),
      );
    const resident = await verify("L'ILE AUX CHENES");
    expect(resident.key).toBe('l ile aux chenes');
    expect((await volunteer(resident.person)).errors).toBeUndefined();
    const outsider = await verify('Les Chênes');
    const refused = await volunteer(outsider.person);
    expect(refused.errors?.[0].extensions?.reason).toBe('NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD');
  });

  it('refuses creation and charter changes to residents', async () => {
    const resident = await newVerifiedResident(config, db.url);
    expect(codeOf(await create({}, resident))).toBe('FORBIDDEN');
  });

  it('versions the charter on change, audited with before and after; seats cannot drop below members', async () => {
    const council = (await create()).data!.createCouncil;
    const update = `mutation($input: UpdateCouncilCharterInput!) { updateCouncilCharter(input: $input) { charter { version supportThreshold quorum } } }`;
    const r = await graphql(
      api.url,
      update,
      { input: { councilId: council.id, charter: { supportThreshold: 30, quorum: 5 } } },
      bearer(agent),
    );
    expect(r.data).toEqual({
      updateCouncilCharter: { charter: { version: 2, supportThreshold: 30, quorum: 5 } },
    });
    const [entry] = await dataSource().query(
      `SELECT before, after FROM audit_log WHERE action = 'council.charter-updated' AND object_id = $1`,
      [council.id],
    );
    expect(entry).toEqual({
      before: { version: 1, supportThreshold: 50, quorum: null },
      after: { version: 2, supportThreshold: 30, quorum: 5 },
    });
    const versions = await dataSource().query(
      `SELECT version FROM council_charter WHERE council_id = $1 ORDER BY version`,
      [council.id],
    );
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    const member = await newResident(config, db.url);
    await graphql(
      api.url,
      ADD,
      { input: { councilId: council.id, accountId: member.id, college: 'ASSOCIATIONS' } },
      bearer(agent),
    );
    const shrink = await graphql(
      api.url,
      update,
      {
        input: {
          councilId: council.id,
          charter: {
            seats: { residents: 12, associations: 0, electedMajority: 3, electedOpposition: 2 },
          },
        },
      },
      bearer(agent),
    );
    expect(fieldsOf(shrink)).toEqual(['input.charter.seats.associations']);
  });

  it('seats members in every college with roles and groups, within the seats and the charter', async () => {
    const council = (
      await create({
        charter: {
          seats: { residents: 2, associations: 1, electedMajority: 1, electedOpposition: 1 },
        },
      })
    ).data!.createCouncil;
    const people = await Promise.all(Array.from({ length: 6 }, () => newResident(config, db.url)));
    const add = (accountId: string, college: string, extra: Record<string, unknown> = {}) =>
      graphql<{ addCouncilMember: CouncilResult }>(
        api.url,
        ADD,
        { input: { councilId: council.id, accountId, college, ...extra } },
        bearer(agent),
      );

    expect(
      (
        await add(people[0].id, 'ELECTED_MAJORITY', {
          role: 'CHAIR',
          politicalGroup: 'Ensemble pour la ville',
        })
      ).errors,
    ).toBeUndefined();
    // The charter reserves the co-chair to the residents' college.
    const coChair = await add(people[1].id, 'ELECTED_OPPOSITION', {
      role: 'CO_CHAIR',
      politicalGroup: 'Agir autrement',
    });
    expect(fieldsOf(coChair)).toEqual(['input.role']);
    expect((await add(people[1].id, 'RESIDENTS', { role: 'CO_CHAIR' })).errors).toBeUndefined();
    expect(fieldsOf(await add(people[2].id, 'ELECTED_OPPOSITION'))).toEqual([
      'input.politicalGroup',
    ]);
    const opposition = await add(people[2].id, 'ELECTED_OPPOSITION', {
      politicalGroup: 'Agir autrement',
    });
    expect(opposition.errors).toBeUndefined();
    expect((await add(people[3].id, 'ASSOCIATIONS', { role: 'SECRETARY' })).errors).toBeUndefined();

    const full = await add(people[4].id, 'ASSOCIATIONS');
    expect(codeOf(full)).toBe('PRECONDITION_FAILED');
    expect(codeOf(await add(people[0].id, 'RESIDENTS'))).toBe('CONFLICT');
    expect(codeOf(await add(people[4].id, 'RESIDENTS', { role: 'CHAIR' }))).toBe('CONFLICT');
    expect(fieldsOf(await add(people[5].id, 'RESIDENTS', { termStart: '2026-02-30' }))).toEqual([
      'input.termStart',
    ]);
    expect(fieldsOf(await add('00000000-0000-4000-8000-000000000000', 'RESIDENTS'))).toEqual([
      'input.accountId',
    ]);

    const read = await graphql<{ council: CouncilResult }>(
      api.url,
      `query($s: String!) { council(slug: $s) { ${COUNCIL_FIELDS} } }`,
      { s: council.slug },
    );
    const colleges = Object.fromEntries(
      read.data!.council.colleges.map((c) => [c.college, c.members]),
    );
    expect(colleges.ELECTED_MAJORITY[0]).toMatchObject({ role: 'CHAIR', opposition: false });
    expect(colleges.ELECTED_OPPOSITION[0]).toMatchObject({ opposition: true });
    expect(colleges.RESIDENTS[0]).toMatchObject({ role: 'CO_CHAIR' });
    expect(colleges.ASSOCIATIONS[0]).toMatchObject({ role: 'SECRETARY' });
  });

  it('ends a membership: by an agent, or by the member; not by someone else', async () => {
    const council = (await create()).data!.createCouncil;
    const [member, other] = await Promise.all([
      newResident(config, db.url),
      newResident(config, db.url),
    ]);
    const added = await graphql<{ addCouncilMember: CouncilResult }>(
      api.url,
      ADD,
      { input: { councilId: council.id, accountId: member.id, college: 'ASSOCIATIONS' } },
      bearer(agent),
    );
    const membershipId = added.data!.addCouncilMember.colleges.find(
      (c) => c.college === 'ASSOCIATIONS',
    )!.members[0].id;
    const end = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { colleges { college members { id } } } }`;
    const input = { membershipId, reason: 'Déménagement' };
    expect(codeOf(await graphql(api.url, end, { input }, bearer(other)))).toBe('FORBIDDEN');
    const ended = await graphql<{ endMembership: CouncilResult }>(
      api.url,
      end,
      { input },
      bearer(member),
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endMembership.colleges.flatMap((c) => c.members)).toEqual([]);
    expect(codeOf(await graphql(api.url, end, { input }, bearer(agent)))).toBe('NOT_FOUND');
  });

  it('tells the signed-in person the seats they hold today (mySeats), and no one else’s', async () => {
    const [first, second] = [
      (await create()).data!.createCouncil,
      (await create()).data!.createCouncil,
    ];
    const [member, stranger] = await Promise.all([
      newResident(config, db.url),
      newResident(config, db.url),
    ]);
    for (const [council, college] of [
      [first, 'ASSOCIATIONS'],
      [second, 'RESIDENTS'],
    ] as const)
      expect(
        (
          await graphql(
            api.url,
            ADD,
            { input: { councilId: council.id, accountId: member.id, college } },
            bearer(agent),
          )
        ).errors,
      ).toBeUndefined();
    const SEATS = `{ mySeats { councilId councilSlug councilName college role politicalGroup termStart termEnd } }`;
    const mine = await graphql<{ mySeats: { councilId: string; college: string }[] }>(
      api.url,
      SEATS,
      {},
      bearer(member),
    );
    expect(mine.errors).toBeUndefined();
    const byCouncil = (a: { councilId: string }, b: { councilId: string }) =>
      a.councilId.localeCompare(b.councilId);
    expect([...mine.data!.mySeats].sort(byCouncil)).toEqual(
      [first, second]
        .map((council, i) => ({
          councilId: council.id,
          councilSlug: council.slug,
          councilName: council.name,
          college: i === 0 ? 'ASSOCIATIONS' : 'RESIDENTS',
          role: 'MEMBER',
          politicalGroup: null,
          termStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          termEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        }))
        .sort(byCouncil),
    );
    expect((await graphql(api.url, SEATS, {}, bearer(stranger))).data).toEqual({ mySeats: [] });
    expect(codeOf(await graphql(api.url, SEATS))).toBe('UNAUTHENTICATED');
  });

  it('lets residents follow and unfollow, counting followers; an unverified address cannot', async () => {
    const council = (await create()).data!.createCouncil;
    const follow = `mutation($id: ID!) { followCouncil(councilId: $id) { following followersCount } }`;
    const unfollow = `mutation($id: ID!) { unfollowCouncil(councilId: $id) { following followersCount } }`;
    const [a, b] = await Promise.all([newResident(config, db.url), newResident(config, db.url)]);
    expect((await graphql(api.url, follow, { id: council.id }, bearer(a))).data).toEqual({
      followCouncil: { following: true, followersCount: 1 },
    });
    expect((await graphql(api.url, follow, { id: council.id }, bearer(a))).data).toEqual({
      followCouncil: { following: true, followersCount: 1 },
    });
    expect((await graphql(api.url, follow, { id: council.id }, bearer(b))).data).toEqual({
      followCouncil: { following: true, followersCount: 2 },
    });
    expect((await graphql(api.url, unfollow, { id: council.id }, bearer(a))).data).toEqual({
      unfollowCouncil: { following: false, followersCount: 1 },
    });
    const unverified = await newAccount(config, db.url, { emailVerified: false });
    expect(codeOf(await graphql(api.url, follow, { id: council.id }, bearer(unverified)))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await graphql(api.url, follow, { id: 'not-a-uuid' }, bearer(b)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await graphql(api.url, follow, { id: '00000000-0000-4000-8000-000000000000' }, bearer(b)),
      ),
    ).toBe('NOT_FOUND');
  });

  it('tells the caller whether they follow each council, in one query for a whole page', async () => {
    while ((await count('council')) < 12) await create();
    const followed = (await create()).data!.createCouncil;
    const fan = await newResident(config, db.url);
    await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          followCouncil(councilId: $id) {
            following
          }
        }
      `,
      { id: followed.id },
      bearer(fan),
    );
    const page = (first: number, who?: TestAccount) =>
      graphql<{ councils: { edges: { node: { id: string; viewerFollows: boolean } }[] } }>(
        api.url,
        `{ councils(first: ${first}) { edges { node { id viewerFollows } } } }`,
        {},
        who ? bearer(who) : {},
      );
    const seen = (await page(100, fan)).data!.councils.edges.map((e) => e.node);
    expect(seen.filter((c) => c.viewerFollows).map((c) => c.id)).toEqual([followed.id]);
    expect((await page(100)).data!.councils.edges.some((e) => e.node.viewerFollows)).toBe(false);
    const bySlug = `query($s: String!) { council(slug: $s) { viewerFollows } }`;
    const read = (who?: TestAccount) =>
      graphql<{ council: { viewerFollows: boolean } }>(
        api.url,
        bySlug,
        { s: followed.slug },
        who ? bearer(who) : {},
      );
    expect((await read(fan)).data!.council.viewerFollows).toBe(true);
    expect((await read()).data!.council.viewerFollows).toBe(false);
    const statements = (first: number) =>
      countStatements(dataSource(), async () => {
        expect((await page(first, fan)).data!.councils.edges).toHaveLength(first);
      });
    expect(await statements(12)).toBe(await statements(2));
  });

  it('has the view council_member_in_office list exactly the memberships the rule inOffice says are in office', async () => {
    const council = (await create()).data!.createCouncil;
    const people = await Promise.all([0, 1, 2, 3, 4].map(() => newResident(config, db.url)));
    // 00:30 on the 15th in the town, still the 14th in UTC: a view that took its day from UTC
    // (or from the session's zone, were it not the town's) would disagree with the rule.
    const instant = new Date('2030-06-14T22:30:00Z');
    const day = townDay(instant);
    expect(day).toBe('2030-06-15');
    expect(calendarDay(instant, 'UTC')).toBe('2030-06-14');
    const terms: Term[] = [
      { termStart: '2030-06-15', termEnd: '2033-06-14', endedAt: null }, // its first day
      { termStart: '2027-06-16', termEnd: '2030-06-15', endedAt: null }, // its last day
      { termStart: '2030-06-16', termEnd: '2033-06-15', endedAt: null }, // not begun
      { termStart: '2027-06-14', termEnd: '2030-06-14', endedAt: null }, // over
      { termStart: '2029-01-01', termEnd: '2031-12-31', endedAt: null }, // mid-term
      { termStart: '2029-01-01', termEnd: '2031-12-31', endedAt: '2030-01-01T00:00:00Z' }, // ended
    ];
    const holders = [...people, people[0]];
    const runner = dataSource().createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('quorum.now', $1, true)`, [instant.toISOString()]);
      const ids: string[] = [];
      for (const [i, term] of terms.entries()) {
        const [row]: { id: string }[] = await runner.query(
          `INSERT INTO council_membership (council_id, account_id, college, role, term_start, term_end, ended_at)
           VALUES ($1, $2, 'ASSOCIATIONS', 'MEMBER', $3, $4, $5) RETURNING id`,
          [council.id, holders[i].id, term.termStart, term.termEnd, term.endedAt],
        );
        ids.push(row.id);
      }
      const listed: { membership_id: string }[] = await runner.query(
        `SELECT membership_id FROM council_member_in_office WHERE council_id = $1`,
        [council.id],
      );
      const expected = ids.filter((_, i) => inOffice(terms[i], townDay(instant)));
      expect(expected).toHaveLength(3);
      expect(listed.map((r) => r.membership_id).sort()).toEqual(expected.sort());
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  describe('sortition', () => {
    const VOLUNTEER = `mutation($input: VolunteerInput!) { volunteerForSortition(input: $input) }`;
    const ANNOUNCE = `mutation($input: AnnounceSortitionInput!) { announceSortition(input: $input) { id status seats pool { position volunteerId gender displayName } } }`;
    const RUN = `mutation($input: RunSortitionInput!) { runSortition(input: $input) { id status seed result algorithm } }`;
    const READ = `query($id: ID!) { sortition(id: $id) { id status seats seed seedRule algorithm result pool { position volunteerId gender } } }`;

    it('announces a frozen pool, draws with the seed, seats the drawn, and anyone can recompute it', async () => {
      const council = (
        await create({
          neighbourhood: 'Les Tilleuls',
          charter: {
            seats: { residents: 4, associations: 1, electedMajority: 1, electedOpposition: 1 },
          },
        })
      ).data!.createCouncil;
      const genders = [
        'FEMALE',
        'MALE',
        'FEMALE',
        'MALE',
        'FEMALE',
        'FEMALE',
        'UNDISCLOSED',
        'FEMALE',
      ];
      const volunteers = await Promise.all(
        genders.map(() => newVerifiedResident(config, db.url, { neighbourhood: 'les tilleuls' })),
      );
      for (const [i, person] of volunteers.entries()) {
        const r = await graphql(
          api.url,
          VOLUNTEER,
          { input: { councilId: council.id, gender: genders[i] } },
          bearer(person),
        );
        expect(r.errors).toBeUndefined();
      }
      const elsewhere = await newVerifiedResident(config, db.url, { neighbourhood: 'ailleurs' });
      expect(
        codeOf(
          await graphql(
            api.url,
            VOLUNTEER,
            { input: { councilId: council.id, gender: 'MALE' } },
            bearer(elsewhere),
          ),
        ),
      ).toBe('FORBIDDEN'); // as supporting a proposal there: who may, not what state
      const notVerified = await newResident(config, db.url);
      expect(
        codeOf(
          await graphql(
            api.url,
            VOLUNTEER,
            { input: { councilId: council.id, gender: 'MALE' } },
            bearer(notVerified),
          ),
        ),
      ).toBe('FORBIDDEN');

      const tooMany = await graphql(
        api.url,
        ANNOUNCE,
        {
          input: { councilId: council.id, seats: 5, seedRule: 'Les numéros du Loto du 5 décembre' },
        },
        bearer(agent),
      );
      expect(fieldsOf(tooMany)).toEqual(['input.seats']);
      const announced = await graphql<{
        announceSortition: { id: string; status: string; pool: { volunteerId: string }[] };
      }>(
        api.url,
        ANNOUNCE,
        {
          input: { councilId: council.id, seats: 4, seedRule: 'Les numéros du Loto du 5 décembre' },
        },
        bearer(agent),
      );
      expect(announced.errors).toBeUndefined();
      const sortition = announced.data!.announceSortition;
      expect(sortition.status).toBe('ANNOUNCED');
      expect(sortition.pool).toHaveLength(8);
      expect(
        codeOf(
          await graphql(
            api.url,
            ANNOUNCE,
            { input: { councilId: council.id, seats: 1, seedRule: 'Une autre règle de graine' } },
            bearer(agent),
          ),
        ),
      ).toBe('CONFLICT');

      // Someone volunteering after the announcement is not in the frozen pool.
      const late = await newVerifiedResident(config, db.url, { neighbourhood: 'les tilleuls' });
      await graphql(
        api.url,
        VOLUNTEER,
        { input: { councilId: council.id, gender: 'MALE' } },
        bearer(late),
      );

      const resident = volunteers[0];
      expect(
        codeOf(
          await graphql(
            api.url,
            RUN,
            { input: { sortitionId: sortition.id, seed: 'x' } },
            bearer(resident),
          ),
        ),
      ).toBe('FORBIDDEN');
      const drawn = await graphql<{ runSortition: { status: string; result: string[] } }>(
        api.url,
        RUN,
        { input: { sortitionId: sortition.id, seed: '3 17 22 38 41 + 7' } },
        bearer(agent),
      );
      expect(drawn.errors).toBeUndefined();
      expect(drawn.data!.runSortition.status).toBe('DRAWN');
      expect(drawn.data!.runSortition.result).toHaveLength(4);
      expect(
        codeOf(
          await graphql(
            api.url,
            RUN,
            { input: { sortitionId: sortition.id, seed: 'again' } },
            bearer(agent),
          ),
        ),
      ).toBe('PRECONDITION_FAILED');

      // Independent recomputation, from the public data alone (read anonymously).
      const published = await graphql<{
        sortition: {
          seats: number;
          seed: string;
          algorithm: string;
          result: string[];
          pool: { position: number; volunteerId: string; gender: 'FEMALE' }[];
        };
      }>(api.url, READ, { id: sortition.id });
      const pub = published.data!.sortition;
      expect(pub.algorithm).toBe('quorum-sortition-v1');
      expect(pub.pool).toHaveLength(8); // the late volunteer is not in the frozen pool
      const pool = [...pub.pool]
        .sort((x, y) => x.position - y.position)
        .map((p) => ({ id: p.volunteerId, gender: p.gender }));
      expect(draw(pool, pub.seats, pub.seed)).toEqual(pub.result);
      const chosen = pool.filter((p) => pub.result.includes(p.id));
      const women = chosen.filter((p) => p.gender === 'FEMALE').length;
      const men = chosen.filter((p) => (p.gender as string) === 'MALE').length;
      expect(Math.abs(women - men)).toBeLessThanOrEqual(1);

      const read = await graphql<{ council: CouncilResult }>(
        api.url,
        `query($s: String!) { council(slug: $s) { ${COUNCIL_FIELDS} } }`,
        { s: council.slug },
      );
      const residents = read.data!.council.colleges.find((c) => c.college === 'RESIDENTS')!
        .members as unknown as { drawnByLot: boolean }[];
      expect(residents).toHaveLength(4);
      expect(residents.every((m) => m.drawnByLot)).toBe(true);
      const actions = await dataSource().query(
        `SELECT action FROM audit_log WHERE object_id = $1 ORDER BY id`,
        [sortition.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'sortition.announced',
        'sortition.drawn',
      ]);
      expect(
        codeOf(await graphql(api.url, READ, { id: '00000000-0000-4000-8000-000000000000' })),
      ).toBe('NOT_FOUND');

      // The command a resident would run, against the public API.
      const verified = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            '-r',
            'ts-node/register/transpile-only',
            '-r',
            'tsconfig-paths/register',
            'scripts/verify-sortition.ts',
            sortition.id,
            `${api.url}/graphql`,
          ],
          { cwd: join(__dirname, '..'), env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' } },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('exit', (code) => resolve({ code, out }));
      });
      expect(verified.out).toContain('OK: the published result is what the algorithm gives.');
      expect(verified.code).toBe(0);
    });
  });

  describe('edge cases', () => {
    const ANNOUNCE = `mutation($input: AnnounceSortitionInput!) { announceSortition(input: $input) { id } }`;
    const RUN = `mutation($input: RunSortitionInput!) { runSortition(input: $input) { result pool { volunteerId displayName } } }`;

    /** Three verified residents of the neighbourhood volunteer, then an agent announces a draw. */
    const announceWithThreeVolunteers = async (
      councilId: string,
      neighbourhood: string,
      gender: string,
      seats: number,
    ) => {
      const volunteers = await Promise.all(
        [0, 1, 2].map(() => newVerifiedResident(config, db.url, { neighbourhood })),
      );
      for (const person of volunteers) {
        await graphql(
          api.url,
          `
            mutation ($input: VolunteerInput!) {
              volunteerForSortition(input: $input)
            }
          `,
          { input: { councilId, gender } },
          bearer(person),
        );
      }
      const announced = await graphql<{ announceSortition: { id: string } }>(
        api.url,
        ANNOUNCE,
        { input: { councilId, seats, seedRule: 'Le tirage du Loto de samedi prochain' } },
        bearer(agent),
      );
      return { volunteers, sortitionId: announced.data!.announceSortition.id };
    };

    it('reserves announced seats, and seats only drawn people still eligible', async () => {
      const council = (
        await create({
          neighbourhood: 'Les Prés',
          charter: {
            seats: { residents: 2, associations: 1, electedMajority: 1, electedOpposition: 1 },
          },
        })
      ).data!.createCouncil;
      const { volunteers, sortitionId } = await announceWithThreeVolunteers(
        council.id,
        'les pres',
        'UNDISCLOSED',
        2,
      );
      // The two resident seats are reserved by the draw.
      const outsider = await newResident(config, db.url);
      expect(
        codeOf(
          await graphql(
            api.url,
            ADD,
            { input: { councilId: council.id, accountId: outsider.id, college: 'RESIDENTS' } },
            bearer(agent),
          ),
        ),
      ).toBe('PRECONDITION_FAILED');
      // Every volunteer deletes their account before the draw: nobody is seated, the draw completes.
      for (const person of volunteers) {
        await graphql(
          api.url,
          `
            mutation ($p: String!) {
              deleteMyAccount(password: $p)
            }
          `,
          { p: person.password },
          bearer(person),
        );
      }
      const run = await graphql<{
        runSortition: { result: string[]; pool: { displayName: string | null }[] };
      }>(api.url, RUN, { input: { sortitionId, seed: 'n’importe quelle graine' } }, bearer(agent));
      expect(run.errors).toBeUndefined();
      expect(run.data!.runSortition.result).toHaveLength(2);
      const seated = await dataSource().query(
        `SELECT count(*)::int AS n FROM council_membership WHERE sortition_id = $1`,
        [sortitionId],
      );
      expect(seated[0].n).toBe(0);
      const [audit] = await dataSource().query(
        `SELECT after FROM audit_log WHERE action = 'sortition.drawn' AND object_id = $1`,
        [sortitionId],
      );
      expect(audit.after.skipped).toHaveLength(2);
    });

    it('names in the public pool only the people drawn', async () => {
      const council = (await create({ neighbourhood: 'La Butte' })).data!.createCouncil;
      const { sortitionId } = await announceWithThreeVolunteers(
        council.id,
        'la butte',
        'FEMALE',
        1,
      );
      const run = await graphql<{
        runSortition: {
          result: string[];
          pool: { volunteerId: string; displayName: string | null }[];
        };
      }>(api.url, RUN, { input: { sortitionId, seed: 'graine' } }, bearer(agent));
      const pool = run.data!.runSortition.pool;
      expect(pool.filter((p) => p.displayName !== null).map((p) => p.volunteerId)).toEqual(
        run.data!.runSortition.result,
      );
    });

    it('does not count a term that has not started; refuses junk cursors and odd dates; keeps only the geometry', async () => {
      const council = (await create()).data!.createCouncil;
      const future = await newResident(config, db.url);
      const added = await graphql<{ addCouncilMember: CouncilResult }>(
        api.url,
        ADD,
        {
          input: {
            councilId: council.id,
            accountId: future.id,
            college: 'ASSOCIATIONS',
            termStart: '2099-01-01',
          },
        },
        bearer(agent),
      );
      expect(added.data!.addCouncilMember.colleges.flatMap((c) => c.members)).toEqual([]);
      const junk = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
      expect(
        codeOf(
          await graphql(
            api.url,
            `
              query ($a: String) {
                councils(after: $a) {
                  totalCount
                }
              }
            `,
            { a: junk },
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        fieldsOf(
          await graphql(
            api.url,
            ADD,
            {
              input: {
                councilId: council.id,
                accountId: future.id,
                college: 'RESIDENTS',
                termStart: '9999-12-31',
              },
            },
            bearer(agent),
          ),
        ),
      ).toEqual(['input.termStart']);
      const shaped = await create({ perimeterGeojson: { ...SQUARE, junk: 'x'.repeat(1000) } });
      const [row] = await dataSource().query(
        `SELECT perimeter_geojson FROM council WHERE id = $1`,
        [shaped.data!.createCouncil.id],
      );
      expect(Object.keys(row.perimeter_geojson).sort()).toEqual(['coordinates', 'type']);
    });
  });

  it('feeds council offices to authorization rules (InCouncil)', async () => {
    const council = (await create()).data!.createCouncil;
    const [chair, member, outsider] = await Promise.all(
      [0, 1, 2].map(() => newResident(config, db.url)),
    );
    await graphql(
      api.url,
      ADD,
      {
        input: {
          councilId: council.id,
          accountId: chair.id,
          college: 'ELECTED_MAJORITY',
          role: 'CHAIR',
          politicalGroup: 'G',
        },
      },
      bearer(agent),
    );
    await graphql(
      api.url,
      ADD,
      { input: { councilId: council.id, accountId: member.id, college: 'ASSOCIATIONS' } },
      bearer(agent),
    );
    const ask = (query: string, who: TestAccount) =>
      graphql(
        api.url,
        `query($c: ID!) { ${query}(councilId: $c) }`,
        { c: council.id },
        bearer(who),
      );
    expect((await ask('probeChairs', chair)).data).toEqual({ probeChairs: true });
    expect(codeOf(await ask('probeChairs', member))).toBe('FORBIDDEN');
    expect((await ask('probeMembers', member)).data).toEqual({ probeMembers: true });
    expect(codeOf(await ask('probeMembers', outsider))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(api.url, `{ probeMembers(councilId: "${council.id}") }`))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
