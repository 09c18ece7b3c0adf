import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays, AppConfig, daysFromTo, townDay } from '@quorum/core';
import { AuditExportLine, PUBLIC_AUDIT_ACTIONS } from '@quorum/transparency';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { bearer, newAgent, TestAccount } from './support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  BallotView,
  byId,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  meetingDayOf,
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  qualifiedProposal as qualifiedProposalOf,
} from './support/meeting-fixtures';
import {
  adminDatabaseUrl,
  clock,
  codeOf,
  createTestDatabase,
  graphql,
  GraphQLResponse,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const run = promisify(execFile);
/** Midday in the town on that day, whatever the season (11:00 UTC is 12:00 or 13:00 in Paris). */
const noonOf = (day: string) => new Date(`${day}T11:00:00Z`);
const ROOT = join(__dirname, '..');

const ENTRY_FIELDS = `id public occurredAt actorId actorRole action objectType objectId before after
  prevHash hash payloadHash`;
const AUDIT_LOG = `query($first: Int, $after: String, $filter: AuditLogFilterInput) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ENTRY_FIELDS} } } } }`;
const VERIFY = `{ verifyAuditChain { valid checked firstBrokenId anchorsChecked
  brokenAnchor { minutesId auditId } headId headHash } }`;
const OWED = `proposalId title decidedOn dueOn answeredOn overdue daysLate delayDays`;
const OWED_MINUTES = `minutesId meetingId version adoptedOn dueOn publishedOn overdue daysLate delayDays`;
const STATS = `count overdue averageDays worstDays`;
const DELAYS = `answers { ${STATS} } publications { ${STATS} } agendaWaits { ${STATS} }`;
const ACCOUNTABILITY = `query($councilId: ID) { accountability(councilId: $councilId) {
  today townHall { ${DELAYS} }
  councils { councilId slug name delays { ${DELAYS} }
    answersDue { ${OWED} } answersOverdue { ${OWED} } answersGiven { ${OWED} }
    minutesAwaitingPublication { ${OWED_MINUTES} } minutesOverdue { ${OWED_MINUTES} }
    minutesPublished { ${OWED_MINUTES} }
    qualifiedProposals { proposalId title qualifiedOn placedOn waitDays } } } }`;

interface Entry {
  id: string;
  public: boolean;
  action: string | null;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  [field: string]: unknown;
}
interface AuditPage {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Entry }[];
  };
}
interface Owed {
  proposalId: string;
  dueOn: string;
  answeredOn: string | null;
  overdue: boolean;
  daysLate: number;
  delayDays: number | null;
}
interface OwedMinutes {
  minutesId: string;
  adoptedOn: string;
  dueOn: string;
  publishedOn: string | null;
  overdue: boolean;
  daysLate: number;
  delayDays: number | null;
}
interface Stats {
  count: number;
  overdue: number;
  averageDays: number | null;
  worstDays: number | null;
}
interface CouncilAccountability {
  councilId: string;
  delays: { answers: Stats; publications: Stats; agendaWaits: Stats };
  answersDue: Owed[];
  answersOverdue: Owed[];
  answersGiven: Owed[];
  minutesAwaitingPublication: OwedMinutes[];
  minutesOverdue: OwedMinutes[];
  minutesPublished: OwedMinutes[];
  qualifiedProposals: {
    proposalId: string;
    qualifiedOn: string;
    placedOn: string | null;
    waitDays: number;
  }[];
}

/**
 * Issue 15 §3–4 over HTTP, in order on one database: a clock-driven council year (accountability,
 * minutes published with their anchor), the public part of the audit log, the export and
 * `npm run verify-audit`, then a consistent rewrite of the chain (caught by the anchor) and a
 * single tampered row (caught at that row).
 */
describe('Transparency: audit log, chain verification, anchors, accountability', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let council: CouncilWithMembers;
  /** The published minutes and the anchor their document prints. */
  let published: { minutesId: string; document: string; anchorId: string; anchorHash: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    // A small budget for verifyAuditChain, so the last test spends it.
    config = testConfig({ DATABASE_URL: db.url, RATE_LIMIT_BUDGETS: 'verify-audit-chain:ip=5' });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const today = () => townDay(clock.now());

  const qualifiedProposal = (c: CouncilWithMembers, title: string) =>
    qualifiedProposalOf(api.url, config, db.url, c, title);

  /** Convenes and opens the meeting on its day, everyone present, and passes each item by a public ballot. */
  async function holdAndAdoptAll(meeting: MeetingView, itemIds: string[]): Promise<void> {
    await call(byId('convokeMeeting'), { id: meeting.id }, council.chair);
    meetingDayOf(meeting);
    await call(byId('openMeeting'), { id: meeting.id }, council.chair);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: council.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      council.chair,
    );
    for (const agendaItemId of itemIds) {
      const { openBallot } = await call<{ openBallot: BallotView }>(
        OPEN_BALLOT,
        { input: { agendaItemId, secret: false } },
        council.chair,
      );
      for (const m of council.members)
        await call(CAST, { input: { ballotId: openBallot.id, choice: 'FOR' } }, m);
      await call(CLOSE_BALLOT, { id: openBallot.id }, council.chair);
    }
  }

  const report = async (councilId: string | null) =>
    (
      await call<{
        accountability: {
          today: string;
          townHall: CouncilAccountability['delays'];
          councils: CouncilAccountability[];
        };
      }>(ACCOUNTABILITY, { councilId })
    ).accountability;
  const ids = (items: { proposalId?: string; minutesId?: string }[]) =>
    items.map((i) => i.proposalId ?? i.minutesId);

  it('accountability lists exactly what is due and overdue as the clock runs, with days late and delays', async () => {
    council = await newCouncilWithMembers(api.url, config, db.url, agent, {
      responseDeadlineDays: 5,
      minutesPublicationDays: 7,
    });
    // Two proposals qualify; no meeting yet, so they wait three days for an agenda.
    const answered = await qualifiedProposal(council, 'Des bancs sur la place');
    const late = await qualifiedProposal(council, 'Un abri pour les vélos');
    const qualifiedOn = today();
    clock.travelTo(noonOf(addDays(qualifiedOn, 3)));
    const meeting = await newMeeting(api.url, council, { days: 10 });
    const placedOn = today();
    expect(meeting.agenda.map((i) => i.proposalId).sort()).toEqual([answered, late].sort());
    await holdAndAdoptAll(
      meeting,
      meeting.agenda.map((i) => i.id),
    );
    const decidedOn = today();
    const answerDue = addDays(decidedOn, 5);
    // The town hall answers one at once; the other waits.
    await call(
      `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { status } }`,
      { input: { proposalId: answered, answer: 'ACCEPTED', justification: 'Budget voté.' } },
      agent,
    );
    let r = (await report(council.id)).councils[0];
    expect(ids(r.answersDue)).toEqual([late]);
    expect(r.answersOverdue).toEqual([]);
    expect(r.answersGiven).toMatchObject([
      { proposalId: answered, answeredOn: decidedOn, dueOn: answerDue, daysLate: 0, delayDays: 0 },
    ]);
    expect(r.qualifiedProposals.map((q) => q.proposalId).sort()).toEqual([answered, late].sort());
    for (const q of r.qualifiedProposals)
      expect(q).toMatchObject({
        qualifiedOn,
        placedOn,
        waitDays: daysFromTo(qualifiedOn, placedOn),
      });
    expect(r.qualifiedProposals.every((q) => q.waitDays === 3)).toBe(true);

    // The meeting closes; its minutes are adopted at the next one, ten days later.
    await call(byId('closeMeeting'), { id: meeting.id }, council.chair);
    const { draftMinutes } = await call<{ draftMinutes: { id: string } }>(
      `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
      { input: { meetingId: meeting.id, summary: 'Les bancs et l’abri sont adoptés.' } },
      council.secretary,
    );
    await call(
      `mutation($id: ID!) { submitMinutes(id: $id) { id } }`,
      { id: draftMinutes.id },
      council.secretary,
    );
    const next = await newMeeting(api.url, council, { days: 10 });
    const withMinutes = (
      await call<{ addAgendaItem: MeetingView }>(
        ADD_ITEM,
        { input: { meetingId: next.id, kind: 'MINUTES', minutesId: draftMinutes.id } },
        council.chair,
      )
    ).addAgendaItem;
    await holdAndAdoptAll(next, [withMinutes.agenda.find((i) => i.kind === 'MINUTES')!.id]);
    const adoptedOn = today();
    const publicationDue = addDays(adoptedOn, 7);
    // A third proposal qualifies now: the next meeting is convened, so it waits.
    const waiting = await qualifiedProposal(council, 'Des arbres rue Haute');
    const waitingSince = today();

    r = (await report(council.id)).councils[0];
    expect(r.answersDue).toEqual([]);
    expect(r.answersOverdue).toMatchObject([
      { proposalId: late, decidedOn, dueOn: answerDue, overdue: true, answeredOn: null },
    ]);
    expect(r.answersOverdue[0].daysLate).toBe(daysFromTo(answerDue, today()));
    expect(ids(r.minutesAwaitingPublication)).toEqual([draftMinutes.id]);
    expect(r.minutesOverdue).toEqual([]);

    // Nine days after adoption: the minutes are two days late, the answer later still.
    clock.travelTo(noonOf(addDays(adoptedOn, 9)));
    const end = today();
    expect(end).toBe(addDays(adoptedOn, 9));
    const whole = await report(null);
    expect(whole.today).toBe(end);
    r = whole.councils.find((c) => c.councilId === council.id)!;
    expect(ids(r.answersOverdue)).toEqual([late]);
    expect(r.answersOverdue[0].daysLate).toBe(daysFromTo(answerDue, end));
    expect(r.minutesAwaitingPublication).toEqual([]);
    expect(r.minutesOverdue).toMatchObject([
      {
        minutesId: draftMinutes.id,
        adoptedOn,
        dueOn: publicationDue,
        overdue: true,
        publishedOn: null,
      },
    ]);
    expect(r.minutesOverdue[0].daysLate).toBe(daysFromTo(publicationDue, end));
    expect(r.minutesOverdue[0].daysLate).toBe(2);
    expect(r.qualifiedProposals.find((q) => q.proposalId === waiting)).toMatchObject({
      proposalId: waiting,
      qualifiedOn: waitingSince,
      placedOn: null,
      waitDays: daysFromTo(waitingSince, end),
    });
    const lateDelay = daysFromTo(decidedOn, end);
    expect(r.delays.answers).toEqual({
      count: 2,
      overdue: 1,
      averageDays: Math.round((lateDelay / 2) * 10) / 10,
      worstDays: lateDelay,
    });
    expect(r.delays.publications).toEqual({
      count: 1,
      overdue: 1,
      averageDays: daysFromTo(adoptedOn, end),
      worstDays: daysFromTo(adoptedOn, end),
    });
    // The only council with anything owed: the town hall's figures are its own.
    expect(whole.townHall).toEqual(r.delays);

    // Published late: off the overdue list, on the published one with its delay.
    const { publishMinutes } = await call<{
      publishMinutes: {
        id: string;
        document: string;
        auditAnchorId: string;
        auditAnchorHash: string;
      };
    }>(
      `mutation($id: ID!) { publishMinutes(id: $id) { id document auditAnchorId auditAnchorHash } }`,
      { id: draftMinutes.id },
      agent,
    );
    r = (await report(council.id)).councils[0];
    expect(r.minutesOverdue).toEqual([]);
    expect(r.minutesPublished).toMatchObject([
      { minutesId: draftMinutes.id, publishedOn: end, overdue: false, daysLate: 2 },
    ]);
    expect(r.delays.publications.overdue).toBe(0);

    const anchor = /maillon n° (\d+), d’empreinte SHA-256 `([0-9a-f]{64})`/.exec(
      publishMinutes.document,
    );
    expect(anchor).not.toBeNull();
    expect([publishMinutes.auditAnchorId, publishMinutes.auditAnchorHash]).toEqual([
      anchor![1],
      anchor![2],
    ]);
    published = {
      minutesId: publishMinutes.id,
      document: publishMinutes.document,
      anchorId: anchor![1],
      anchorHash: anchor![2],
    };
  });

  it('anchors published minutes on the chain: the link it prints is the one before their publication entry', async () => {
    const rows = await superuserQuery<{
      id: string;
      prev_hash: string;
      hash: string;
      action: string;
    }>(
      `SELECT id::text, prev_hash, hash, action FROM audit_log WHERE id >= $1 ORDER BY id LIMIT 2`,
      [published.anchorId],
    );
    expect(rows[0]).toMatchObject({ id: published.anchorId, hash: published.anchorHash });
    expect(rows[1]).toMatchObject({ action: 'minutes.published', prev_hash: published.anchorHash });
    const [stored] = await superuserQuery(
      `SELECT audit_anchor_id::text AS id, audit_anchor_hash AS hash FROM minutes WHERE id = $1`,
      [published.minutesId],
    );
    expect(stored).toEqual({ id: published.anchorId, hash: published.anchorHash });
  });

  it('auditLog as anonymous gives the public entries only, never a private field; agents read everything', async () => {
    // Private activity: an agent's search in the directory (audited with a keyed hash).
    await call(`query { searchAccounts(query: "Dupont") { totalCount } }`, {}, agent);
    const everything = async (who?: TestAccount) => {
      const seen: Entry[] = [];
      let after: string | null = null;
      for (;;) {
        const r: GraphQLResponse<AuditPage> = await graphql<AuditPage>(
          api.url,
          AUDIT_LOG,
          { first: 100, after },
          who ? bearer(who) : {},
        );
        expect(r.errors).toBeUndefined();
        seen.push(...r.data!.auditLog.edges.map((e) => e.node));
        if (!r.data!.auditLog.pageInfo.hasNextPage) {
          expect(seen.length).toBe(r.data!.auditLog.totalCount);
          return seen;
        }
        after = r.data!.auditLog.pageInfo.endCursor;
      }
    };
    const anonymous = await everything();
    const resident = await everything(council.others[0]);
    const full = await everything(agent);
    const [{ n }] = await superuserQuery<{ n: string }>(
      'SELECT count(*)::text AS n FROM audit_log',
    );
    expect(full.length).toBe(Number(n));
    expect(resident).toEqual(anonymous);
    expect(anonymous.length).toBeGreaterThan(20);
    expect(anonymous.length).toBeLessThan(full.length);
    const publicActions = new Set<string>(PUBLIC_AUDIT_ACTIONS);
    expect(anonymous.filter((e) => !e.public || !publicActions.has(e.action!))).toEqual([]);
    // Newest first, and the same public entries the agent sees, field for field.
    expect(anonymous.map((e) => Number(e.id))).toEqual(
      [...anonymous.map((e) => Number(e.id))].sort((a, b) => b - a),
    );
    expect(full.filter((e) => e.public)).toEqual(anonymous);
    const privateOnes = full.filter((e) => !e.public);
    expect(privateOnes.map((e) => e.action)).toContain('account.searched');
    expect(privateOnes.map((e) => e.action)).not.toContain('minutes.published');
    // No e-mail address anywhere in what the public reads (the accounts' addresses are known).
    const emails = await superuserQuery<{ email: string }>('SELECT email FROM account');
    const text = JSON.stringify(anonymous);
    expect(emails.filter((e) => text.includes(e.email))).toEqual([]);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    // A filter narrows it; an agent's private action stays out for the public even when asked.
    const asked = await graphql<{ auditLog: { totalCount: number } }>(api.url, AUDIT_LOG, {
      filter: { action: 'account.searched' },
    });
    expect(asked.data!.auditLog.totalCount).toBe(0);
    const charters = await graphql<{ auditLog: { edges: { node: Entry }[] } }>(api.url, AUDIT_LOG, {
      filter: { objectType: 'proposal', action: 'proposal.answered' },
    });
    expect(charters.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['proposal.answered']);
    const badCursor = await graphql(api.url, AUDIT_LOG, { after: 'not-a-cursor' });
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('exports the chain at /open-data/audit.jsonl: public entries in full, private ones as hashes only', async () => {
    const response = await fetch(`${api.url}/open-data/audit.jsonl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/jsonl/);
    const lines = (await response.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as AuditExportLine);
    const [{ n }] = await superuserQuery<{ n: string }>(
      'SELECT count(*)::text AS n FROM audit_log',
    );
    expect(lines.length).toBe(Number(n));
    for (const line of lines.filter((l) => !l.public))
      expect(Object.keys(line).sort()).toEqual(['hash', 'id', 'payloadHash', 'prevHash', 'public']);
    expect(lines.filter((l) => l.public).every((l) => typeof l.payload === 'string')).toBe(true);
    // Its ETag is the head it stops at: unchanged chain, 304; a dated file name.
    const last = lines[lines.length - 1];
    expect(response.headers.get('etag')).toBe(`"audit-${last.id}-${last.hash}"`);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="quorum-audit-\d{4}-\d{2}-\d{2}\.jsonl"$/,
    );
    const again = await fetch(`${api.url}/open-data/audit.jsonl`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('npm run verify-audit recomputes the public chain from the export and holds, with the anchor', async () => {
    expect(
      (await call<{ verifyAuditChain: Record<string, unknown> }>(VERIFY)).verifyAuditChain,
    ).toMatchObject({
      valid: true,
      firstBrokenId: null,
      anchorsChecked: 1,
      brokenAnchor: null,
    });
    const out = await verifyAudit(['--anchor', `${published.anchorId}:${published.anchorHash}`]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('OK: the chain holds');
  });

  it("the application's database role cannot update, delete or truncate audit rows, nor disable the triggers", async () => {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const [{ role }] = await dataSource.query('SELECT current_user AS role');
    expect(role).toBe('quorum_app');
    for (const statement of [
      "UPDATE audit_log SET action = 'forged'",
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
      // What the owner could do first (below): the application role owns nothing.
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete',
      'SET session_replication_role = replica',
    ])
      await expect(dataSource.query(statement)).rejects.toMatchObject({ code: '42501' });
  });

  it('the owner role still can disable the trigger and change a row (README, "Known limits")', async () => {
    const [target] = await superuserQuery<{ id: string }>(
      `SELECT id::text FROM audit_log WHERE action = 'council.created' ORDER BY id LIMIT 1`,
    );
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      // Ownership is enough: the trigger off, UPDATE granted back to itself, the row changed.
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      await owner.query('GRANT UPDATE ON audit_log TO CURRENT_USER');
      await owner.query(`UPDATE audit_log SET after = '{"forged": true}' WHERE id = $1`, [
        target.id,
      ]);
      // Rolled back below: the tests after this one tamper in their own ways.
      const [{ changed }] = (
        await owner.query(`SELECT after->>'forged' AS changed FROM audit_log WHERE id = $1`, [
          target.id,
        ])
      ).rows;
      expect(changed).toBe('true');
    } finally {
      await owner.query('ROLLBACK');
      await owner.end();
    }
  });

  it('a chain rewritten consistently (every hash recomputed) is caught by the anchor in the published minutes', async () => {
    const [target] = await superuserQuery<{ id: string }>(
      `SELECT id::text FROM audit_log WHERE action = 'proposal.answered' ORDER BY id LIMIT 1`,
    );
    expect(Number(target.id)).toBeLessThan(Number(published.anchorId));
    await rewriteFrom(target.id, `'{"status": "ANSWERED", "answer": "DECLINED"}'::jsonb`);
    const { verifyAuditChain } = await call<{ verifyAuditChain: Record<string, unknown> }>(VERIFY);
    // Every link holds again; only the anchor, already in the public's hands, tells.
    expect(verifyAuditChain).toMatchObject({
      valid: false,
      firstBrokenId: null,
      brokenAnchor: { minutesId: published.minutesId, auditId: published.anchorId },
    });
    // The export alone recomputes fine: the anchor printed in the document is what catches it.
    expect((await verifyAudit([])).code).toBe(0);
    const out = await verifyAudit(['--anchor', `${published.anchorId}:${published.anchorHash}`]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `ANCHOR CONTRADICTED: ${published.anchorId}:${published.anchorHash}`,
    );
  });

  it('one row altered in SQL by a superuser is reported at that row, by verifyAuditChain and by verify-audit', async () => {
    const [target] = await superuserQuery<{ id: string }>(
      `SELECT id::text FROM audit_log WHERE action = 'council.charter-updated' OR action = 'council.created' ORDER BY id DESC LIMIT 1`,
    );
    await superuser(async (client) => {
      await client.query('SET session_replication_role = replica');
      await client.query(`UPDATE audit_log SET after = '{"supportThreshold": 1}' WHERE id = $1`, [
        target.id,
      ]);
    });
    const { verifyAuditChain } = await call<{ verifyAuditChain: Record<string, unknown> }>(VERIFY);
    expect(verifyAuditChain).toMatchObject({ valid: false, firstBrokenId: target.id });
    const out = await verifyAudit([]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`BROKEN at link ${target.id}: payload does not match payloadHash`);
  });

  it('limits verifyAuditChain per address (each call reads the whole chain); the export stays open', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) codes.push(codeOf(await graphql(api.url, VERIFY)));
    // Three calls above, two here: the budget of five is spent.
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
    expect((await fetch(`${api.url}/open-data/audit.jsonl`)).status).toBe(200);
  });

  // ---- helpers over the database as its superuser, and over the script ----

  async function superuser<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({
      connectionString: adminDatabaseUrl().replace(/\/postgres$/, `/${db.name}`),
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  function superuserQuery<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
    return superuser(async (client) => (await client.query(text, params)).rows as T[]);
  }

  /** What an owner or a superuser could do: change a row, then recompute every hash after it and the head. */
  function rewriteFrom(id: string, after: string) {
    return superuser(async (client) => {
      await client.query('SET session_replication_role = replica');
      await client.query(`UPDATE audit_log SET after = ${after} WHERE id = $1`, [id]);
      await client.query(`
        DO $$
        DECLARE r audit_log; prev character(64); digest character(64);
        BEGIN
          SELECT coalesce((SELECT hash FROM audit_log WHERE id < ${Number(id)} ORDER BY id DESC LIMIT 1), repeat('0', 64)) INTO prev;
          FOR r IN SELECT * FROM audit_log WHERE id >= ${Number(id)} ORDER BY id LOOP
            digest := audit_sha256(audit_payload_text(r.id, r.occurred_at, r.actor_id, r.actor_role, r.action,
                                   r.object_type, r.object_id, r.before, r.after, r.salt));
            UPDATE audit_log SET prev_hash = prev, payload_hash = digest,
                   hash = audit_link_hash(prev, r.id, digest) WHERE id = r.id;
            prev := audit_link_hash(prev, r.id, digest);
          END LOOP;
          UPDATE audit_chain_head SET last_hash = prev;
        END $$`);
    });
  }

  async function verifyAudit(extra: string[]): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await run(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'scripts/verify-audit.ts',
          api.url,
          ...extra,
        ],
        { cwd: ROOT },
      );
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  }
});
