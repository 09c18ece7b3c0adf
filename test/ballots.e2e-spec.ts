import { AppConfig } from '@quorum/core';
import type { VoteChoice } from '../libs/meetings/src/ballots/ballot.entity';
import { addVote, EMPTY_TALLY, Tally, tallyOf } from '../libs/meetings/src/rules/ballot';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import {
  ATTENDANCE,
  BALLOT_FIELDS,
  BallotView,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  MeetingView,
  newCouncilWithMembers,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
} from './support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  reasonOf,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

type Entry = { accountId: string; status: string; proxyHolderId?: string };

describe('Ballots: who votes, once, quorum, secrecy', () => {
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

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const attempt = (query: string, variables: Record<string, unknown>, who?: TestAccount) =>
    graphql(api.url, query, variables, who ? bearer(who) : {});
  const attendance = (meetingId: string, entries: Entry[], who: TestAccount) =>
    attempt(ATTENDANCE, { input: { meetingId, entries } }, who);
  const openBallot = async (c: CouncilWithMembers, agendaItemId: string, secret = false) =>
    (
      await call<{ openBallot: BallotView }>(
        OPEN_BALLOT,
        { input: { agendaItemId, secret } },
        c.chair,
      )
    ).openBallot;
  const vote = (ballotId: string, who: TestAccount, choice: string, onBehalfOf?: string) =>
    attempt(CAST, { input: { ballotId, choice, onBehalfOf } }, who);
  const close = async (c: CouncilWithMembers, ballotId: string) =>
    (await call<{ closeBallot: BallotView }>(CLOSE_BALLOT, { id: ballotId }, c.chair)).closeBallot;
  const everyone = (c: CouncilWithMembers, status: string): Entry[] =>
    c.members.map((m) => ({ accountId: m.id, status }));

  it('lets only present members and proxy holders vote, once, and never after the close', async () => {
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await openMeetingWith(api.url, c, ['Subvention à l’association des parents']);
    const [a, b, absent] = c.others;
    expect(
      (
        await attendance(
          meeting.id,
          [
            { accountId: c.chair.id, status: 'PRESENT' },
            { accountId: a.id, status: 'PRESENT' },
            { accountId: b.id, status: 'REPRESENTED', proxyHolderId: a.id },
            { accountId: absent.id, status: 'ABSENT' },
          ],
          c.chair,
        )
      ).errors,
    ).toBeUndefined();
    const ballot = await openBallot(c, meeting.agenda[0].id);
    // Attendance does not move while a ballot is open.
    const moved = await attendance(
      meeting.id,
      [{ accountId: absent.id, status: 'PRESENT' }],
      c.chair,
    );
    expect([codeOf(moved), reasonOf(moved)]).toEqual(['PRECONDITION_FAILED', 'BALLOT_OPEN']);

    const stranger = await newAccount(config, db.url);
    expect(codeOf(await vote(ballot.id, stranger, 'FOR'))).toBe('FORBIDDEN');
    const absentVote = await vote(ballot.id, absent, 'FOR');
    expect([codeOf(absentVote), reasonOf(absentVote)]).toEqual(['FORBIDDEN', 'NOT_PRESENT']);
    const notHolder = await vote(ballot.id, c.chair, 'FOR', b.id);
    expect([codeOf(notHolder), reasonOf(notHolder)]).toEqual(['FORBIDDEN', 'NOT_PROXY_HOLDER']);
    const represented = await vote(ballot.id, b, 'FOR');
    expect(reasonOf(represented)).toBe('NOT_PRESENT');

    // Fifty concurrent attempts by one member: one vote counts, the others are refused.
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => vote(ballot.id, a, i % 2 ? 'FOR' : 'AGAINST')),
    );
    expect(attempts.filter((r) => !r.errors).length).toBe(1);
    expect(attempts.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(49);
    expect(reasonOf(attempts.find((r) => r.errors)!)).toBe('ALREADY_VOTED');
    const [{ n }] = await sql<{ n: number }>(
      db.url,
      `SELECT count(*)::int AS n FROM ballot_vote WHERE ballot_id = $1 AND voter_id = $2`,
      [ballot.id, a.id],
    );
    expect(n).toBe(1);
    // The same again, for the proxy: one vote on behalf of the represented member.
    const proxies = await Promise.all(
      Array.from({ length: 10 }, () => vote(ballot.id, a, 'ABSTAIN', b.id)),
    );
    expect(proxies.filter((r) => !r.errors).length).toBe(1);
    expect(codeOf(await vote(ballot.id, c.chair, 'FOR'))).toBeUndefined();

    const closed = await close(c, ballot.id);
    expect(closed.result).toMatchObject({ present: 3, abstain: 1 });
    const after = await vote(ballot.id, c.secretary, 'FOR');
    expect([codeOf(after), reasonOf(after)]).toEqual(['PRECONDITION_FAILED', 'BALLOT_CLOSED']);
    const again = await attempt(CLOSE_BALLOT, { id: ballot.id }, c.chair);
    expect(reasonOf(again)).toBe('BALLOT_CLOSED');
    // The database keeps the record as it was, whatever the code does.
    await expect(
      sql(db.url, `UPDATE ballot SET for_count = 99 WHERE id = $1`, [ballot.id]),
    ).rejects.toThrow(/closed ballot is final/);
    await expect(
      sql(
        db.url,
        `INSERT INTO ballot_vote (ballot_id, voter_id, cast_by, choice) VALUES ($1, $2, $2, 'FOR')`,
        [ballot.id, c.secretary.id],
      ),
    ).rejects.toThrow(/final/);
    // A vote is never changed: the application role may not UPDATE it at all, and the owner, who
    // may, is refused by the trigger.
    const changeVote = `UPDATE ballot_vote SET choice = 'AGAINST' WHERE ballot_id = $1`;
    await expect(sql(db.url, changeVote, [ballot.id])).rejects.toMatchObject({ code: '42501' });
    await expect(sql(db.ownerUrl, changeVote, [ballot.id])).rejects.toThrow(/final/);
    const { meeting: reread } = await call<{ meeting: { agenda: { ballot: { id: string } }[] } }>(
      `query($id: ID!) { meeting(id: $id) { agenda { ballot { ${BALLOT_FIELDS} } } } }`,
      { id: meeting.id },
    );
    expect(reread.agenda[0].ballot).toEqual(closed);
  });

  it('computes quorum from attendance and proxies: exactly at quorum, one below, and a tie', async () => {
    // Seven members in office: the default quorum is four (a majority).
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await openMeetingWith(api.url, c, ['Point A', 'Point B', 'Point C', 'Point D']);
    const [itemA, itemB, itemC, itemD] = meeting.agenda.map((i) => i.id);
    const [m0, m1, m2, m3, m4, m5, m6] = c.members;

    // Proxies: to a present member only, one each.
    // Everyone starts absent: m2 cannot hold a proxy.
    const toAbsent = await attendance(
      meeting.id,
      [
        { accountId: m0.id, status: 'PRESENT' },
        { accountId: m1.id, status: 'REPRESENTED', proxyHolderId: m2.id },
      ],
      c.chair,
    );
    expect(codeOf(toAbsent)).toBe('BAD_USER_INPUT');
    const twoProxies = await attendance(
      meeting.id,
      [
        { accountId: m0.id, status: 'PRESENT' },
        { accountId: m1.id, status: 'REPRESENTED', proxyHolderId: m0.id },
        { accountId: m2.id, status: 'REPRESENTED', proxyHolderId: m0.id },
      ],
      c.chair,
    );
    expect(codeOf(twoProxies)).toBe('BAD_USER_INPUT');
    const notMember = await attendance(
      meeting.id,
      [{ accountId: agent.id, status: 'PRESENT' }],
      c.chair,
    );
    expect(codeOf(notMember)).toBe('BAD_USER_INPUT');
    expect(
      (
        await call<{ meeting: MeetingView }>(
          `query($id: ID!) { meeting(id: $id) { quorum { present represented } } }`,
          { id: meeting.id },
        )
      ).meeting.quorum,
    ).toEqual({
      present: 0,
      represented: 0,
    });

    // Exactly at quorum: three present and one represented make four.
    const atQuorum: Entry[] = [
      { accountId: m0.id, status: 'PRESENT' },
      { accountId: m2.id, status: 'PRESENT' },
      { accountId: m3.id, status: 'PRESENT' },
      { accountId: m1.id, status: 'REPRESENTED', proxyHolderId: m2.id },
    ];
    const recorded = await call<{ recordAttendance: MeetingView }>(
      ATTENDANCE,
      { input: { meetingId: meeting.id, entries: atQuorum } },
      c.chair,
    );
    expect(recorded.recordAttendance.quorum).toMatchObject({
      required: 4,
      present: 3,
      represented: 1,
      reached: true,
    });
    let ballot = await openBallot(c, itemA);
    await vote(ballot.id, m0, 'FOR');
    await vote(ballot.id, m2, 'FOR');
    await vote(ballot.id, m2, 'AGAINST', m1.id);
    expect((await close(c, ballot.id)).result).toEqual({
      for: 2,
      against: 1,
      abstain: 0,
      present: 4,
      quorumRequired: 4,
      quorumHeld: true,
      adopted: true,
    });

    // One below: the represented member's proxy is withdrawn; FOR > AGAINST is not enough.
    await call(
      ATTENDANCE,
      { input: { meetingId: meeting.id, entries: [{ accountId: m1.id, status: 'ABSENT' }] } },
      c.chair,
    );
    ballot = await openBallot(c, itemB);
    await vote(ballot.id, m0, 'FOR');
    await vote(ballot.id, m2, 'FOR');
    await vote(ballot.id, m3, 'AGAINST');
    expect((await close(c, ballot.id)).result).toEqual({
      for: 2,
      against: 1,
      abstain: 0,
      present: 3,
      quorumRequired: 4,
      quorumHeld: false,
      adopted: false,
    });

    // A tie is rejected.
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: [m4, m5, m6].map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    ballot = await openBallot(c, itemC);
    for (const [m, choice] of [
      [m0, 'FOR'],
      [m2, 'FOR'],
      [m3, 'AGAINST'],
      [m4, 'AGAINST'],
      [m5, 'ABSTAIN'],
    ] as const) {
      await vote(ballot.id, m, choice);
    }
    expect((await close(c, ballot.id)).result).toMatchObject({
      for: 2,
      against: 2,
      abstain: 1,
      present: 6,
      quorumHeld: true,
      adopted: false,
    });

    // A charter quorum overrides the majority — but never for a meeting already open.
    const { updateCouncilCharter } = await call<{
      updateCouncilCharter: { charter: { quorum: number } };
    }>(
      `mutation($input: UpdateCouncilCharterInput!) { updateCouncilCharter(input: $input) { charter { quorum } } }`,
      { input: { councilId: c.id, charter: { quorum: 7 } } },
      agent,
    );
    expect(updateCouncilCharter.charter.quorum).toBe(7);
    ballot = await openBallot(c, itemD);
    await vote(ballot.id, m0, 'FOR');
    expect((await close(c, ballot.id)).result).toMatchObject({
      quorumRequired: 4,
      quorumHeld: true,
      adopted: true,
    });
  });

  it('keeps secret ballots secret: nothing stored links a voter to a choice', async () => {
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await openMeetingWith(api.url, c, ['Désignation du ou de la délégué·e']);
    await call(
      ATTENDANCE,
      { input: { meetingId: meeting.id, entries: everyone(c, 'PRESENT') } },
      c.chair,
    );
    const ballot = await openBallot(c, meeting.agenda[0].id, true);

    // A digest of every table's content before the votes, to see which ones the votes touch.
    const digestAll = async () => {
      const tables = await sql<{ table_name: string }>(
        db.url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      );
      const digests: Record<string, string> = {};
      for (const { table_name } of tables) {
        digests[table_name] = (
          await sql<{ d: string }>(
            db.url,
            `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS d FROM "${table_name}" t`,
          )
        )[0].d;
      }
      return digests;
    };
    const before = await digestAll();
    const choices = ['FOR', 'AGAINST', 'FOR', 'ABSTAIN', 'FOR', 'AGAINST', 'FOR'];
    for (const [i, member] of c.members.entries()) {
      const cast = await vote(ballot.id, member, choices[i]);
      expect(cast.errors).toBeUndefined();
      // While open, nobody sees the running totals.
      expect((cast.data as { castVote: BallotView }).castVote).toMatchObject({
        votesCast: i + 1,
        result: null,
        rollCall: null,
      });
    }
    const after = await digestAll();
    // Votes touch two tables and nothing else: no audit entry, no outbox event, no log row.
    expect(Object.keys(after).filter((t) => after[t] !== before[t])).toEqual([
      'ballot_secret_tally',
      'ballot_voter',
    ]);
    expect(after.ballot_voter.split(':')[0]).toBe(
      String(Number(before.ballot_voter.split(':')[0]) + 7),
    );
    expect(after.ballot_secret_tally.split(':')[0]).toBe(before.ballot_secret_tally.split(':')[0]);

    const columns = async (table: string) =>
      (
        await sql<{ column_name: string; data_type: string; column_default: string | null }>(
          db.url,
          `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((col) => `${col.column_name}:${col.data_type}:${col.column_default ?? ''}`);
    // Who voted: no choice, no time, no generated id or sequence (nothing that orders or dates a vote).
    expect(await columns('ballot_voter')).toEqual([
      'ballot_id:uuid:',
      'voter_id:uuid:',
      'cast_by:uuid:',
    ]);
    // What was chosen: three totals in a single row, no voter, no time.
    expect(await columns('ballot_secret_tally')).toEqual([
      'ballot_id:uuid:',
      'for_count:integer:0',
      'against_count:integer:0',
      'abstain_count:integer:0',
    ]);
    const tally = await sql(
      db.url,
      `SELECT for_count, against_count, abstain_count FROM ballot_secret_tally WHERE ballot_id = $1`,
      [ballot.id],
    );
    expect(tally).toEqual([{ for_count: 4, against_count: 2, abstain_count: 1 }]);
    // No other table holds a choice of this ballot (the open data's roll calls are a view of ballot_vote).
    const withChoice = await sql<{ table_name: string }>(
      db.url,
      `SELECT DISTINCT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.column_name = 'choice'`,
    );
    expect(withChoice.map((t) => t.table_name)).toEqual(['ballot_vote']);
    expect(
      await sql(db.url, `SELECT 1 FROM ballot_vote WHERE ballot_id = $1`, [ballot.id]),
    ).toEqual([]);
    expect(
      await sql(db.url, `SELECT 1 FROM open_data_vote WHERE ballot_id = $1`, [ballot.id]),
    ).toEqual([]);
    // Closed: the totals only, never a roll call.
    const closed = await close(c, ballot.id);
    expect(closed).toMatchObject({
      secret: true,
      votesCast: 7,
      rollCall: null,
      result: { for: 4, against: 2, abstain: 1, adopted: true },
    });
    const again = await vote(ballot.id, c.chair, 'FOR');
    expect(reasonOf(again)).toBe('BALLOT_CLOSED');
  });

  it('counts the votes as addVote and tallyOf do: the secret tally vote by vote, and both kinds at the close', async () => {
    const choices: VoteChoice[] = [
      'ABSTAIN',
      'AGAINST',
      'FOR',
      'ABSTAIN',
      'AGAINST',
      'AGAINST',
      'FOR',
    ];
    for (const secret of [true, false]) {
      const c = await newCouncilWithMembers(api.url, config, db.url, agent);
      const meeting = await openMeetingWith(api.url, c, ['Budget participatif']);
      await call(
        ATTENDANCE,
        { input: { meetingId: meeting.id, entries: everyone(c, 'PRESENT') } },
        c.chair,
      );
      const ballot = await openBallot(c, meeting.agenda[0].id, secret);
      let expected: Tally = EMPTY_TALLY;
      for (const [i, member] of c.members.entries()) {
        expect((await vote(ballot.id, member, choices[i])).errors).toBeUndefined();
        expected = addVote(expected, choices[i]);
        if (!secret) continue;
        const [row] = await sql<{ for: number; against: number; abstain: number }>(
          db.url,
          `SELECT for_count AS for, against_count AS against, abstain_count AS abstain
             FROM ballot_secret_tally WHERE ballot_id = $1`,
          [ballot.id],
        );
        expect(row).toEqual(expected);
      }
      const cast = choices.slice(0, c.members.length);
      expect(expected).toEqual(tallyOf(cast));
      const { result } = await close(c, ballot.id);
      expect(result).toMatchObject(tallyOf(cast));
    }
  });
});
