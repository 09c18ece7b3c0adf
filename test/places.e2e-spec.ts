import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, AppConfig, townDay } from '@quorum/core';
import { PlaceReportedNotice } from '@quorum/places/place-notifications';
import { MailCatcher } from '../scripts/mail-catcher';
import {
  bearer,
  DEFAULT_PASSWORD,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from './support/factories';
import {
  ADD_ITEM,
  byId,
  CouncilWithMembers,
  inDays,
  newCouncilWithMembers,
  ok,
  sql,
} from './support/meeting-fixtures';
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

const PLACE_FIELDS = `id name kind address councilId councilName entrance toilets hearingLoop parking overall
  evidence checkedOn plannedWorks plannedWorksOn openReports warning
  checks { checkedOn overall evidence } reports { id body answer answeredAt }`;
const CREATE = `mutation($input: PlaceInput!) { createPlace(input: $input) { ${PLACE_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { ${PLACE_FIELDS} } }`;
const REPORT = `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { ${PLACE_FIELDS} } }`;
const ANSWER = `mutation($input: AnswerPlaceReportInput!) { answerPlaceReport(input: $input) { ${PLACE_FIELDS} } }`;
const PLACE = `query($id: ID!) { place(id: $id) { ${PLACE_FIELDS} } }`;
const PROGRESS = `{ placesProgress { today { accessible notAccessible unknown } termEndsOn
  byKind { key label accessible notAccessible unknown } byCouncil { key label accessible notAccessible unknown }
  series { month day accessible notAccessible unknown } } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
  id place placeId accessible accessibilityDetails registeredPlace { id name overall notAccessible warning } } }`;
const INBOX = `{ notifications(first: 50) { edges { node { event title body link } } } }`;

interface PlaceView {
  id: string;
  overall: string;
  warning: string | null;
  openReports: number;
  checks: { checkedOn: string; overall: string; evidence: string | null }[];
  reports: { id: string; body: string; answer: string | null; answeredAt: string | null }[];
}

const all = (status: string) => ({
  entrance: status,
  toilets: status,
  hearingLoop: status,
  parking: status,
});

/** Issue 19: the register of accessible places, its reports, the progress, and meetings' places. */
describe('Places: register, reports answered in public, progress, the warning on meetings', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let smtp: MailCatcher;
  let agent: TestAccount;
  let council: CouncilWithMembers;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    council = await newCouncilWithMembers(api.url, config, db.url, agent);
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await db.drop();
  });

  const today = () => townDay(clock.now());
  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createPlace: PlaceView }>(api.url, CREATE, { input }, agent)).createPlace;
  const base = (name: string) => ({
    name,
    kind: 'HALL',
    address: '3 rue des Écoles',
    councilId: council.id,
  });

  it('agents register places; the overall result, the checks and the audit follow; others are refused', async () => {
    const resident = await newVerifiedResident(config, db.url);
    const refused = await graphql(
      api.url,
      CREATE,
      { input: { ...base('Salle refusée'), ...all('UNKNOWN') } },
      bearer(resident),
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');

    // A council that does not exist (councils' own check, by key).
    const nowhere = await graphql(
      api.url,
      CREATE,
      {
        input: {
          ...base('Salle sans conseil'),
          councilId: '00000000-0000-4000-8000-000000000000',
          ...all('UNKNOWN'),
        },
      },
      bearer(agent),
    );
    expect(codeOf(nowhere)).toBe('NOT_FOUND');

    const future = await graphql(
      api.url,
      CREATE,
      { input: { ...base('Salle future'), ...all('ACCESSIBLE'), checkedOn: addDays(today(), 1) } },
      bearer(agent),
    );
    expect(fieldsOf(future)).toEqual(['input.checkedOn']);
    const undated = await graphql(
      api.url,
      CREATE,
      { input: { ...base('Salle sans date'), ...all('ACCESSIBLE') } },
      bearer(agent),
    );
    expect(fieldsOf(undated)).toEqual(['input.checkedOn']);

    const hall = await create({
      ...base('Salle Jean-Moulin'),
      ...all('ACCESSIBLE'),
      toilets: 'NOT_ACCESSIBLE',
      hearingLoop: 'UNKNOWN',
      checkedOn: today(),
      evidence: 'Visite du service bâtiments',
      plannedWorks: 'Toilettes adaptées',
      plannedWorksOn: addDays(today(), 90),
    });
    expect(hall).toMatchObject({
      overall: 'NOT_ACCESSIBLE',
      councilName: council.name,
      checks: [{ checkedOn: today(), overall: 'NOT_ACCESSIBLE' }],
    });
    expect(hall.warning).toMatch(/^Lieu non accessible : Salle Jean-Moulin \(toilettes/);

    const updated = (
      await ok<{ updatePlace: PlaceView }>(
        api.url,
        UPDATE,
        {
          input: {
            id: hall.id,
            ...base('Salle Jean-Moulin'),
            ...all('ACCESSIBLE'),
            checkedOn: today(),
            evidence: 'Travaux reçus',
          },
        },
        agent,
      )
    ).updatePlace;
    expect(updated).toMatchObject({ overall: 'ACCESSIBLE', warning: null });
    expect(updated.checks).toHaveLength(2);
    // A change of the name only is no new check.
    const renamed = (
      await ok<{ updatePlace: PlaceView }>(
        api.url,
        UPDATE,
        {
          input: {
            id: hall.id,
            ...base('Salle Jean-Moulin (rez-de-chaussée)'),
            ...all('ACCESSIBLE'),
            checkedOn: today(),
            evidence: 'Travaux reçus',
          },
        },
        agent,
      )
    ).updatePlace;
    expect(renamed.checks).toHaveLength(2);
    const audit = await sql<{ action: string }>(
      db.url,
      `SELECT action FROM audit_log WHERE object_id = $1 ORDER BY id`,
      [hall.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['place.created', 'place.updated', 'place.updated']);
  });

  it('warns the chair when scheduling in a place not accessible, and says it in the convocation', async () => {
    const closed = await create({
      ...base('École du Centre'),
      kind: 'SCHOOL',
      ...all('ACCESSIBLE'),
      entrance: 'NOT_ACCESSIBLE',
      parking: 'NOT_ACCESSIBLE',
      checkedOn: today(),
    });
    const open = await create({
      ...base('Mairie annexe'),
      ...all('ACCESSIBLE'),
      checkedOn: today(),
    });

    const schedule = (input: Record<string, unknown>) =>
      graphql<{ scheduleMeeting: Record<string, unknown> }>(
        api.url,
        SCHEDULE,
        { input: { councilId: council.id, startsAt: inDays(10), isPublic: true, ...input } },
        bearer(council.chair),
      );
    const warned = await schedule({ placeId: closed.id });
    expect(warned.errors).toBeUndefined();
    expect(warned.data!.scheduleMeeting).toMatchObject({
      place: 'École du Centre, 3 rue des Écoles',
      placeId: closed.id,
      accessible: false,
      accessibilityDetails: 'non accessible (entrée, stationnement réservé)',
      registeredPlace: {
        overall: 'NOT_ACCESSIBLE',
        notAccessible: ['entrée', 'stationnement réservé'],
      },
    });
    expect((warned.data!.scheduleMeeting.registeredPlace as { warning: string }).warning).toMatch(
      /^Lieu non accessible : École du Centre \(entrée et stationnement réservé non accessibles\)/,
    );

    const fine = await schedule({ placeId: open.id, place: 'Mairie annexe, salle 2' });
    expect(fine.data!.scheduleMeeting).toMatchObject({
      place: 'Mairie annexe, salle 2',
      accessible: true,
      registeredPlace: { warning: null },
    });
    // The free-text place still works, and needs its accessibility said.
    const text = await schedule({ place: 'Préau de la place', accessible: true });
    expect(text.data!.scheduleMeeting).toMatchObject({ placeId: null, registeredPlace: null });
    expect(fieldsOf(await schedule({ place: 'Préau de la place' }))).toEqual(['input.accessible']);
    expect(fieldsOf(await schedule({ accessible: true }))).toEqual(['input.place']);
    expect(codeOf(await schedule({ placeId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );

    const meetingId = warned.data!.scheduleMeeting.id as string;
    await ok(
      api.url,
      ADD_ITEM,
      { input: { meetingId, kind: 'QUESTION', title: 'Questions' } },
      council.chair,
    );
    await ok(api.url, byId('convokeMeeting'), { id: meetingId }, council.chair);
    const member = council.others[0];
    const mail = await eventually(
      async () =>
        smtp.messages.find((m) => m.to[0] === member.email && m.subject.startsWith('Convocation')),
      20_000,
    );
    expect(mail.text).toContain('Lieu non accessible : École du Centre');
    const inbox = await ok<{
      notifications: { edges: { node: { event: string; body: string } }[] };
    }>(api.url, INBOX, {}, member);
    const convocation = inbox.notifications.edges.find((e) => e.node.event === 'MEETING_CONVENED');
    expect(convocation?.node.body).toContain('Lieu non accessible : École du Centre');
    const publicView = await ok<{ meeting: { registeredPlace: { warning: string } } }>(
      api.url,
      `query($id: ID!) { meeting(id: $id) { registeredPlace { warning } } }`,
      { id: meetingId },
    );
    expect(publicView.meeting.registeredPlace.warning).toMatch(/^Lieu non accessible/);
  }, 60_000);

  it('a resident reports a problem, the agents hear of it, the town hall answers once, in public', async () => {
    const place = await create({ ...base('Gymnase Nord'), kind: 'SPORTS', ...all('UNKNOWN') });
    const resident = await newVerifiedResident(config, db.url);
    const anonymous = await graphql(api.url, REPORT, {
      input: { placeId: place.id, body: 'La rampe est trop raide.' },
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const reported = (
      await ok<{ reportPlaceProblem: PlaceView }>(
        api.url,
        REPORT,
        { input: { placeId: place.id, body: 'La rampe de l’entrée est trop raide.' } },
        resident,
      )
    ).reportPlaceProblem;
    expect(reported.openReports).toBe(1);
    const reportId = reported.reports[0].id;
    await eventually(async () => {
      const inbox = await ok<{
        notifications: { edges: { node: { event: string; link: string } }[] };
      }>(api.url, INBOX, {}, agent);
      return inbox.notifications.edges.some(
        (e) =>
          e.node.event === 'PLACE_REPORTED' && e.node.link.endsWith(`/mairie/lieux/${place.id}`),
      );
    }, 20_000);

    const byResident = await graphql(
      api.url,
      ANSWER,
      { input: { reportId, answer: 'Nous regardons.' } },
      bearer(resident),
    );
    expect(codeOf(byResident)).toBe('FORBIDDEN');
    const answer = 'Une rampe conforme sera posée en mars.';
    await ok(api.url, ANSWER, { input: { reportId, answer } }, agent);
    const again = await graphql(api.url, ANSWER, { input: { reportId, answer } }, bearer(agent));
    expect(reasonOf(again)).toBe('REPORT_ALREADY_ANSWERED');

    const seen = (await ok<{ place: PlaceView }>(api.url, PLACE, { id: place.id })).place;
    expect(seen.openReports).toBe(0);
    expect(seen.reports).toEqual([
      expect.objectContaining({ body: 'La rampe de l’entrée est trop raide.', answer }),
    ]);
    await eventually(async () => {
      const inbox = await ok<{
        notifications: { edges: { node: { event: string; body: string } }[] };
      }>(api.url, INBOX, {}, resident);
      return inbox.notifications.edges.some(
        (e) => e.node.event === 'PLACE_REPORT_ANSWERED' && e.node.body.includes(answer),
      );
    }, 20_000);

    // Personal data: the report is exported, then unlinked on erasure (it stays public).
    const exported = await ok<{ exportMyData: { places: { reports: { body: string }[] } } }>(
      api.url,
      '{ exportMyData }',
      {},
      resident,
    );
    expect(exported.exportMyData.places.reports).toEqual([
      expect.objectContaining({ body: 'La rampe de l’entrée est trop raide.' }),
    ]);
    const erased = await graphql(
      api.url,
      `
        mutation ($password: String!) {
          deleteMyAccount(password: $password)
        }
      `,
      { password: DEFAULT_PASSWORD },
      bearer(resident),
    );
    expect(erased.errors).toBeUndefined();
    const [row] = await sql<{ authorId: string | null }>(
      db.url,
      `SELECT author_id AS "authorId" FROM place_report WHERE id = $1`,
      [reportId],
    );
    expect(row.authorId).toBeNull();
    expect(
      (await ok<{ place: PlaceView }>(api.url, PLACE, { id: place.id })).place.reports,
    ).toEqual([expect.objectContaining({ answer })]);
  }, 60_000);

  it('counts the progress by kind, by council and month by month, from the history of checks', async () => {
    // A place checked not accessible two months ago, made accessible today.
    clock.travelTo(new Date(clock.now().getTime() - 62 * 86_400_000));
    const then = today();
    const stadium = await create({
      ...base('Stade des Lilas'),
      kind: 'SPORTS',
      councilId: null,
      ...all('NOT_ACCESSIBLE'),
      checkedOn: then,
    });
    clock.reset();
    await ok(
      api.url,
      UPDATE,
      {
        input: {
          id: stadium.id,
          ...base('Stade des Lilas'),
          kind: 'SPORTS',
          councilId: null,
          ...all('ACCESSIBLE'),
          checkedOn: today(),
        },
      },
      agent,
    );
    const { placesProgress: p } = await ok<{
      placesProgress: {
        today: Record<string, number>;
        termEndsOn: string;
        byKind: { key: string; label: string; notAccessible: number }[];
        byCouncil: { key: string; label: string }[];
        series: { month: string; accessible: number; notAccessible: number; unknown: number }[];
      };
    }>(api.url, PROGRESS, {});
    // Registered so far: Jean-Moulin (accessible), École (not), Mairie annexe (accessible),
    // Gymnase Nord (unknown), Stade (accessible).
    expect(p.today).toEqual({ accessible: 3, notAccessible: 1, unknown: 1 });
    expect(p.termEndsOn).toBe('2032-03-31');
    expect(p.byKind.find((k) => k.key === 'SCHOOL')).toMatchObject({
      label: 'École',
      notAccessible: 1,
    });
    expect(p.byCouncil.map((c) => c.label)).toEqual([council.name, 'Hors conseil']);
    expect(p.series[0]).toMatchObject({ month: then.slice(0, 7), notAccessible: 1, accessible: 0 });
    expect(p.series.at(-1)).toMatchObject({ month: today().slice(0, 7), ...p.today });

    const csv = await fetch(`${api.url}/open-data/places-progress.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\n')[0]).toBe('month,day,accessible,notAccessible,unknown');
    const places = (await (await fetch(`${api.url}/open-data/places.json`)).json()) as {
      name: string;
      overall: string;
    }[];
    expect(places.map((place) => place.name)).toContain('Stade des Lilas');
    expect((await fetch(`${api.url}/open-data/places.csv`)).status).toBe(200);
    const series = (await (
      await fetch(`${api.url}/open-data/places-progress.json`)
    ).json()) as unknown[];
    expect(series).toHaveLength(p.series.length);
    // Today's tables of /lieux, by kind and by council, in open data too (same rows, same order).
    for (const [name, rows] of [
      ['places-by-kind', p.byKind],
      ['places-by-council', p.byCouncil],
    ] as const) {
      const file = await fetch(`${api.url}/open-data/${name}.csv`);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
      expect((await file.text()).split('\n')[0]).toBe(
        'day,key,label,accessible,notAccessible,unknown',
      );
      const json = (await (await fetch(`${api.url}/open-data/${name}.json`)).json()) as unknown[];
      expect(json).toEqual(rows.map((row) => ({ day: today(), ...row })));
    }
  });

  it('a meeting says what the register says now: a place checked again changes the page and the convocation alike', async () => {
    // Review finding 4: scheduled while not accessible, checked accessible before the convocation.
    const fixed = await create({
      ...base('Salle des Fêtes'),
      ...all('ACCESSIBLE'),
      entrance: 'NOT_ACCESSIBLE',
      checkedOn: today(),
    });
    // And the other way round: accessible when scheduled, found not accessible since.
    const broken = await create({
      ...base('Maison des Associations'),
      ...all('ACCESSIBLE'),
      checkedOn: today(),
    });
    const schedule = async (placeId: string, days: number) =>
      (
        await ok<{ scheduleMeeting: { id: string; accessible: boolean } }>(
          api.url,
          SCHEDULE,
          { input: { councilId: council.id, startsAt: inDays(days), isPublic: true, placeId } },
          council.chair,
        )
      ).scheduleMeeting;
    const first = await schedule(fixed.id, 12);
    const second = await schedule(broken.id, 13);
    expect([first.accessible, second.accessible]).toEqual([false, true]);
    const recheck = (id: string, name: string, features: Record<string, string>) =>
      ok(api.url, UPDATE, { input: { id, ...base(name), ...features, checkedOn: today() } }, agent);
    await recheck(fixed.id, 'Salle des Fêtes', all('ACCESSIBLE'));
    await recheck(broken.id, 'Maison des Associations', {
      ...all('ACCESSIBLE'),
      toilets: 'NOT_ACCESSIBLE',
    });

    // The meeting page (one meeting, and the list, whose places come in one batch).
    const VIEW = `id accessible accessibilityDetails registeredPlace { id warning }`;
    const one = await ok<{ meeting: Record<string, unknown> }>(
      api.url,
      `query($id: ID!) { meeting(id: $id) { ${VIEW} } }`,
      { id: first.id },
    );
    expect(one.meeting).toMatchObject({
      accessible: true,
      accessibilityDetails: null,
      registeredPlace: { id: fixed.id, warning: null },
    });
    const list = await ok<{
      meetings: { edges: { node: Record<string, unknown> & { id: string } }[] };
    }>(
      api.url,
      `query($councilId: ID) { meetings(councilId: $councilId, first: 20) { edges { node { ${VIEW} } } } }`,
      { councilId: council.id },
    );
    const byMeeting = new Map(list.meetings.edges.map((e) => [e.node.id, e.node]));
    expect(byMeeting.get(first.id)).toMatchObject({
      accessible: true,
      registeredPlace: { id: fixed.id },
    });
    expect(byMeeting.get(second.id)).toMatchObject({
      accessible: false,
      accessibilityDetails: 'non accessible (toilettes)',
      registeredPlace: {
        id: broken.id,
        warning: expect.stringMatching(/^Lieu non accessible : Maison des Associations/),
      },
    });

    // The convocations say the same.
    for (const meetingId of [first.id, second.id]) {
      await ok(
        api.url,
        ADD_ITEM,
        { input: { meetingId, kind: 'QUESTION', title: 'Questions' } },
        council.chair,
      );
      await ok(api.url, byId('convokeMeeting'), { id: meetingId }, council.chair);
    }
    const member = council.others[0];
    const convocation = (place: string) =>
      eventually(
        async () =>
          smtp.messages.find(
            (m) =>
              m.to[0] === member.email &&
              m.subject.startsWith('Convocation') &&
              m.text.includes(place),
          ),
        20_000,
      );
    const accessibleMail = await convocation('Salle des Fêtes');
    expect(accessibleMail.text).toContain(
      'Accessibilité : accessible aux personnes à mobilité réduite.',
    );
    expect(accessibleMail.text).not.toContain('non accessible');
    const warnedMail = await convocation('Maison des Associations');
    expect(warnedMail.text).toContain(
      'Lieu non accessible : Maison des Associations (toilettes non accessibles)',
    );
    expect(warnedMail.text).toContain(
      'Accessibilité : non accessible aux personnes à mobilité réduite (non accessible (toilettes)).',
    );
  }, 60_000);

  it('agents hide a report (moderation): out of the public reads, the reason audited', async () => {
    const HIDE = `mutation($input: HidePlaceReportInput!) { hidePlaceReport(input: $input) { ${PLACE_FIELDS} } }`;
    const place = await create({ ...base('Bibliothèque Sud'), kind: 'OTHER', ...all('UNKNOWN') });
    const resident = await newVerifiedResident(config, db.url);
    const report = (body: string) =>
      ok<{ reportPlaceProblem: PlaceView }>(
        api.url,
        REPORT,
        { input: { placeId: place.id, body } },
        resident,
      );
    await report('La porte automatique est en panne depuis lundi.');
    const reported = (await report('Un message injurieux qui n’a rien à faire ici.'))
      .reportPlaceProblem;
    expect(reported.openReports).toBe(2);
    const reportId = reported.reports[0].id;
    const input = { reportId, reason: 'Propos injurieux (charte)' };

    expect(codeOf(await graphql(api.url, HIDE, { input }, bearer(resident)))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(api.url, HIDE, { input }))).toBe('UNAUTHENTICATED');
    expect(
      fieldsOf(await graphql(api.url, HIDE, { input: { reportId, reason: 'x' } }, bearer(agent))),
    ).toEqual(['input.reason']);
    const hidden = (await ok<{ hidePlaceReport: PlaceView }>(api.url, HIDE, { input }, agent))
      .hidePlaceReport;
    expect(hidden.openReports).toBe(1);
    expect(hidden.reports.map((r) => r.body)).toEqual([
      'La porte automatique est en panne depuis lundi.',
    ]);
    const seen = (await ok<{ place: PlaceView }>(api.url, PLACE, { id: place.id })).place;
    expect(seen.reports.map((r) => r.id)).not.toContain(reportId);
    expect(seen.openReports).toBe(1);
    const listed = await ok<{ places: { id: string; openReports: number }[] }>(
      api.url,
      '{ places { id openReports } }',
      {},
    );
    expect(listed.places.find((p) => p.id === place.id)?.openReports).toBe(1);
    // The open data counts the report no more.
    const published = (await (await fetch(`${api.url}/open-data/places.json`)).json()) as {
      place_id: string;
      reports: number;
    }[];
    expect(published.find((p) => p.place_id === place.id)?.reports).toBe(1);
    expect(reasonOf(await graphql(api.url, HIDE, { input }, bearer(agent)))).toBe(
      'REPORT_ALREADY_HIDDEN',
    );
    // A public answer would bring it back: refused, nothing answered.
    const answering = { input: { reportId, answer: 'Merci de votre signalement.' } };
    expect(reasonOf(await graphql(api.url, ANSWER, answering, bearer(agent)))).toBe(
      'REPORT_ALREADY_HIDDEN',
    );
    // Its notice, were its fan-out still to come, would say nothing (the text stays hidden).
    const manager = api.app.get<DataSource>(getDataSourceToken()).manager;
    expect(await new PlaceReportedNotice().message(manager, { reportId })).toBeNull();

    const [row] = await sql<{ hiddenReason: string; hiddenBy: string }>(
      db.url,
      `SELECT hidden_reason AS "hiddenReason", hidden_by AS "hiddenBy" FROM place_report WHERE id = $1`,
      [reportId],
    );
    expect(row).toEqual({ hiddenReason: input.reason, hiddenBy: agent.id });
    const audit = await sql<{ action: string; after: { reason: string } }>(
      db.url,
      `SELECT action, after FROM audit_log WHERE object_id = $1 ORDER BY id`,
      [reportId],
    );
    expect(audit.map((a) => a.action)).toEqual(['place.reported', 'place.report-hidden']);
    expect(audit[1].after.reason).toBe(input.reason);
  });
});
