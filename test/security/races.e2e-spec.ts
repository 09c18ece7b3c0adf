import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import {
  bearer,
  newAccount,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
  BallotView,
} from '../support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  graphql,
  GraphQLResponse,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';

const N = 50;
const SUPPORT = `mutation($id: ID!) { supportProposal(id: $id) { alreadySupported proposal { supportCount } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawSupport(id: $id) { wasSupporting proposal { supportCount } } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const FOLLOW_COUNCIL = `mutation($id: ID!) { followCouncil(councilId: $id) { following followersCount } }`;
const FOLLOW_PROPOSAL = `mutation($id: ID!) { followProposal(id: $id) { following followersCount } }`;
const IMPORT = `mutation($csv: String!) { importCensus(input: { csv: $csv }) { accepted rejected } }`;
const CLAIM = `mutation($input: ClaimResidencyInput!) { claimResidency(input: $input) { residency { neighbourhood method } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { refreshToken } }`;
const VERIFY_CHAIN = `{ verifyAuditChain { valid checked firstBrokenId } }`;

/** The same request N times at once. */
const times = <T>(n: number, send: (i: number) => Promise<T>): Promise<T[]> =>
  Promise.all(Array.from({ length: n }, (_, i) => send(i)));

const succeeded = (rs: GraphQLResponse[]) => rs.filter((r) => !r.errors);
const codes = (rs: GraphQLResponse[]) =>
  [...new Set(rs.filter((r) => r.errors).map((r) => `${codeOf(r)}/${reasonOf(r) ?? ''}`))].sort();

/**
 * Issue 18, attack 1: the same request sent fifty times at once (a double-click, a script, a
 * replayed request) has exactly one effect, counted in the rows and in the audit; and the audit
 * chain, written by all these concurrent transactions, still verifies at the end.
 */
describe('Races: fifty identical requests at once have one effect', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let c: CouncilWithMembers;

  const count = async (text: string, params: unknown[]) =>
    (await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM ${text}`, params))[0].n;
  const audited = (action: string, objectId: string) =>
    count(`audit_log WHERE action = $1 AND object_id = $2`, [action, objectId]);
  const send = (query: string, variables: Record<string, unknown>, who?: TestAccount) =>
    graphql(api.url, query, variables, who ? bearer(who) : {});

  const neighbour = () =>
    newVerifiedResident(config, db.url, { neighbourhood: normalizeName(c.neighbourhood) });
  const publishedProposal = async (title: string) => {
    const author = await neighbour();
    const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
      api.url,
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId: c.id,
          title,
          body: 'Pour le quartier.',
          category: 'PUBLIC_SPACE',
          publish: true,
        },
      },
      author,
    );
    return submitProposal.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({
      DATABASE_URL: db.url,
      // The limits are not what these tests race: each request must reach its transaction.
      RATE_LIMIT_BUDGETS: 'claim-residency:account=1000,login:ip=1000,verify-audit-chain:ip=1000',
    });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('supports: one row for fifty identical supports, and one row less for fifty withdrawals', async () => {
    const id = await publishedProposal('Des bancs place du marché');
    const resident = await neighbour();
    const supports = await times(N, () => send(SUPPORT, { id }, resident));
    expect(codes(supports)).toEqual([]);
    const fresh = supports.filter(
      (r) =>
        !(r.data as { supportProposal: { alreadySupported: boolean } }).supportProposal
          .alreadySupported,
    );
    expect(fresh).toHaveLength(1);
    expect(await count(`proposal_support WHERE proposal_id = $1`, [id])).toBe(1);

    const withdrawals = await times(N, () => send(WITHDRAW, { id }, resident));
    expect(codes(withdrawals)).toEqual([]);
    const effective = withdrawals.filter(
      (r) =>
        (r.data as { withdrawSupport: { wasSupporting: boolean } }).withdrawSupport.wasSupporting,
    );
    expect(effective).toHaveLength(1);
    expect(await count(`proposal_support WHERE proposal_id = $1`, [id])).toBe(0);
    const { proposal } = await ok<{ proposal: { supportCount: number } }>(
      api.url,
      `query($id: ID!) { proposal(id: $id) { supportCount } }`,
      { id },
    );
    expect(proposal.supportCount).toBe(0);
  });

  it('supports at the threshold: twelve neighbours at once, the proposal qualifies once', async () => {
    const id = await publishedProposal('Un composteur partagé');
    const supporters = await times(12, () => neighbour());
    const supports = await Promise.all(supporters.map((s) => send(SUPPORT, { id }, s)));
    expect(codes(supports)).toEqual([]);
    expect(await count(`proposal_support WHERE proposal_id = $1`, [id])).toBe(12);
    // The council's threshold is 2: crossed by many transactions at once, recorded once.
    expect(await audited('proposal.qualified', id)).toBe(1);
  });

  it('reports: one report for fifty identical ones; three reporters at once at the threshold hide it, once', async () => {
    const id = await publishedProposal('Propos douteux');
    const input = { targetType: 'PROPOSAL', targetId: id, reason: 'Propos injurieux' };
    const reporter = await neighbour();
    const reports = await times(N, () => send(REPORT, { input }, reporter));
    expect(succeeded(reports)).toHaveLength(1);
    // ALREADY_REPORTED: a CONFLICT with no reason of its own (proposals.errors.ts).
    expect(codes(reports)).toEqual(['CONFLICT/']);
    expect(await count(`content_report WHERE target_id = $1`, [id])).toBe(1);

    // At the threshold (3): ten proposals, three reporters each, all thirty reports at once.
    // Each report counted the others while they were uncommitted: none may miss the threshold,
    // and none may hide an item twice.
    const items = await times(10, (i) => publishedProposal(`À masquer ${i}`));
    const reporters = await times(30, () => neighbour());
    const reported = await Promise.all(
      reporters.map((who, i) =>
        send(REPORT, { input: { ...input, targetId: items[i % 10] } }, who),
      ),
    );
    expect(codes(reported)).toEqual([]);
    const hidden = await sql<{ id: string; hidden: boolean; audited: number }>(
      db.url,
      `SELECT p.id, p.hidden_at IS NOT NULL AS hidden,
              (SELECT count(*)::int FROM audit_log a
                WHERE a.action = 'content.auto-hidden' AND a.object_id = p.id::text) AS audited
         FROM proposal p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`,
      [items],
    );
    expect(hidden.map(({ hidden, audited }) => ({ hidden, audited }))).toEqual(
      items.map(() => ({ hidden: true, audited: 1 })),
    );
  });

  it('follows: one follower row for fifty identical follows of a council and of a proposal', async () => {
    const follower = await newAccount(config, db.url);
    const councils = await times(N, () => send(FOLLOW_COUNCIL, { id: c.id }, follower));
    expect(codes(councils)).toEqual([]);
    expect(await count(`council_follower WHERE council_id = $1`, [c.id])).toBe(1);
    const last = councils.map(
      (r) => (r.data as { followCouncil: { followersCount: number } }).followCouncil.followersCount,
    );
    expect(Math.max(...last)).toBe(1);

    const id = await publishedProposal('Un marché de producteurs');
    const proposals = await times(N, () => send(FOLLOW_PROPOSAL, { id }, follower));
    expect(codes(proposals)).toEqual([]);
    expect(
      await count(`proposal_follower WHERE proposal_id = $1 AND account_id = $2`, [
        id,
        follower.id,
      ]),
    ).toBe(1);
  });

  it('census claims: fifty identical claims record one residency; two people racing for one entry, one wins', async () => {
    const imported = await ok<{ importCensus: { accepted: number } }>(
      api.url,
      IMPORT,
      {
        csv: [
          'nom;prenoms;date_naissance;quartier',
          'Roux;Adèle;1981-04-02;Centre-Ville',
          'Blanc;Hugo;1970-08-19;Centre-Ville',
        ].join('\n'),
      },
      agent,
    );
    expect(imported.importCensus.accepted).toBe(2);
    const adele = {
      lastName: 'Roux',
      firstNames: 'Adèle',
      birthDate: '1981-04-02',
      neighbourhood: 'Centre-Ville',
    };
    const claimant = await newAccount(config, db.url);
    const claims = await times(N, () => send(CLAIM, { input: adele }, claimant));
    expect(codes(claims)).toEqual([]);
    expect(await audited('resident.census-claimed', claimant.id)).toBe(1);
    expect(await count(`census_entry WHERE claimed_by = $1`, [claimant.id])).toBe(1);

    const hugo = {
      lastName: 'Blanc',
      firstNames: 'Hugo',
      birthDate: '1970-08-19',
      neighbourhood: 'Centre-Ville',
    };
    const [first, second] = await times(2, () => newAccount(config, db.url));
    const racing = await times(N, (i) => send(CLAIM, { input: hugo }, i % 2 ? first : second));
    expect(succeeded(racing).length).toBeGreaterThan(0);
    const held = await sql<{ claimed_by: string }>(
      db.url,
      `SELECT claimed_by::text FROM census_entry WHERE claimed_by = ANY($1::uuid[])`,
      [[first.id, second.id]],
    );
    expect(held).toHaveLength(1);
    const winner = held[0].claimed_by;
    const loser = winner === first.id ? second.id : first.id;
    expect(await audited('resident.census-claimed', winner)).toBe(1);
    expect(await audited('resident.census-claimed', loser)).toBe(0);
    const [{ neighbourhood }] = await sql<{ neighbourhood: string | null }>(
      db.url,
      `SELECT residency_neighbourhood AS neighbourhood FROM account WHERE id = $1`,
      [loser],
    );
    expect(neighbourhood).toBeNull();
  });

  it('refreshes: one refresh token traded fifty times at once gives one new pair, and the session goes on (a race, not a theft)', async () => {
    const person = await newAccount(config, db.url);
    const { login } = await ok<{ login: { refreshToken: string } }>(api.url, LOGIN, {
      input: { email: person.email, password: person.password },
    });
    const refreshes = await times(N, () => send(REFRESH, { t: login.refreshToken }));
    expect(succeeded(refreshes)).toHaveLength(1);
    expect(codes(refreshes)).toEqual(['UNAUTHENTICATED/REFRESH_TOKEN_INVALID']);
    const [session] = await sql<{ id: string; revoked_reason: string | null; tokens: number }>(
      db.url,
      `SELECT s.id, s.revoked_reason, (SELECT count(*)::int FROM refresh_token r WHERE r.session_id = s.id) AS tokens
         FROM session s JOIN refresh_token t ON t.session_id = s.id
        WHERE s.account_id = $1 AND t.token_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex')`,
      [person.id, login.refreshToken],
    );
    // The one presented and the one issued by the single success: no second pair.
    expect(session.tokens).toBe(2);
    // Presented again within REUSE_GRACE_MS while its successor is unused: two tabs racing
    // (rules/refresh-token.ts), so the late ones are refused and the session goes on.
    expect(session.revoked_reason).toBeNull();
    const { refreshToken } = (
      succeeded(refreshes)[0].data as { refreshToken: { refreshToken: string } }
    ).refreshToken;
    const next = await times(N, () => send(REFRESH, { t: refreshToken }));
    expect(succeeded(next)).toHaveLength(1);
    expect(await count(`refresh_token WHERE session_id = $1`, [session.id])).toBe(3);
  });

  it('opposition agenda items at the quota’s edge: fifty at once, one added', async () => {
    const quota = await newCouncilWithMembers(api.url, config, db.url, agent, {
      oppositionAgendaQuota: 2,
    });
    const meeting = await newMeeting(api.url, quota, { by: agent });
    await ok(
      api.url,
      ADD_ITEM,
      { input: { meetingId: meeting.id, kind: 'OPPOSITION', title: 'Premier point' } },
      quota.opposition,
    );
    const additions = await times(N, (i) =>
      send(
        ADD_ITEM,
        { input: { meetingId: meeting.id, kind: 'OPPOSITION', title: `Second point ${i}` } },
        quota.opposition,
      ),
    );
    expect(succeeded(additions)).toHaveLength(1);
    expect(codes(additions)).toEqual(['PRECONDITION_FAILED/OPPOSITION_QUOTA_REACHED']);
    expect(
      await count(`agenda_item WHERE meeting_id = $1 AND kind = 'OPPOSITION'`, [meeting.id]),
    ).toBe(2);
    expect(await audited('meeting.agenda-item-added', meeting.id)).toBe(2);
    const positions = await sql<{ position: number }>(
      db.url,
      `SELECT position FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
      [meeting.id],
    );
    expect(positions.map((p) => p.position)).toEqual([1, 2]);
  });

  it('votes: fifty identical secret votes, in person and by proxy, count two, and so do public ones', async () => {
    const meeting = await openMeetingWith(api.url, c, ['Vote à bulletin secret', 'Vote public']);
    const [holder, represented] = c.others;
    await ok(
      api.url,
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: [
            { accountId: c.chair.id, status: 'PRESENT' },
            { accountId: c.secretary.id, status: 'PRESENT' },
            { accountId: c.opposition.id, status: 'PRESENT' },
            { accountId: holder.id, status: 'PRESENT' },
            { accountId: represented.id, status: 'REPRESENTED', proxyHolderId: holder.id },
          ],
        },
      },
      c.chair,
    );
    const vote = (ballotId: string, choice: string, onBehalfOf?: string) =>
      send(CAST, { input: { ballotId, choice, onBehalfOf } }, holder);

    for (const [index, secret] of [
      [0, true],
      [1, false],
    ] as const) {
      const { openBallot } = await ok<{ openBallot: BallotView }>(
        api.url,
        OPEN_BALLOT,
        { input: { agendaItemId: meeting.agenda[index].id, secret } },
        c.chair,
      );
      const own = await times(N, (i) => vote(openBallot.id, i % 2 ? 'FOR' : 'AGAINST'));
      const proxy = await times(N, (i) =>
        vote(openBallot.id, i % 2 ? 'AGAINST' : 'ABSTAIN', represented.id),
      );
      for (const attempts of [own, proxy]) {
        expect(succeeded(attempts)).toHaveLength(1);
        expect(codes(attempts)).toEqual(['CONFLICT/ALREADY_VOTED']);
      }
      // A secret vote keeps who voted apart from the totals; a public one, the roll call.
      expect(await count(`ballot_voter WHERE ballot_id = $1`, [openBallot.id])).toBe(
        secret ? 2 : 0,
      );
      expect(await count(`ballot_vote WHERE ballot_id = $1`, [openBallot.id])).toBe(secret ? 0 : 2);
      if (secret) {
        const [tally] = await sql<{ total: number }>(
          db.url,
          `SELECT for_count + against_count + abstain_count AS total FROM ballot_secret_tally WHERE ballot_id = $1`,
          [openBallot.id],
        );
        expect(tally.total).toBe(2);
      }
      const { closeBallot } = await ok<{ closeBallot: BallotView }>(
        api.url,
        CLOSE_BALLOT,
        { id: openBallot.id },
        c.chair,
      );
      const r = closeBallot.result!;
      expect(r.for + r.against + r.abstain).toBe(2);
      expect(closeBallot.votesCast).toBe(2);
    }
  });

  it('leaves the audit chain whole after all these concurrent writes', async () => {
    const r = await ok<{
      verifyAuditChain: { valid: boolean; checked: number; firstBrokenId: string | null };
    }>(api.url, VERIFY_CHAIN, {});
    expect(r.verifyAuditChain).toMatchObject({ valid: true, firstBrokenId: null });
    expect(r.verifyAuditChain.checked).toBe(await count('audit_log', []));
    // Ids without a gap and each row linked to the one before: no write interleaved in the chain.
    const broken = await count(
      `audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash`,
      [],
    );
    expect(broken).toBe(0);
  });
});
