import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, frenchDate } from '@quorum/core';
import { DetourReportedNotice } from '@quorum/works/works-notifications';
import { bearer, newAgent, newVerifiedResident, TestAccount } from './support/factories';
import { ok, sql, townDayIn } from './support/meeting-fixtures';
import { countStatements } from './support/sql-statements';
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

const WORKS_FIELDS = `id title address geometry startsOn endsOn assessmentDueOn phase detourVersion viewerFollows
  councils { id name } detours { version description accessible reason }
  reports { id problem place description detourVersion answer answeredAt }`;
const POST = `mutation($input: PostWorksInput!) { postWorks(input: $input) { ${WORKS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateWorksInput!) { updateWorks(input: $input) { ${WORKS_FIELDS} } }`;
const CHANGE = `mutation($input: ChangeDetourInput!) { changeDetour(input: $input) { ${WORKS_FIELDS} } }`;
const REPORT = `mutation($input: ReportDetourProblemInput!) { reportDetourProblem(input: $input) { id problem place answer detourVersion } }`;
const ANSWER = `mutation($input: AnswerDetourReportInput!) { answerDetourReport(input: $input) { id answer answeredAt } }`;
const ONE = `query($id: ID!) { worksProject(id: $id) { ${WORKS_FIELDS} } }`;
const INBOX = `{ notifications(first: 50) { edges { node { event title body link } } } }`;

interface Works {
  id: string;
  phase: string;
  detourVersion: number;
  geometry: string | null;
  councils: { id: string; name: string }[];
  detours: { version: number; description: string; accessible: boolean; reason: string | null }[];
  reports: { id: string; problem: string; answer: string | null; detourVersion: number }[];
}

describe('Works and detours (issue 19)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let agent: TestAccount;
  let councilId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
      api.url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: 'Conseil de la Gare',
          slug: 'gare',
          neighbourhood: 'La Gare',
          perimeterDescription: 'Autour de la gare',
        },
      },
      agent,
    );
    councilId = createCouncil.id;
  });
  afterAll(async () => {
    clock.reset();
    await worker.close();
    await api.close();
    await db.drop();
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    title: 'Réfection du trottoir de la rue de la Gare',
    description: 'Le trottoir nord est refait à neuf.',
    address: 'rue de la Gare, du n° 2 au n° 40',
    startsOn: townDayIn(-1),
    endsOn: townDayIn(20),
    assessmentDueOn: null,
    councilIds: [councilId],
    detour: 'Par le trottoir sud, traversée au passage piéton du n° 2.',
    detourAccessible: true,
    ...extra,
  });
  const post = async (extra: Record<string, unknown> = {}) =>
    (await ok<{ postWorks: Works }>(api.url, POST, { input: input(extra) }, agent)).postWorks;
  const follower = async () => {
    const person = await newVerifiedResident(config, db.url);
    await ok(
      api.url,
      `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`,
      { id: councilId },
      person,
    );
    return person;
  };
  const inbox = (who: TestAccount) =>
    graphql<{
      notifications: { edges: { node: { event: string; body: string; link: string } }[] };
    }>(api.url, INBOX, {}, bearer(who)).then((r) => r.data!.notifications.edges.map((e) => e.node));

  it('lets the town hall post works with their detour; the council’s followers hear of them', async () => {
    const follows = await follower();
    const works = await post({
      geometry: '{"type":"LineString","coordinates":[[2.35,48.85],[2.36,48.86]]}',
    });
    expect(works).toMatchObject({
      phase: 'CURRENT',
      detourVersion: 1,
      geometry: '{"type":"LineString","coordinates":[[2.35,48.85],[2.36,48.86]]}',
      councils: [{ id: councilId, name: 'Conseil de la Gare' }],
      detours: [{ version: 1, accessible: true, reason: null }],
      reports: [],
    });
    const notes = await eventually(async () => {
      const found = (await inbox(follows)).filter((n) => n.event === 'WORKS_POSTED');
      return found.length > 0 && found;
    });
    expect(notes[0].link).toContain(`/travaux/${works.id}`);
    expect(notes[0].body).toContain('Par le trottoir sud');

    const listed = await graphql<{ worksProjects: { id: string }[] }>(
      api.url,
      `
        query ($c: ID) {
          worksProjects(councilId: $c) {
            id
          }
        }
      `,
      { c: councilId },
    );
    expect(listed.data!.worksProjects.map((w) => w.id)).toContain(works.id);
  });

  it('refuses bad dates, a geometry that is not GeoJSON and an unknown council, in French', async () => {
    const dates = await graphql(
      api.url,
      POST,
      { input: input({ endsOn: townDayIn(-5) }) },
      bearer(agent),
    );
    expect(codeOf(dates)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(dates)).toEqual(['input.endsOn']);
    const past = await graphql(
      api.url,
      POST,
      { input: input({ startsOn: townDayIn(2), assessmentDueOn: townDayIn(-1) }) },
      bearer(agent),
    );
    expect(fieldsOf(past)).toEqual(['input.assessmentDueOn']);
    expect(past.errors![0].message).toContain('déjà passée');
    const shape = await graphql(
      api.url,
      POST,
      { input: input({ geometry: 'rue de la Gare' }) },
      bearer(agent),
    );
    expect(fieldsOf(shape)).toEqual(['input.geometry']);
    expect(shape.errors![0].message).toContain('JSON');
    const council = await graphql(
      api.url,
      POST,
      { input: input({ councilIds: ['00000000-0000-4000-8000-000000000000'] }) },
      bearer(agent),
    );
    expect(fieldsOf(council)).toEqual(['input.councilIds']);
    const resident = await newVerifiedResident(config, db.url);
    expect(codeOf(await graphql(api.url, POST, { input: input() }, bearer(resident)))).toBe(
      'FORBIDDEN',
    );
  });

  it('takes reports during the works only, answered once and in public; the author hears of it', async () => {
    const works = await post();
    const coming = await post({
      startsOn: townDayIn(5),
      endsOn: townDayIn(9),
      assessmentDueOn: null,
    });
    const resident = await newVerifiedResident(config, db.url);
    const report = (worksId: string) =>
      graphql<{ reportDetourProblem: { id: string; detourVersion: number } }>(
        api.url,
        REPORT,
        {
          input: {
            worksId,
            problem: 'NOT_ACCESSIBLE',
            place: 'Passage piéton du n° 2',
            description: 'Le bateau du trottoir est bloqué par une palissade.',
          },
        },
        bearer(resident),
      );
    const early = await report(coming.id);
    expect(reasonOf(early)).toBe('WORKS_NOT_CURRENT');
    expect(early.errors![0].message).toContain('pendant les travaux');

    const made = (await report(works.id)).data!.reportDetourProblem;
    expect(made.detourVersion).toBe(1);
    // The agents hear of it at once: a blocked or dangerous detour cannot wait for someone to look.
    const told = await eventually(async () => {
      const found = (await inbox(agent)).filter(
        (n) => n.event === 'WORKS_DETOUR_REPORTED' && n.link.includes(`#signalement-${made.id}`),
      );
      return found.length > 0 && found;
    });
    expect(told[0].link).toContain(`/mairie/travaux/${works.id}`);
    expect(told[0].body).toContain('Le bateau du trottoir est bloqué');
    expect(
      codeOf(
        await graphql(
          api.url,
          ANSWER,
          { input: { reportId: made.id, answer: 'Non.' } },
          bearer(resident),
        ),
      ),
    ).toBe('FORBIDDEN');
    const answer = 'La palissade est déplacée ce matin ; le passage est libre.';
    const answered = await ok<{ answerDetourReport: { answer: string } }>(
      api.url,
      ANSWER,
      { input: { reportId: made.id, answer } },
      agent,
    );
    expect(answered.answerDetourReport.answer).toBe(answer);
    const again = await graphql(
      api.url,
      ANSWER,
      { input: { reportId: made.id, answer } },
      bearer(agent),
    );
    expect(reasonOf(again)).toBe('REPORT_ALREADY_ANSWERED');

    // Public: anyone reads the report and its answer, never who made it.
    const seen = await graphql<{ worksProject: Works }>(api.url, ONE, { id: works.id });
    expect(seen.data!.worksProject.reports).toEqual([
      expect.objectContaining({ id: made.id, problem: 'NOT_ACCESSIBLE', answer }),
    ]);
    const notes = await eventually(async () => {
      const found = (await inbox(resident)).filter((n) => n.event === 'WORKS_REPORT_ANSWERED');
      return found.length > 0 && found;
    });
    expect(notes[0].link).toContain(`#signalement-${made.id}`);
  });

  it('agents hide a report (moderation): out of every public read, the reason audited, still in its author’s export', async () => {
    const HIDE = `mutation($input: HideDetourReportInput!) { hideDetourReport(input: $input) { ${WORKS_FIELDS} } }`;
    const works = await post({ title: 'Réfection de la place de la Gare' });
    const resident = await newVerifiedResident(config, db.url);
    const report = async (description: string) =>
      (
        await ok<{ reportDetourProblem: { id: string } }>(
          api.url,
          REPORT,
          {
            input: {
              worksId: works.id,
              problem: 'BLOCKED',
              place: 'Place de la Gare',
              description,
            },
          },
          resident,
        )
      ).reportDetourProblem.id;
    const kept = await report('Une barrière ferme le passage piéton.');
    const reportId = await report('Un message injurieux qui n’a rien à faire ici.');
    const input = { reportId, reason: 'Propos injurieux (charte)' };

    expect(codeOf(await graphql(api.url, HIDE, { input }, bearer(resident)))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(api.url, HIDE, { input }))).toBe('UNAUTHENTICATED');
    expect(
      fieldsOf(await graphql(api.url, HIDE, { input: { reportId, reason: 'x' } }, bearer(agent))),
    ).toEqual(['input.reason']);
    const hidden = (await ok<{ hideDetourReport: Works }>(api.url, HIDE, { input }, agent))
      .hideDetourReport;
    expect(hidden.reports.map((r) => r.id)).toEqual([kept]);
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
    expect(await new DetourReportedNotice().message(manager, { reportId })).toBeNull();
    expect(await new DetourReportedNotice().message(manager, { reportId: kept })).not.toBeNull();

    // Every public read: the project, the list of projects, the list to answer, the open data.
    const seen = (await ok<{ worksProject: Works }>(api.url, ONE, { id: works.id })).worksProject;
    expect(seen.reports.map((r) => r.id)).toEqual([kept]);
    const listed = await ok<{ worksProjects: { id: string; reports: { id: string }[] }[] }>(
      api.url,
      '{ worksProjects { id reports { id } } }',
      {},
    );
    expect(listed.worksProjects.find((w) => w.id === works.id)?.reports).toEqual([{ id: kept }]);
    const toAnswer = await ok<{ detourReportsToAnswer: { id: string }[] }>(
      api.url,
      '{ detourReportsToAnswer { id } }',
      {},
      agent,
    );
    expect(toAnswer.detourReportsToAnswer.map((r) => r.id)).toContain(kept);
    expect(toAnswer.detourReportsToAnswer.map((r) => r.id)).not.toContain(reportId);
    const openData = (await (await fetch(`${api.url}/open-data/works.json`)).json()) as {
      works_id: string;
      reports: number;
    }[];
    expect(openData.find((w) => w.works_id === works.id)?.reports).toBe(1);

    // Kept on the row and in the audit log, in an entry that is not public (as for places).
    const [row] = await sql<{ hiddenReason: string; hiddenBy: string }>(
      db.url,
      `SELECT hidden_reason AS "hiddenReason", hidden_by AS "hiddenBy" FROM works_report WHERE id = $1`,
      [reportId],
    );
    expect(row).toEqual({ hiddenReason: input.reason, hiddenBy: agent.id });
    const audit = await sql<{ action: string; after: { reason: string } }>(
      db.url,
      `SELECT action, after FROM audit_log WHERE object_id = $1 ORDER BY id`,
      [reportId],
    );
    expect(audit.map((a) => a.action)).toEqual(['works.detour-reported', 'works.report-hidden']);
    expect(audit[1].after.reason).toBe(input.reason);
    expect(await (await fetch(`${api.url}/open-data/audit.jsonl`)).text()).not.toContain(
      input.reason,
    );

    // Its author still finds it in their export, with when it was hidden.
    const exported = await ok<{
      exportMyData: { works: { reports: { id: string; hiddenAt: string | null }[] } };
    }>(api.url, '{ exportMyData }', {}, resident);
    expect(exported.exportMyData.works.reports).toEqual([
      expect.objectContaining({ id: kept, hiddenAt: null }),
      expect.objectContaining({ id: reportId, hiddenAt: expect.any(String) }),
    ]);
  });

  it('keeps each version of the detour; the works’ and the council’s followers hear of a change', async () => {
    const works = await post();
    const councilFollower = await follower();
    const worksFollower = await newVerifiedResident(config, db.url);
    await ok(
      api.url,
      `mutation($id: ID!) { followWorks(id: $id) { viewerFollows } }`,
      { id: works.id },
      worksFollower,
    );
    const changed = (
      await ok<{ changeDetour: Works }>(
        api.url,
        CHANGE,
        {
          input: {
            worksId: works.id,
            description: 'Par la rue Neuve, trottoir abaissé.',
            accessible: true,
            reason: 'La palissade bloquait le passage piéton.',
          },
        },
        agent,
      )
    ).changeDetour;
    expect(changed.detourVersion).toBe(2);
    expect(changed.detours.map((d) => [d.version, d.reason])).toEqual([
      [2, 'La palissade bloquait le passage piéton.'],
      [1, null],
    ]);
    for (const person of [councilFollower, worksFollower]) {
      const notes = await eventually(async () => {
        const found = (await inbox(person)).filter(
          (n) => n.event === 'WORKS_DETOUR_CHANGED' && n.link.includes(works.id),
        );
        return found.length > 0 && found;
      });
      expect(notes[0].body).toContain('Par la rue Neuve');
    }

    // Two changes in a row: each notice tells its own version, whenever the worker delivers it.
    for (const description of ['Par la place du Marché.', 'Par la rue Haute.'])
      await ok(
        api.url,
        CHANGE,
        { input: { worksId: works.id, description, accessible: false, reason: 'Chantier.' } },
        agent,
      );
    const payloads = await sql<{ version: number }>(
      db.url,
      `SELECT (payload->>'version')::int AS version FROM outbox_event
        WHERE type = 'works.detour-changed' AND payload->>'worksId' = $1 ORDER BY id`,
      [works.id],
    );
    expect(payloads.map((p) => p.version)).toEqual([2, 3, 4]);
    const bodies = await eventually(async () => {
      const found = (await inbox(worksFollower))
        .filter((n) => n.event === 'WORKS_DETOUR_CHANGED' && n.link.includes(works.id))
        .map((n) => n.body);
      return found.length === 3 && found;
    });
    expect(bodies.filter((b) => b.includes('Par la place du Marché'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('Par la rue Haute'))).toHaveLength(1);

    const report = await ok<{ reportDetourProblem: { detourVersion: number } }>(
      api.url,
      REPORT,
      {
        input: {
          worksId: works.id,
          problem: 'DANGEROUS',
          place: 'Rue Neuve',
          description: 'Les voitures frôlent les piétons.',
        },
      },
      worksFollower,
    );
    expect(report.reportDetourProblem.detourVersion).toBe(4);

    // Once the works are over, the detour's history is closed.
    clock.travel(30 * 86_400_000);
    try {
      const late = await graphql(
        api.url,
        CHANGE,
        {
          input: {
            worksId: works.id,
            description: 'Encore une autre.',
            accessible: false,
            reason: 'Trop tard.',
          },
        },
        bearer(agent),
      );
      expect(reasonOf(late)).toBe('WORKS_FINISHED');
      const list = await graphql<{ worksProjects: { id: string }[] }>(
        api.url,
        `
          {
            worksProjects {
              id
            }
          }
        `,
      );
      expect(list.data!.worksProjects.map((w) => w.id)).not.toContain(works.id);
      const all = await graphql<{ worksProjects: { id: string }[] }>(
        api.url,
        `
          {
            worksProjects(scope: ALL) {
              id
            }
          }
        `,
      );
      expect(all.data!.worksProjects.map((w) => w.id)).toContain(works.id);
    } finally {
      clock.reset();
    }
  });

  it('audits every change, in public for the town hall’s', async () => {
    const works = await post();
    await ok(
      api.url,
      UPDATE,
      {
        input: {
          ...input({ title: 'Trottoir de la rue de la Gare, côté nord' }),
          id: works.id,
          detour: undefined,
          detourAccessible: undefined,
        },
      },
      agent,
    );
    const log = await graphql<{
      auditLog: { edges: { node: { action: string; objectId: string; actorRole: string } }[] };
    }>(
      api.url,
      `
        query ($f: AuditLogFilterInput) {
          auditLog(first: 50, filter: $f) {
            edges {
              node {
                action
                objectId
                actorRole
              }
            }
          }
        }
      `,
      { f: { objectType: 'works' } },
    );
    const actions = log
      .data!.auditLog.edges.filter((e) => e.node.objectId === works.id)
      .map((e) => e.node.action);
    expect(actions.sort()).toEqual(['works.posted', 'works.updated']);
    // The public log says who acted in which role, as for every other lib.
    expect(
      log
        .data!.auditLog.edges.filter((e) => e.node.objectId === works.id)
        .map((e) => e.node.actorRole),
    ).toEqual(['AGENT', 'AGENT']);
  });

  /** A partner association in these fields, proposed by `member` (who acts for it), approved. */
  const partner = async (member: TestAccount, name: string, fields: string[]) => {
    const { proposeAssociation } = await ok<{ proposeAssociation: { id: string } }>(
      api.url,
      `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`,
      { input: { name, description: 'Une association du quartier.', fields } },
      member,
    );
    await ok(
      api.url,
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId: proposeAssociation.id, status: 'PARTNER' } },
      agent,
    );
    return proposeAssociation.id;
  };

  it('asks the mobility and disability partners; one assessment each, by a member, by the due day', async () => {
    const [walker, wheel, food, other] = await Promise.all(
      [1, 2, 3, 4].map(() => newVerifiedResident(config, db.url)),
    );
    const walking = await partner(walker, `Marcher en ville ${db.url.slice(-6)}`, ['MOBILITY']);
    const wheels = await partner(wheel, `Roues libres ${db.url.slice(-6)}`, [
      'DISABILITY',
      'HEALTH',
    ]);
    const pantry = await partner(food, `Épicerie solidaire ${db.url.slice(-6)}`, ['FOOD_AID']);
    const works = await post({
      startsOn: townDayIn(3),
      endsOn: townDayIn(9),
      assessmentDueOn: townDayIn(2),
    });
    const asked = await graphql<{
      worksProject: { assessmentRequests: { associationId: string; assessed: boolean }[] };
    }>(
      api.url,
      `
        query ($id: ID!) {
          worksProject(id: $id) {
            assessmentRequests {
              associationId
              assessed
            }
          }
        }
      `,
      {
        id: works.id,
      },
    );
    const askedIds = asked.data!.worksProject.assessmentRequests.map((r) => r.associationId);
    expect(askedIds).toEqual(expect.arrayContaining([walking, wheels]));
    expect(askedIds).not.toContain(pantry);
    const notes = await eventually(async () => {
      const found = (await inbox(wheel)).filter(
        (n) => n.event === 'WORKS_ASSESSMENT_REQUESTED' && n.link.includes(works.id),
      );
      return found.length > 0 && found;
    });
    expect(notes[0].link).toContain(`/travaux/${works.id}/avis`);
    // An inclusive due day, in running French: « au plus tard le lundi 1er février 2027 ».
    expect(notes[0].body).toContain(`au plus tard le ${frenchDate(townDayIn(2))}`);
    expect(notes[0].body).toContain(
      `du ${frenchDate(townDayIn(3))} au ${frenchDate(townDayIn(9))}`,
    );
    expect((await inbox(food)).filter((n) => n.event === 'WORKS_ASSESSMENT_REQUESTED')).toEqual([]);

    const ASSESS = `mutation($input: AssessWorksInput!) { assessWorks(input: $input) { associationName opinion comment detourVersion } }`;
    const assess = (who: TestAccount, associationId: string) =>
      graphql<{ assessWorks: { associationName: string; opinion: string } }>(
        api.url,
        ASSESS,
        {
          input: {
            worksId: works.id,
            associationId,
            opinion: 'RESERVED',
            comment: 'Le trottoir sud est trop étroit pour un fauteuil.',
          },
        },
        bearer(who),
      );
    expect(reasonOf(await assess(other, wheels))).toBe('NOT_ACTING_FOR_PARTNER');
    expect(reasonOf(await assess(food, pantry))).toBe('ASSESSMENT_NOT_REQUESTED');
    const given = await assess(wheel, wheels);
    expect(given.data!.assessWorks).toMatchObject({ opinion: 'RESERVED', detourVersion: 1 });
    const twice = await assess(wheel, wheels);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(reasonOf(twice)).toBe('ALREADY_ASSESSED');

    // Public, with the association's name; the request says it was answered.
    const seen = await graphql<{
      worksProject: {
        assessments: { associationId: string; opinion: string }[];
        assessmentRequests: { associationId: string; assessed: boolean }[];
      };
    }>(
      api.url,
      `
        query ($id: ID!) {
          worksProject(id: $id) {
            assessments {
              associationId
              opinion
            }
            assessmentRequests {
              associationId
              assessed
            }
          }
        }
      `,
      { id: works.id },
    );
    expect(seen.data!.worksProject.assessments).toEqual([
      { associationId: wheels, opinion: 'RESERVED' },
    ]);
    expect(
      seen.data!.worksProject.assessmentRequests.find((r) => r.associationId === wheels)?.assessed,
    ).toBe(true);

    // After the due day, the other partner can no longer answer.
    clock.travel(3 * 86_400_000);
    try {
      expect(reasonOf(await assess(walker, walking))).toBe('ASSESSMENT_CLOSED');
      // The works are on: a detour reported as not accessible reaches the partners asked too.
      const { reportDetourProblem } = await ok<{ reportDetourProblem: { id: string } }>(
        api.url,
        REPORT,
        {
          input: {
            worksId: works.id,
            problem: 'NOT_ACCESSIBLE',
            place: 'Rue Neuve',
            description: 'Pas de bateau pour descendre du trottoir.',
          },
        },
        other,
      );
      await eventually(async () =>
        (await inbox(wheel)).some(
          (n) =>
            n.event === 'WORKS_DETOUR_REPORTED' &&
            n.link.includes(`#signalement-${reportDetourProblem.id}`),
        ),
      );
      expect((await inbox(food)).filter((n) => n.event === 'WORKS_DETOUR_REPORTED')).toEqual([]);
    } finally {
      clock.reset();
    }

    // Asked on an edit too: the due day given later reaches the partners, once.
    const later = await post({ startsOn: townDayIn(3), endsOn: townDayIn(9) });
    const ASSESS_LATER = (associationId: string) =>
      graphql(
        api.url,
        ASSESS,
        {
          input: { worksId: later.id, associationId, opinion: 'FAVOURABLE', comment: 'Bien.' },
        },
        bearer(wheel),
      );
    expect(reasonOf(await ASSESS_LATER(wheels))).toBe('ASSESSMENT_NOT_REQUESTED');
    const edit = (assessmentDueOn: string) =>
      graphql(
        api.url,
        UPDATE,
        {
          input: {
            ...input({ startsOn: townDayIn(3), endsOn: townDayIn(9), assessmentDueOn }),
            id: later.id,
            detour: undefined,
            detourAccessible: undefined,
          },
        },
        bearer(agent),
      );
    expect(fieldsOf(await edit(townDayIn(-1)))).toEqual(['input.assessmentDueOn']);
    expect((await edit(townDayIn(2))).errors).toBeUndefined();
    expect((await edit(townDayIn(1))).errors).toBeUndefined();
    await eventually(async () =>
      (await inbox(wheel)).some(
        (n) => n.event === 'WORKS_ASSESSMENT_REQUESTED' && n.link.includes(later.id),
      ),
    );
    const events = await sql<{ count: number }>(
      db.url,
      `SELECT count(*)::int AS count FROM outbox_event
        WHERE type = 'works.assessment-requested' AND payload->>'worksId' = $1`,
      [later.id],
    );
    expect(events).toEqual([{ count: 1 }]);
    const laterGiven = await ASSESS_LATER(wheels);
    expect(laterGiven.errors).toBeUndefined();

    const exported = await ok<{
      exportMyData: { works: { assessments: unknown[]; assessmentRequests: unknown[] } };
    }>(api.url, '{ exportMyData }', {}, wheel);
    expect(exported.exportMyData.works.assessments).toHaveLength(2);
    expect(exported.exportMyData.works.assessmentRequests).toHaveLength(2);
  });

  it('reads a list of works in as many statements, whatever its length', async () => {
    const member = await newVerifiedResident(config, db.url);
    await partner(member, `Trottoirs pour tous ${db.url.slice(-6)}`, ['MOBILITY']);
    const LIST = `{ worksProjects(scope: ALL) { id viewerFollows councils { id } reports { id }
      detours { version } assessments { associationName } assessmentRequests { associationName }
      viewerAssessmentRequests { associationId } } }`;
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const count = () =>
      countStatements(dataSource, async () => {
        const r = await graphql<{ worksProjects: unknown[] }>(api.url, LIST, {}, bearer(member));
        expect(r.errors).toBeUndefined();
        return r.data!.worksProjects.length;
      });
    const future = { startsOn: townDayIn(3), endsOn: townDayIn(9), assessmentDueOn: townDayIn(2) };
    await post(future);
    const few = await count();
    for (let i = 0; i < 4; i++) await post(future);
    expect(await count()).toBe(few);
  });

  it('gives the works calendar in iCalendar, with the detour in force', async () => {
    const works = await post({ title: 'Travaux du pont de la Gare' });
    const response = await fetch(`${api.url}/works.ics`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = (await response.text()).replace(/\r\n /g, '');
    expect(text).toContain(`UID:works-${works.id}@`);
    expect(text).toContain('SUMMARY:Travaux : Travaux du pont de la Gare');
    expect(text).toContain(`DTSTART;VALUE=DATE:${townDayIn(-1).replace(/-/g, '')}`);
  });

  it('exports a person’s reports and follows, and erases them without the public report', async () => {
    const works = await post();
    const person = await newVerifiedResident(config, db.url);
    await ok(
      api.url,
      `mutation($id: ID!) { followWorks(id: $id) { id } }`,
      { id: works.id },
      person,
    );
    const { reportDetourProblem } = await ok<{ reportDetourProblem: { id: string } }>(
      api.url,
      REPORT,
      {
        input: {
          worksId: works.id,
          problem: 'BLOCKED',
          place: 'Angle rue Neuve',
          description: 'Une benne barre le trottoir.',
        },
      },
      person,
    );
    const exported = await ok<{
      exportMyData: { works: { reports: { id: string }[]; follows: unknown[] } };
    }>(api.url, '{ exportMyData }', {}, person);
    expect(exported.exportMyData.works.reports.map((r) => r.id)).toEqual([reportDetourProblem.id]);
    expect(exported.exportMyData.works.follows).toHaveLength(1);
    await ok(
      api.url,
      `mutation($p: String!) { deleteMyAccount(password: $p) }`,
      { p: person.password },
      person,
    );
    const seen = await graphql<{ worksProject: Works }>(api.url, ONE, { id: works.id });
    expect(seen.data!.worksProject.reports.map((r) => r.id)).toContain(reportDetourProblem.id);
    const rows = await sql<{ author_id: string | null; followers: number }>(
      db.url,
      `SELECT author_id, (SELECT count(*)::int FROM works_follower WHERE works_id = $2) AS followers
         FROM works_report WHERE id = $1`,
      [reportDetourProblem.id, works.id],
    );
    expect(rows).toEqual([{ author_id: null, followers: 0 }]);
  });
});
