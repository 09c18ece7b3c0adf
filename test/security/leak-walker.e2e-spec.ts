import { AppConfig } from '@quorum/core';
import { bearer, newVerifiedResident, TestAccount } from '../support/factories';
import { normalizeName } from '@quorum/identity';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { seedSecretWorld, SecretWorld } from './support/secret-world';
import { Read, readsFromSdl, rootFields } from './support/sdl-walker';

/** Refusals a walk may meet: they are answers, not leaks (their bodies are searched too). */
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'];

/** Every Ballot object of a response: secret ones must never carry a roll call. */
function ballotsIn(value: unknown, found: Record<string, unknown>[] = []) {
  if (Array.isArray(value)) value.forEach((v) => ballotsIn(v, found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.__typename === 'Ballot') found.push(object);
    Object.values(object).forEach((v) => ballotsIn(v, found));
  }
  return found;
}

interface Walk {
  /** Raw response bodies, one per read. */
  bodies: { read: Read; body: string }[];
  /** `root: CODE` of every error met. */
  errors: Set<string>;
  /** Roots with at least one read answered without any error. */
  answered: Set<string>;
  ballots: Record<string, unknown>[];
}

/**
 * Item 5 of issue 18: a walker generated from the committed SDL reads every field reachable from
 * every root query field, with arguments taken from a seeded world holding each kind of secret as
 * a unique marker, and searches every response body for the markers.
 */
describe('Leaks: every field reachable from every root query, for outsiders (issue 18, item 5)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let world: SecretWorld;
  let reads: Read[];
  let readers: Record<string, TestAccount | null>;
  const walks = new Map<TestAccount | null, Walk>();

  async function walk(reader: TestAccount | null): Promise<Walk> {
    const known = walks.get(reader);
    if (known) return known;
    const result: Walk = {
      bodies: [],
      errors: new Set(),
      answered: new Set(),
      ballots: [],
    };
    const headers = reader ? bearer(reader) : {};
    // Eight at a time: quick, and well under any per-address budget but verifyAuditChain's.
    for (let i = 0; i < reads.length; i += 8) {
      await Promise.all(
        reads.slice(i, i + 8).map(async (read) => {
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: read.query, variables: read.variables }),
          });
          const body = await response.text();
          result.bodies.push({ read, body });
          const parsed = JSON.parse(body) as {
            data?: unknown;
            errors?: { extensions?: { code?: string } }[];
          };
          for (const error of parsed.errors ?? [])
            result.errors.add(`${read.root}: ${String(error.extensions?.code)}`);
          if (!parsed.errors) result.answered.add(read.root);
          ballotsIn(parsed.data, result.ballots);
        }),
      );
    }
    walks.set(reader, result);
    return result;
  }

  /** The secrets `reader` must never see: every marker, tokens, others' addresses and tokens. */
  function forbiddenTo(reader: TestAccount | null): string[] {
    const others = world.accounts.filter((a) => a.id !== reader?.id);
    return [
      ...Object.values(world.secrets),
      ...world.tokens,
      ...others.map((a) => a.email),
      ...others.map((a) => a.token),
    ];
  }

  const found = (bodies: Walk['bodies'], needle: string) =>
    bodies
      .filter(({ body }) => body.toLowerCase().includes(needle.toLowerCase()))
      .map(({ read }) => `${read.root}(${JSON.stringify(read.variables)})`);

  beforeAll(async () => {
    db = await createTestDatabase();
    // verifyAuditChain counts calls per address: every reader walks it once here.
    config = testConfig({
      DATABASE_URL: db.url,
      RATE_LIMIT_BUDGETS: 'verify-audit-chain:ip=1000',
    });
    api = await startApi(config);
    world = await seedSecretWorld(api.url, config, db.url);
    reads = readsFromSdl(
      {
        ids: world.ids,
        slugs: world.slugs,
        texts: [...Object.values(world.secrets), world.victim.chair.email, 'proposal', 'minutes'],
      },
      4,
    );
    readers = {
      anonymous: null,
      resident: await newVerifiedResident(config, db.url, {
        neighbourhood: normalizeName(world.victim.neighbourhood),
      }),
      memberOfAnotherCouncil: world.other.chair,
    };
    world.accounts.push(readers.resident!);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('reads every root query field of the SDL', () => {
    const walked = new Set(reads.map((r) => r.root));
    expect(rootFields('Query').filter((f) => !walked.has(f.name))).toEqual([]);
    expect(reads.length).toBeGreaterThan(100);
  });

  it('reaches each secret as the people entitled to it (the probe sees what it looks for)', async () => {
    const { secrets, victim, agent } = world;
    const author = await walk(victim.others[0]);
    expect(found(author.bodies, secrets.draftProposalTitle)).not.toEqual([]);
    expect(found(author.bodies, secrets.draftProposalBody)).not.toEqual([]);
    const secretary = await walk(victim.secretary);
    for (const summary of [
      secrets.draftMinutesSummary,
      secrets.submittedMinutesSummary,
      secrets.adoptedMinutesSummary,
      secrets.unpublishedStatement,
    ])
      expect([summary, found(secretary.bodies, summary).length > 0]).toEqual([summary, true]);
    const town = await walk(agent);
    expect(found(town.bodies, secrets.reportReason)).not.toEqual([]);
    expect(found(town.bodies, victim.chair.email)).not.toEqual([]);
    // Issue 19's libs: agents see pending and declined associations, who acts for a partner and
    // the drafts of the solidarity page; a member of the association sees its own.
    for (const secret of [
      secrets.pendingAssociationName,
      secrets.pendingAssociationDescription,
      secrets.pendingAssociationContact,
      secrets.declineReason,
      secrets.associationMemberName,
      secrets.draftEntryTitle,
      secrets.draftEntryDescription,
    ])
      expect([secret, found(town.bodies, secret).length > 0]).toEqual([secret, true]);
    const partner = await walk(world.partners.seated);
    for (const secret of [
      secrets.associationMemberName,
      secrets.draftEntryTitle,
      secrets.draftEntryDescription,
    ])
      expect([secret, found(partner.bodies, secret).length > 0]).toEqual([secret, true]);
    const founder = await walk(world.partners.pendingFounder);
    expect(found(founder.bodies, secrets.pendingAssociationName)).not.toEqual([]);
    expect(found(founder.bodies, secrets.declineReason)).not.toEqual([]);
    // The reports are public (their authors are never named): the walk reaches them.
    expect(found(town.bodies, 'Une palissade bloque le trottoir')).not.toEqual([]);
    expect(found(town.bodies, 'La rampe est trop raide')).not.toEqual([]);
    // Reports hidden by moderation: out of every public read (below); their authors still find
    // them in their export, so the markers are there to be found.
    const [detourReporter, placeReporter] = world.partners.reporters;
    for (const [author, text] of [
      [detourReporter, secrets.hiddenDetourReportText],
      [placeReporter, secrets.hiddenPlaceReportText],
    ] as const) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(author) },
        body: JSON.stringify({ query: '{ exportMyData }' }),
      });
      expect(await response.text()).toContain(text);
    }
    // The secret ballot was walked, closed, with its result and seven votes.
    const secret = town.ballots.filter((b) => b.id === world.secretBallotId);
    expect(secret.length).toBeGreaterThan(0);
    expect(secret[0]).toMatchObject({ secret: true, status: 'CLOSED', votesCast: 7 });
  });

  it.each(['anonymous', 'resident', 'memberOfAnotherCouncil'])(
    'shows %s no draft, hidden body, unpublished minutes, census data, address or token',
    async (who) => {
      const reader = readers[who];
      const { bodies, errors, answered } = await walk(reader);
      expect(bodies).toHaveLength(reads.length);
      // A walk blind to part of the schema proves nothing: only refusals and refused arguments
      // are allowed, and each root the reader may call answers at least one read in full.
      const unexpected = [...errors].filter((e) => !REFUSALS.some((code) => e.endsWith(code)));
      expect(unexpected).toEqual([]);
      const refused = new Set(
        [...errors].filter((e) => /UNAUTHENTICATED|FORBIDDEN/.test(e)).map((e) => e.split(':')[0]),
      );
      const blind = rootFields('Query')
        .map((f) => f.name)
        .filter((root) => !answered.has(root) && !refused.has(root));
      expect(blind).toEqual([]);
      const leaks = forbiddenTo(reader)
        .map((secret) => [secret.slice(0, 24), found(bodies, secret)] as const)
        .filter(([, where]) => where.length > 0);
      expect(leaks).toEqual([]);
    },
  );

  it('never shows who voted what in a secret ballot, to anyone, the council and the town hall included', async () => {
    for (const reader of [
      null,
      readers.resident,
      world.other.chair,
      world.victim.chair,
      world.agent,
    ]) {
      // Ballots reached at the walk's last level have no object fields: those with a roll call field.
      const secret = (await walk(reader)).ballots.filter(
        (b) => b.secret === true && 'rollCall' in b,
      );
      expect(secret.length).toBeGreaterThan(0);
      expect(secret.filter((b) => b.rollCall !== null)).toEqual([]);
    }
  });

  it('keeps every secret out of the open data, the audit export and the feeds', async () => {
    const paths = [
      '/open-data/datapackage.json',
      '/open-data/deliberations-scdl.csv',
      '/open-data/audit.jsonl',
      '/meetings.ics',
      '/works.ics',
      ...['places', 'places-progress'].flatMap((name) => [
        `/open-data/${name}.csv`,
        `/open-data/${name}.json`,
      ]),
      ...['councils', 'members', 'proposals', 'meetings', 'agenda-items', 'ballots', 'votes']
        .concat('minutes')
        .flatMap((name) => [`/open-data/${name}.csv`, `/open-data/${name}.json`]),
      ...world.slugs.flatMap((slug) => [
        `/councils/${slug}/meetings.ics`,
        `/councils/${slug}/minutes.atom`,
        `/councils/${slug}/proposals.atom`,
      ]),
    ];
    const bodies = await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(`${api.url}${path}`);
        expect([path, response.status]).toEqual([path, 200]);
        return { read: { root: path, query: '', variables: {} }, body: await response.text() };
      }),
    );
    // Secret ballots have no individual vote in the open data; the public one has its seven.
    const votes = JSON.parse(
      bodies.find(({ read }) => read.root === '/open-data/votes.json')!.body,
    ) as unknown;
    const rows = JSON.stringify(votes);
    expect(rows).not.toContain(world.secretBallotId);
    expect(rows.split(world.ids.Ballot[0]).length - 1).toBe(7);
    // The probe: the public proposal is in the feed and the data.
    expect(found(bodies, 'Des bancs sur la place').length).toBeGreaterThan(1);
    expect(found(bodies, 'Réfection de la rue des Écoles')).toContain('/works.ics({})');
    expect(found(bodies, 'Salle des fêtes').length).toBeGreaterThan(1);
    const leaks = forbiddenTo(null)
      .map((secret) => [secret.slice(0, 24), found(bodies, secret)] as const)
      .filter(([, where]) => where.length > 0);
    expect(leaks).toEqual([]);
  });
});
