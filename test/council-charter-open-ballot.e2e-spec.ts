import { AppConfig } from '@quorum/core';
import { bearer, newAgent, TestAccount } from './support/factories';
import {
  ATTENDANCE,
  BallotView,
  CLOSE_BALLOT,
  newCouncilWithMembers,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
} from './support/meeting-fixtures';
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

const UPDATE = `mutation($input: UpdateCouncilCharterInput!) {
  updateCouncilCharter(input: $input) { charter { version supportThreshold } } }`;

/** Issue 17: a vote counts with the charter it opened under, so the charter waits for its close. */
describe('The charter does not change while a ballot of its council is open', () => {
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

  it('refuses the change in French with BALLOT_OPEN, audits no change (the attempt: test/security/rules-mid-flight), and accepts it once the ballot is closed', async () => {
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const other = await newCouncilWithMembers(api.url, config, db.url, agent);
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
    const { openBallot } = await ok<{ openBallot: BallotView }>(
      api.url,
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[0].id, secret: false } },
      c.chair,
    );
    const audited = async () =>
      (
        await sql<{ n: string }>(
          db.url,
          `SELECT count(*) AS n FROM audit_log WHERE action = 'council.charter-updated' AND object_id = $1`,
          [c.id],
        )
      )[0].n;
    const before = await audited();

    const refused = await graphql(
      api.url,
      UPDATE,
      { input: { councilId: c.id, charter: { supportThreshold: 30 } } },
      bearer(agent),
    );
    expect(codeOf(refused)).toBe('PRECONDITION_FAILED');
    expect(reasonOf(refused)).toBe('BALLOT_OPEN');
    expect(refused.errors?.[0].message).toBe(
      'Un scrutin de ce conseil est ouvert : la charte ne peut être modifiée qu’après sa clôture.',
    );
    expect(await audited()).toBe(before);

    // Another council's charter is not held by this ballot.
    const elsewhere = await ok<{ updateCouncilCharter: { charter: { version: number } } }>(
      api.url,
      UPDATE,
      { input: { councilId: other.id, charter: { supportThreshold: 30 } } },
      agent,
    );
    expect(elsewhere.updateCouncilCharter.charter.version).toBe(2);

    await ok(api.url, CLOSE_BALLOT, { id: openBallot.id }, c.chair);
    const after = await ok<{
      updateCouncilCharter: { charter: { version: number; supportThreshold: number } };
    }>(api.url, UPDATE, { input: { councilId: c.id, charter: { supportThreshold: 30 } } }, agent);
    expect(after.updateCouncilCharter.charter).toEqual({ version: 2, supportThreshold: 30 });
    expect(Number(await audited())).toBe(Number(before) + 1);
  });
});
