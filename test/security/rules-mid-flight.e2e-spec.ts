import { AppConfig } from '@quorum/core';
import { bearer, newAgent, TestAccount } from '../support/factories';
import {
  ATTENDANCE,
  BallotView,
  CLOSE_BALLOT,
  CouncilWithMembers,
  newCouncilWithMembers,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
} from '../support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';

const UPDATE = `mutation($input: UpdateCouncilCharterInput!) {
  updateCouncilCharter(input: $input) { charter { version supportThreshold } } }`;
const PUBLIC_AUDIT = `query($id: String!, $action: String!) {
  auditLog(first: 100, filter: { objectType: "council", objectId: $id, action: $action }) {
    edges { node { id action actorId before after public } } } }`;
const VERIFY_CHAIN = `{ verifyAuditChain { valid checked firstBrokenId } }`;

type AuditNode = {
  id: string;
  action: string;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  public: boolean;
};

/**
 * Issue 18, attack 9: the rules do not change while a vote runs under them. A charter change
 * while a ballot of the council is open is refused, the charter stays as it was, and the attempt
 * is in the public audit (the chain verifying); a change racing the opening either lands before
 * the ballot opens or is refused and audited, never after it.
 */
describe('Rules mid-flight: the charter while a ballot is open', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url, RATE_LIMIT_BUDGETS: 'verify-audit-chain:ip=1000' });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const charterOf = async (councilId: string) =>
    (
      await sql<{ version: number; threshold: number; versions: number }>(
        db.url,
        `SELECT c.charter_version AS version,
                (SELECT count(*)::int FROM council_charter h WHERE h.council_id = c.id) AS versions,
                (SELECT h.support_threshold FROM council_charter h
                  WHERE h.council_id = c.id AND h.version = c.charter_version) AS threshold
           FROM council c WHERE c.id = $1`,
        [councilId],
      )
    )[0];
  const publicAudit = async (councilId: string, action: string) =>
    (
      await ok<{ auditLog: { edges: { node: AuditNode }[] } }>(api.url, PUBLIC_AUDIT, {
        id: councilId,
        action,
      })
    ).auditLog.edges.map((e) => e.node);
  const chainHolds = async () => {
    const { verifyAuditChain } = await ok<{
      verifyAuditChain: { valid: boolean; checked: number; firstBrokenId: string | null };
    }>(api.url, VERIFY_CHAIN, {});
    const [{ n }] = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM audit_log`);
    return verifyAuditChain.valid && verifyAuditChain.checked === n;
  };
  const meetingUnderWay = async (c: CouncilWithMembers) => {
    const meeting = await openMeetingWith(api.url, c, ['Budget participatif']);
    await ok(
      api.url,
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: c.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    return meeting;
  };

  it('refuses the change, keeps the charter, and audits the attempt in the public log', async () => {
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await meetingUnderWay(c);
    const { openBallot } = await ok<{ openBallot: BallotView }>(
      api.url,
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[0].id, secret: true } },
      c.chair,
    );
    const before = await charterOf(c.id);
    expect(before).toEqual({ version: 1, versions: 1, threshold: 2 });

    const refused = await graphql(
      api.url,
      UPDATE,
      { input: { councilId: c.id, charter: { supportThreshold: 30 } } },
      bearer(agent),
    );
    expect([codeOf(refused), reasonOf(refused)]).toEqual(['PRECONDITION_FAILED', 'BALLOT_OPEN']);
    expect(refused.data ?? null).toBeNull();
    expect(await charterOf(c.id)).toEqual(before);

    // Read by anyone, as the charter's history is: who tried, what, and why it was refused.
    const attempts = await publicAudit(c.id, 'council.charter-update-refused');
    expect(attempts).toEqual([
      {
        id: expect.any(String),
        action: 'council.charter-update-refused',
        actorId: agent.id,
        before: { version: 1, supportThreshold: 2 },
        after: { reason: 'BALLOT_OPEN', supportThreshold: 30 },
        public: true,
      },
    ]);
    expect(await publicAudit(c.id, 'council.charter-updated')).toEqual([]);
    expect(await chainHolds()).toBe(true);

    // The vote closes under the rules it opened with; then the change goes through, once.
    await ok(api.url, CLOSE_BALLOT, { id: openBallot.id }, c.chair);
    await ok(
      api.url,
      UPDATE,
      { input: { councilId: c.id, charter: { supportThreshold: 30 } } },
      agent,
    );
    expect(await charterOf(c.id)).toEqual({ version: 2, versions: 2, threshold: 30 });
    expect(await publicAudit(c.id, 'council.charter-update-refused')).toHaveLength(1);
    expect(await publicAudit(c.id, 'council.charter-updated')).toHaveLength(1);
  });

  it('a change racing the ballot’s opening lands before it or is refused and audited, never after it', async () => {
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await meetingUnderWay(c);
    const changes = Array.from({ length: 20 }, (_, i) =>
      graphql(
        api.url,
        UPDATE,
        { input: { councilId: c.id, charter: { supportThreshold: 3 + i } } },
        bearer(agent),
      ),
    );
    const opening = graphql(
      api.url,
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[0].id, secret: false } },
      bearer(c.chair),
    );
    const [opened, ...results] = await Promise.all([opening, ...changes]);
    expect(opened.errors).toBeUndefined();
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(refused.map((r) => `${codeOf(r)}/${reasonOf(r)}`)).toEqual(
      refused.map(() => 'PRECONDITION_FAILED/BALLOT_OPEN'),
    );
    const charter = await charterOf(c.id);
    expect(charter.version).toBe(1 + accepted.length);
    expect(charter.versions).toBe(1 + accepted.length);

    const entries = await sql<{ id: string; action: string }>(
      db.url,
      `SELECT id::text, action FROM audit_log
        WHERE (object_id = $1 AND action LIKE 'council.charter-update%')
           OR (action = 'ballot.opened' AND after->>'meetingId' = $2)
        ORDER BY id`,
      [c.id, meeting.id],
    );
    const actions = entries.map((e) => e.action);
    const openedAt = actions.indexOf('ballot.opened');
    // Every change before the opening, every refusal after it: the rules held from the opening on.
    expect(actions.slice(0, openedAt)).toEqual(accepted.map(() => 'council.charter-updated'));
    expect(actions.slice(openedAt + 1)).toEqual(
      refused.map(() => 'council.charter-update-refused'),
    );
    expect(await chainHolds()).toBe(true);
  });
});
