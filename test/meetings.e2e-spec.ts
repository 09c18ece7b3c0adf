import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { MailCatcher } from '../scripts/mail-catcher';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  BallotView,
  byId,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  inDays,
  meetingDayOf,
  townDayIn,
  MeetingView,
  newCouncilWithMembers,
  ok,
  newMeeting,
  OPEN_BALLOT,
  SCHEDULE,
  sql,
  qualifiedProposal as qualifiedProposalOf,
} from './support/meeting-fixtures';
import {
  clock,
  codeOf,
  createTestDatabase,
  reasonOf,
  eventually,
  graphql,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

const MINUTES_FIELDS = `id version status record summary document contentHash previousVersionId publicationDue publicationOverdue
  oppositionStatements { id authorId politicalGroup body }`;
const DRAFT = `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { ${MINUTES_FIELDS} } }`;
const minutesOp = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${MINUTES_FIELDS} } }`;
const STATEMENT = `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id body } }`;
const EDIT_STATEMENT = `mutation($input: UpdateOppositionStatementInput!) { updateOppositionStatement(input: $input) { id body } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id status answerDeadline oppositionStatements { body } } }`;

interface MinutesView {
  id: string;
  version: number;
  status: string;
  record: string;
  document: string;
  contentHash: string | null;
  previousVersionId: string | null;
  publicationDue: string | null;
  oppositionStatements: { id: string; authorId: string; body: string }[];
}

describe('Meetings: convocation, agenda, attendance, ballots, minutes', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let smtp: MailCatcher;
  let agent: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await db.drop();
  });

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const attempt = (query: string, variables: Record<string, unknown>, who?: TestAccount) =>
    graphql(api.url, query, variables, who ? bearer(who) : {});
  const council = (charter: Record<string, unknown> = {}) =>
    newCouncilWithMembers(api.url, config, db.url, agent, charter);

  const qualifiedProposal = (c: CouncilWithMembers, title: string) =>
    qualifiedProposalOf(api.url, config, db.url, c, title);

  const proposalStatus = async (id: string) =>
    (await call<{ proposal: { status: string; answerDeadline: string | null } }>(PROPOSAL, { id }))
      .proposal;

  it('runs a whole meeting: placement, convocation, quorum, ballot, decision, minutes adopted next time, published with a hash', async () => {
    const c = await council();
    const waiting = await qualifiedProposal(c, 'Des bancs sur la place');
    expect((await proposalStatus(waiting)).status).toBe('QUALIFIED'); // no meeting yet: it waits

    // Scheduling places the waiting proposal; one qualifying afterwards is placed too.
    const { scheduleMeeting: scheduled } = await call<{ scheduleMeeting: MeetingView }>(
      SCHEDULE,
      {
        input: {
          councilId: c.id,
          startsAt: inDays(10),
          place: 'Maison de quartier, 3 rue des Écoles',
          accessible: true,
          accessibilityDetails: 'Rampe côté cour',
          isPublic: true,
        },
      },
      c.chair,
    );
    expect(scheduled.agenda.map((i) => [i.kind, i.proposalId, i.addedBy])).toEqual([
      ['QUALIFIED_PROPOSAL', waiting, null],
    ]);
    const later = await qualifiedProposal(c, 'Un composteur collectif');
    expect((await proposalStatus(later)).status).toBe('ON_AGENDA');
    expect((await proposalStatus(waiting)).status).toBe('ON_AGENDA');
    const meetingId = scheduled.id;
    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'TOWN_HALL', title: 'Travaux de voirie' } },
      c.chair,
    );
    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'OPPOSITION', title: 'Éclairage du parc' } },
      c.opposition,
    );

    // Convocation: every member gets it, with the agenda.
    const { convokeMeeting } = await call<{ convokeMeeting: MeetingView }>(
      byId('convokeMeeting'),
      { id: meetingId },
      c.chair,
    );
    expect(convokeMeeting.status).toBe('CONVENED');
    await eventually(
      async () => smtp.messages.filter((m) => m.subject.startsWith('Convocation')).length === 7,
    );
    const convocation = smtp.messages.find((m) => m.to.includes(c.others[0].email))!;
    expect(convocation.text).toContain('Des bancs sur la place');
    expect(convocation.text).toContain('Éclairage du parc');
    expect(convocation.text).toContain(
      'accessible aux personnes à mobilité réduite (Rampe côté cour)',
    );

    // The day comes: open, attendance, quorum.
    meetingDayOf(scheduled);
    const { openMeeting } = await call<{ openMeeting: MeetingView }>(
      byId('openMeeting'),
      { id: meetingId },
      c.chair,
    );
    expect(openMeeting.quorum).toEqual({
      membersInOffice: 7,
      required: 4,
      present: 0,
      represented: 0,
      reached: false,
    });
    const [a, b, d] = c.others;
    const { recordAttendance } = await call<{ recordAttendance: MeetingView }>(
      ATTENDANCE,
      {
        input: {
          meetingId,
          entries: [
            { accountId: c.chair.id, status: 'PRESENT' },
            { accountId: c.secretary.id, status: 'PRESENT' },
            { accountId: c.opposition.id, status: 'PRESENT' },
            { accountId: a.id, status: 'PRESENT' },
            { accountId: b.id, status: 'REPRESENTED', proxyHolderId: a.id },
            { accountId: d.id, status: 'ABSENT' },
          ],
        },
      },
      c.secretary,
    );
    expect(recordAttendance.quorum).toMatchObject({ present: 4, represented: 1, reached: true });

    // A public ballot on the first proposal: the proxy holder votes twice, once for each.
    const item = recordAttendance.agenda.find((i) => i.proposalId === waiting)!;
    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: item.id, secret: false } },
      c.chair,
    );
    const vote = (who: TestAccount, choice: string, onBehalfOf?: string) =>
      call(CAST, { input: { ballotId: openBallot.id, choice, onBehalfOf } }, who);
    await vote(c.chair, 'FOR');
    await vote(c.secretary, 'FOR');
    await vote(c.opposition, 'AGAINST');
    await vote(a, 'FOR');
    await vote(a, 'FOR', b.id);
    const { closeBallot } = await call<{ closeBallot: BallotView }>(
      CLOSE_BALLOT,
      { id: openBallot.id },
      c.chair,
    );
    expect(closeBallot.result).toEqual({
      for: 4,
      against: 1,
      abstain: 0,
      present: 5,
      quorumRequired: 4,
      quorumHeld: true,
      adopted: true,
    });
    expect(closeBallot.rollCall).toContainEqual({
      voterId: b.id,
      voterName: b.displayName,
      castBy: a.id,
      choice: 'FOR',
    });
    const decided = await proposalStatus(waiting);
    expect(decided.status).toBe('ADOPTED');
    expect(decided.answerDeadline).toBe(townDayIn(60));

    // Closing: the proposal that was not voted on waits for the next meeting.
    await call(byId('closeMeeting'), { id: meetingId }, c.chair);
    expect((await proposalStatus(later)).status).toBe('QUALIFIED');

    // Minutes: the record is written by the server, the secretary adds the debates.
    const { draftMinutes } = await call<{ draftMinutes: MinutesView }>(
      DRAFT,
      { input: { meetingId, summary: 'Le débat a porté sur **l’emplacement** des bancs.' } },
      c.secretary,
    );
    expect(draftMinutes.status).toBe('DRAFT');
    expect(draftMinutes.record).toContain('Maison de quartier, 3 rue des Écoles');
    expect(draftMinutes.record).toContain('Présent·es (4)');
    expect(draftMinutes.record).toContain(`(pouvoir à ${a.displayName})`);
    expect(draftMinutes.record).toContain('quorum atteint');
    expect(draftMinutes.record).toContain(`**Présidence** : ${c.chair.displayName}`);
    expect(draftMinutes.record).toContain(
      'Scrutin public : pour 4, contre 1, abstention 0 — adopté',
    );
    expect(draftMinutes.record).toContain(`${c.opposition.displayName} : contre`);
    expect(draftMinutes.record).toContain('Pas de scrutin.');

    // The opposition's statement: its author only edits it.
    const { addOppositionStatement } = await call<{ addOppositionStatement: { id: string } }>(
      STATEMENT,
      { input: { minutesId: draftMinutes.id, body: 'Nous regrettons le choix de *la place*.' } },
      c.opposition,
    );
    const byChair = await attempt(
      EDIT_STATEMENT,
      { input: { statementId: addOppositionStatement.id, body: 'Rien.' } },
      c.chair,
    );
    expect(codeOf(byChair)).toBe('FORBIDDEN');
    await call(
      EDIT_STATEMENT,
      {
        input: {
          statementId: addOppositionStatement.id,
          body: 'Nous regrettons le choix de *la place* et du calendrier.',
        },
      },
      c.opposition,
    );
    expect(
      codeOf(
        await attempt(
          STATEMENT,
          { input: { minutesId: draftMinutes.id, body: 'Moi aussi.' } },
          c.chair,
        ),
      ),
    ).toBe('FORBIDDEN');
    const { submitMinutes } = await call<{ submitMinutes: MinutesView }>(
      minutesOp('submitMinutes'),
      { id: draftMinutes.id },
      c.secretary,
    );
    expect(submitMinutes.status).toBe('SUBMITTED');

    // Adopted by a ballot at the next meeting, where the waiting proposal is placed again.
    const next = await newMeeting(api.url, c, {
      days: 12,
      place: 'Mairie annexe',
      accessible: false,
      isPublic: false,
      by: c.coChair,
    });
    expect(next.agenda.map((i) => i.proposalId)).toEqual([later]);
    const withMinutes = (
      await call<{ addAgendaItem: MeetingView }>(
        ADD_ITEM,
        { input: { meetingId: next.id, kind: 'MINUTES', minutesId: draftMinutes.id } },
        c.chair,
      )
    ).addAgendaItem;
    const minutesItem = withMinutes.agenda.find((i) => i.kind === 'MINUTES')!;
    expect(minutesItem.title).toMatch(/^Adoption du procès-verbal de la séance du /);
    await call(byId('convokeMeeting'), { id: next.id }, c.chair);
    meetingDayOf(next);
    await call(byId('openMeeting'), { id: next.id }, c.chair);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: next.id,
          entries: c.members.slice(0, 5).map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    const ballot = (
      await call<{ openBallot: BallotView }>(
        OPEN_BALLOT,
        { input: { agendaItemId: minutesItem.id, secret: false } },
        c.chair,
      )
    ).openBallot;
    for (const m of c.members.slice(0, 5))
      await call(CAST, { input: { ballotId: ballot.id, choice: 'FOR' } }, m);
    await call(CLOSE_BALLOT, { id: ballot.id }, c.chair);
    // Adopted but not published: the council reads them, the public only sees that they are due.
    const adopted = (
      await call<{ meeting: MeetingView }>(
        `query($id: ID!) { meeting(id: $id) { minutes { ${MINUTES_FIELDS} } } }`,
        { id: meetingId },
        c.others[0],
      )
    ).meeting.minutes[0] as unknown as MinutesView;
    expect(adopted.status).toBe('ADOPTED');
    expect(adopted.publicationDue).toBe(townDayIn(7));

    // Late publication is flagged in public.
    clock.travel(8 * 86_400_000);
    const due = async () =>
      (
        await call<{
          meeting: {
            minutes: unknown[];
            minutesDue: { minutesId: string; publicationOverdue: boolean } | null;
          };
        }>(
          `query($id: ID!) { meeting(id: $id) { minutes { id } minutesDue { minutesId publicationOverdue } } }`,
          {
            id: meetingId,
          },
        )
      ).meeting;
    expect(await due()).toEqual({
      minutes: [],
      minutesDue: { minutesId: draftMinutes.id, publicationOverdue: true },
    });

    // Published by the town hall: immutable, hashed, with the statement verbatim.
    expect(
      codeOf(await attempt(minutesOp('publishMinutes'), { id: draftMinutes.id }, c.chair)),
    ).toBe('FORBIDDEN');
    const { publishMinutes } = await call<{ publishMinutes: MinutesView }>(
      minutesOp('publishMinutes'),
      { id: draftMinutes.id },
      agent,
    );
    expect(publishMinutes.status).toBe('PUBLISHED');
    expect(publishMinutes.contentHash).toBe(
      createHash('sha256').update(publishMinutes.document, 'utf8').digest('hex'),
    );
    expect(publishMinutes.document).toContain(
      'Nous regrettons le choix de *la place* et du calendrier.',
    );
    expect(publishMinutes.document).toContain('Le débat a porté sur **l’emplacement** des bancs.');
    // Published, but late: it stays on the public record; nothing is due any more.
    expect(await due()).toMatchObject({
      minutes: [{ id: draftMinutes.id }],
      minutesDue: null,
    });
    expect(
      (
        await call<{ meeting: { minutes: { publicationOverdue: boolean }[] } }>(
          `query($id: ID!) { meeting(id: $id) { minutes { publicationOverdue } } }`,
          { id: meetingId },
        )
      ).meeting.minutes[0].publicationOverdue,
    ).toBe(true);

    // Nothing changes it any more: not the API, not the statement's author, not SQL.
    const edit = await attempt(
      DRAFT,
      { input: { meetingId, summary: 'Autre chose.' } },
      c.secretary,
    );
    expect([codeOf(edit), reasonOf(edit)]).toEqual(['PRECONDITION_FAILED', 'MINUTES_PUBLISHED']);
    const late = await attempt(
      EDIT_STATEMENT,
      { input: { statementId: addOppositionStatement.id, body: 'Changé.' } },
      c.opposition,
    );
    expect([codeOf(late), reasonOf(late)]).toEqual(['PRECONDITION_FAILED', 'MINUTES_PUBLISHED']);
    await expect(
      sql(db.url, `UPDATE minutes SET summary_markdown = 'x' WHERE id = $1`, [draftMinutes.id]),
    ).rejects.toThrow(/published minutes is final/);
    await expect(
      sql(db.url, `UPDATE opposition_statement SET body_markdown = 'x' WHERE id = $1`, [
        addOppositionStatement.id,
      ]),
    ).rejects.toThrow(/final/);
    const [stored] = await sql<{ content_hash: string; summary_markdown: string }>(
      db.url,
      `SELECT content_hash, summary_markdown FROM minutes WHERE id = $1`,
      [draftMinutes.id],
    );
    expect(stored).toEqual({
      content_hash: publishMinutes.contentHash,
      summary_markdown: 'Le débat a porté sur **l’emplacement** des bancs.',
    });

    // A correction is a new version, linked to the previous one, carrying the statements.
    const correction = (
      await call<{ draftMinutes: MinutesView }>(
        DRAFT,
        { input: { meetingId, summary: 'Version corrigée.', correction: true } },
        c.secretary,
      )
    ).draftMinutes;
    expect(correction).toMatchObject({
      version: 2,
      status: 'DRAFT',
      previousVersionId: draftMinutes.id,
    });
    expect(correction.oppositionStatements.map((s) => s.authorId)).toEqual([c.opposition.id]);
  });

  it('refuses a convocation later than the charter’s clear days, and changes nothing', async () => {
    const c = await council({ convocationNoticeDays: 5 });
    // Wednesday 10 March 2027 for a meeting on Monday 15 at 18:30: four clear days (11 to 14).
    clock.travelTo(new Date('2027-03-10T09:00:00+01:00'));
    const scheduleMeeting = await newMeeting(api.url, c, {
      startsAt: '2027-03-15T18:30:00+01:00',
      place: 'Salle 2',
    });
    await call(
      ADD_ITEM,
      { input: { meetingId: scheduleMeeting.id, kind: 'QUESTION', title: 'Questions diverses' } },
      c.chair,
    );
    const refused = await attempt(byId('convokeMeeting'), { id: scheduleMeeting.id }, c.chair);
    expect([codeOf(refused), reasonOf(refused)]).toEqual([
      'PRECONDITION_FAILED',
      'CONVOCATION_TOO_LATE',
    ]);
    expect(refused.errors![0].message).toBe(
      'Trop tard pour convoquer : la charte exige 5 jours francs entre la convocation et la séance, et il en reste seulement 4.',
    );
    const { meeting } = await call<{ meeting: MeetingView }>(
      `query($id: ID!) { meeting(id: $id) { status } }`,
      { id: scheduleMeeting.id },
    );
    expect(meeting.status).toBe('DRAFT');
    const [{ n }] = await sql<{ n: number }>(
      db.url,
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'meeting.convened' AND payload->>'meetingId' = $1`,
      [scheduleMeeting.id],
    );
    expect(n).toBe(0);
    const members = new Set(c.members.map((m) => m.email));
    expect(smtp.messages.filter((m) => m.to.some((to) => members.has(to)))).toEqual([]);
    // Exactly the notice: convened on Tuesday 9 in the evening, five clear days (10 to 14) are on time.
    clock.travelTo(new Date('2027-03-09T23:30:00+01:00'));
    expect(
      (
        await call<{ convokeMeeting: MeetingView }>(
          byId('convokeMeeting'),
          { id: scheduleMeeting.id },
          c.chair,
        )
      ).convokeMeeting.status,
    ).toBe('CONVENED');
  });

  it('holds a meeting the same day when the charter asks no notice (0 clear days)', async () => {
    // Wednesday 10 March 2027, 9:00, for a meeting at 18:30 the same day.
    clock.travelTo(new Date('2027-03-10T09:00:00+01:00'));
    const sameDay = async (convocationNoticeDays: number) => {
      const c = await council({ convocationNoticeDays });
      const scheduleMeeting = await newMeeting(api.url, c, {
        startsAt: '2027-03-10T18:30:00+01:00',
        place: 'Mairie annexe',
      });
      await call(
        ADD_ITEM,
        { input: { meetingId: scheduleMeeting.id, kind: 'TOWN_HALL', title: 'Réunion d’urgence' } },
        c.chair,
      );
      return { c, id: scheduleMeeting.id };
    };
    const withNotice = await sameDay(1);
    const refused = await attempt(
      byId('convokeMeeting'),
      { id: withNotice.id },
      withNotice.c.chair,
    );
    expect(reasonOf(refused)).toBe('CONVOCATION_TOO_LATE');
    expect(refused.errors![0].message).toBe(
      'Trop tard pour convoquer : la charte exige 1 jour franc entre la convocation et la séance, et il n’en reste aucun.',
    );
    const urgent = await sameDay(0);
    const convened = await call<{ convokeMeeting: MeetingView }>(
      byId('convokeMeeting'),
      { id: urgent.id },
      urgent.c.chair,
    );
    expect(convened.convokeMeeting.status).toBe('CONVENED');
    // Too early at 9:00; from 16:30, two hours before, it opens.
    expect(reasonOf(await attempt(byId('openMeeting'), { id: urgent.id }, urgent.c.chair))).toBe(
      'TOO_EARLY',
    );
    clock.travelTo(new Date('2027-03-10T17:00:00+01:00'));
    const opened = await call<{ openMeeting: MeetingView }>(
      byId('openMeeting'),
      { id: urgent.id },
      urgent.c.chair,
    );
    expect(opened.openMeeting.status).toBe('OPEN');
  });

  it('keeps the opposition’s quota for the opposition, and its items out of the majority’s reach', async () => {
    const c = await council({ oppositionAgendaQuota: 1 });
    const scheduleMeeting = await newMeeting(api.url, c, {
      days: 10,
      place: 'Salle 3',
      by: agent,
    });
    const meetingId = scheduleMeeting.id;
    const agenda = async () =>
      (
        await call<{ meeting: MeetingView }>(
          `query($id: ID!) { meeting(id: $id) { agenda { id kind title } } }`,
          { id: meetingId },
        )
      ).meeting.agenda;
    // The majority cannot fill the opposition's slot, not even the town hall.
    for (const who of [c.chair, agent]) {
      const filled = await attempt(
        ADD_ITEM,
        { input: { meetingId, kind: 'OPPOSITION', title: 'Point bidon' } },
        who,
      );
      expect([codeOf(filled), reasonOf(filled)]).toEqual(['FORBIDDEN', 'OPPOSITION_ONLY']);
    }
    // A plain member cannot set the agenda; a stranger is not even let in.
    expect(
      reasonOf(
        await attempt(
          ADD_ITEM,
          { input: { meetingId, kind: 'TOWN_HALL', title: 'Mon point' } },
          c.others[0],
        ),
      ),
    ).toBe('CHAIR_ONLY');
    const stranger = await newAccount(config, db.url);
    expect(
      codeOf(
        await attempt(
          ADD_ITEM,
          { input: { meetingId, kind: 'OPPOSITION', title: 'Intrus' } },
          stranger,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await agenda()).toEqual([]);

    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'OPPOSITION', title: 'Sécurité des passages piétons' } },
      c.opposition,
    );
    const beyond = await attempt(
      ADD_ITEM,
      { input: { meetingId, kind: 'OPPOSITION', title: 'Un second point' } },
      c.opposition,
    );
    expect([codeOf(beyond), reasonOf(beyond)]).toEqual([
      'PRECONDITION_FAILED',
      'OPPOSITION_QUOTA_REACHED',
    ]);
    const [item] = await agenda();
    for (const who of [c.chair, c.coChair, agent]) {
      const removed = await attempt(byId('removeAgendaItem'), { id: item.id }, who);
      expect([codeOf(removed), reasonOf(removed)]).toEqual([
        'FORBIDDEN',
        'OPPOSITION_ITEM_PROTECTED',
      ]);
    }
    expect(await agenda()).toEqual([item]);

    // After the convocation, while the notice still holds, the opposition may still add its item.
    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'TOWN_HALL', title: 'Budget participatif' } },
      c.chair,
    );
    await call(byId('removeAgendaItem'), { id: item.id }, c.opposition);
    await call(byId('convokeMeeting'), { id: meetingId }, c.chair);
    const lateByChair = await attempt(
      ADD_ITEM,
      { input: { meetingId, kind: 'TOWN_HALL', title: 'Trop tard' } },
      c.chair,
    );
    expect([codeOf(lateByChair), reasonOf(lateByChair)]).toEqual([
      'PRECONDITION_FAILED',
      'MEETING_CONVENED',
    ]);
    const sent = smtp.messages.length;
    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'OPPOSITION', title: 'Sécurité des passages piétons' } },
      c.opposition,
    );
    await eventually(
      async () =>
        smtp.messages.slice(sent).filter((m) => m.subject.startsWith('Ordre du jour mis à jour'))
          .length === 7,
    );
    expect((await agenda()).map((i) => i.kind)).toEqual(['TOWN_HALL', 'OPPOSITION']);
  });

  it('does not decide a proposal without quorum: it goes to the next meeting', async () => {
    const c = await council();
    const scheduleMeeting = await newMeeting(api.url, c, { days: 10, place: 'Salle 6' });
    const proposalId = await qualifiedProposal(c, 'Un abri pour les vélos');
    await call(byId('convokeMeeting'), { id: scheduleMeeting.id }, c.chair);
    meetingDayOf(scheduleMeeting);
    const opened = (
      await call<{ openMeeting: MeetingView }>(
        byId('openMeeting'),
        { id: scheduleMeeting.id },
        c.chair,
      )
    ).openMeeting;
    // Only the chair is there: far from the quorum of four.
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: scheduleMeeting.id,
          entries: [{ accountId: c.chair.id, status: 'PRESENT' }],
        },
      },
      c.chair,
    );
    const ballot = (
      await call<{ openBallot: BallotView }>(
        OPEN_BALLOT,
        { input: { agendaItemId: opened.agenda[0].id, secret: false } },
        c.chair,
      )
    ).openBallot;
    await call(CAST, { input: { ballotId: ballot.id, choice: 'AGAINST' } }, c.chair);
    const closed = (
      await call<{ closeBallot: BallotView }>(CLOSE_BALLOT, { id: ballot.id }, c.chair)
    ).closeBallot;
    expect(closed.result).toMatchObject({ quorumHeld: false, adopted: false, against: 1 });
    expect((await proposalStatus(proposalId)).status).toBe('ON_AGENDA');
    await call(byId('closeMeeting'), { id: scheduleMeeting.id }, c.chair);
    expect((await proposalStatus(proposalId)).status).toBe('QUALIFIED');
  });

  it('lets the chair order the agenda, with every item once', async () => {
    const c = await council();
    const scheduleMeeting = await newMeeting(api.url, c, { days: 10, place: 'Salle 5' });
    const meetingId = scheduleMeeting.id;
    for (const title of ['Premier point', 'Deuxième point', 'Troisième point']) {
      await call(ADD_ITEM, { input: { meetingId, kind: 'TOWN_HALL', title } }, c.chair);
    }
    await call(
      ADD_ITEM,
      { input: { meetingId, kind: 'OPPOSITION', title: 'Point de l’opposition' } },
      c.opposition,
    );
    const REORDER = `mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { agenda { id position title } } }`;
    const { meeting } = await call<{ meeting: { agenda: { id: string; title: string }[] } }>(
      `query($id: ID!) { meeting(id: $id) { agenda { id title } } }`,
      { id: meetingId },
    );
    const [one, two, three, opposition] = meeting.agenda.map((i) => i.id);
    const { reorderAgenda } = await call<{
      reorderAgenda: { agenda: { id: string; position: number }[] };
    }>(REORDER, { input: { meetingId, itemIds: [opposition, three, one, two] } }, c.coChair);
    expect(reorderAgenda.agenda.map((i) => [i.id, i.position])).toEqual([
      [opposition, 1],
      [three, 2],
      [one, 3],
      [two, 4],
    ]);
    // Leaving an item out (here the opposition's) or naming another is refused, and nothing moves.
    const partial = await attempt(
      REORDER,
      { input: { meetingId, itemIds: [one, two, three] } },
      c.chair,
    );
    expect(codeOf(partial)).toBe('BAD_USER_INPUT');
    const foreign = await attempt(
      REORDER,
      { input: { meetingId, itemIds: [one, two, three, meetingId] } },
      c.chair,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await attempt(
          REORDER,
          { input: { meetingId, itemIds: [two, one, three, opposition] } },
          c.opposition,
        ),
      ),
    ).toBe('FORBIDDEN');
    const after = await call<{ meeting: { agenda: { id: string }[] } }>(
      `query($id: ID!) { meeting(id: $id) { agenda { id } } }`,
      {
        id: meetingId,
      },
    );
    expect(after.meeting.agenda.map((i) => i.id)).toEqual([opposition, three, one, two]);
  });

  it('cancels a convened meeting with a reason told to the members; its proposals wait for the next one', async () => {
    const c = await council();
    const scheduleMeeting = await newMeeting(api.url, c, { days: 10, place: 'Salle 4' });
    const proposalId = await qualifiedProposal(c, 'Une fontaine à eau');
    await call(byId('convokeMeeting'), { id: scheduleMeeting.id }, c.chair);
    const sent = smtp.messages.length;
    const { cancelMeeting } = await call<{ cancelMeeting: MeetingView }>(
      `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status cancelReason } }`,
      { input: { meetingId: scheduleMeeting.id, reason: 'Salle indisponible (dégât des eaux)' } },
      c.chair,
    );
    expect(cancelMeeting).toEqual({
      status: 'CANCELLED',
      cancelReason: 'Salle indisponible (dégât des eaux)',
    });
    await eventually(
      async () =>
        smtp.messages.slice(sent).filter((m) => m.subject.startsWith('Séance annulée')).length ===
        7,
    );
    expect(
      smtp.messages.slice(sent).find((m) => m.subject.startsWith('Séance annulée'))!.text,
    ).toContain('dégât des eaux');
    expect((await proposalStatus(proposalId)).status).toBe('QUALIFIED');
    expect(codeOf(await attempt(byId('openMeeting'), { id: scheduleMeeting.id }, c.chair))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('shows opposition statements on official answers, from opposition councillors only', async () => {
    const c = await council();
    const proposalId = await qualifiedProposal(c, 'Un jardin partagé');
    await sql(
      db.url,
      `UPDATE proposal SET status = 'ANSWERED', answer = 'DECLINED', answer_justification = 'Budget.' WHERE id = $1`,
      [proposalId],
    );
    expect(
      codeOf(await attempt(STATEMENT, { input: { proposalId, body: 'Dommage.' } }, c.chair)),
    ).toBe('FORBIDDEN');
    await call(
      STATEMENT,
      { input: { proposalId, body: 'Un refus sans étude : nous le contestons.' } },
      c.opposition,
    );
    const again = await attempt(
      STATEMENT,
      { input: { proposalId, body: 'Encore.' } },
      c.opposition,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const both = await attempt(
      STATEMENT,
      { input: { proposalId, minutesId: proposalId, body: 'x' } },
      c.opposition,
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(
      (
        await call<{ proposal: { oppositionStatements: { body: string }[] } }>(PROPOSAL, {
          id: proposalId,
        })
      ).proposal.oppositionStatements,
    ).toEqual([{ body: 'Un refus sans étude : nous le contestons.' }]);
  });
});
