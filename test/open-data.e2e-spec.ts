import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { DATASET_NAMES } from '@quorum/transparency';
import { townDay } from '@quorum/core';
import { newAgent, newVerifiedResident, TestAccount } from './support/factories';
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
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  SCHEDULE,
  sql,
} from './support/meeting-fixtures';
import { csvProblems, dataPackageProblems, Package } from './support/table-schema';
import {
  clock,
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

/**
 * The open data, the calendars and the feeds over HTTP, on a scenario driven through the API: two
 * councils, a meeting with a public and a secret ballot, minutes adopted and published, a
 * cancelled meeting, a draft meeting, and proposals published, hidden and in draft.
 */

const slugOf = (c: CouncilWithMembers) => c.name.replace(/^Conseil /, '');
const MINUTES_OP = (name: string) =>
  `mutation($id: ID!) { ${name}(id: $id) { id version status contentHash document } }`;

describe('Open data, calendars and feeds', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  let other: CouncilWithMembers;
  let first: MeetingView;
  let next: MeetingView;
  let cancelled: MeetingView;
  let draftMeeting: MeetingView;
  let publicBallot: BallotView;
  let secretBallot: BallotView;
  let minutes: { id: string; contentHash: string; document: string };
  let worksId: string;
  let placeId: string;
  /** The meeting in a place checked again after its convocation, and that place. */
  const rechecked = { meetingId: '', placeId: '' };
  const proposals: Record<'published' | 'hidden' | 'draft' | 'elsewhere', string> = {
    published: '',
    hidden: '',
    draft: '',
    elsewhere: '',
  };
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, { headers });
  const text = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return response.text();
  };
  const csv = async (path: string) =>
    parse(await text(path), { columns: true }) as Record<string, string>[];

  async function proposal(
    council: CouncilWithMembers,
    title: string,
    body: string,
    extra: { status?: string; published?: boolean; hidden?: boolean } = {},
  ): Promise<string> {
    const [row] = await sql<{ id: string }>(
      db.url,
      `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status,
                             support_count, support_threshold, published_at, hidden_at, hidden_reason)
       VALUES ($1, $2, $3, $4, $4, 'MOBILITY', $5, 3, 2, CASE WHEN $6 THEN now() - interval '1 day' END,
               CASE WHEN $7 THEN now() END, CASE WHEN $7 THEN 'Propos injurieux (charte, article 3)' END)
       RETURNING id`,
      [
        council.id,
        council.others[0].id,
        title,
        body,
        extra.status ?? 'PUBLISHED',
        extra.published ?? true,
        extra.hidden ?? false,
      ],
    );
    return row.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: db.url, TOWN_SIRET: '21000000000017' });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent);
    other = await newCouncilWithMembers(api.url, config, db.url, agent);

    proposals.published = await proposal(c, 'Des arceaux à vélos', 'CORPS-PUBLIC');
    proposals.hidden = await proposal(c, 'Un titre signalé', 'CORPS-MASQUÉ', { hidden: true });
    proposals.draft = await proposal(c, 'BROUILLON-TITRE', 'CORPS-BROUILLON', {
      status: 'DRAFT',
      published: false,
    });
    proposals.elsewhere = await proposal(other, 'Un potager partagé', 'CORPS-AILLEURS');
    // The solidarity page (issue 19): a published service of the council, one of the town.
    for (const councilId of [c.id, null])
      await ok(
        api.url,
        `mutation($input: CreateSolidarityEntryInput!) { createSolidarityEntry(input: $input) { id } }`,
        {
          input: {
            title: 'Distribution alimentaire',
            operatorName: 'CCAS',
            councilId,
            soliguideUrl: 'https://soliguide.fr/fr/fiche/distribution-1',
            languages: ['français', 'arabe'],
            publish: true,
          },
        },
        agent,
      );

    // Works (issue 19): a project under way in the council, a detour report answered; and a place
    // of the register with a report not answered yet. The reports' texts (CORPS-…) are nowhere.
    const today = townDay(clock.now());
    worksId = (
      await ok<{ postWorks: { id: string } }>(
        api.url,
        `mutation($input: PostWorksInput!) { postWorks(input: $input) { id } }`,
        {
          input: {
            title: 'Réfection du trottoir rue Haute',
            description: 'Trottoir refait à neuf.',
            address: '12 rue Haute',
            startsOn: today,
            endsOn: today,
            detour: 'Par le trottoir d’en face.',
            detourAccessible: true,
            councilIds: [c.id],
          },
        },
        agent,
      )
    ).postWorks.id;
    const walker = await newVerifiedResident(config, db.url);
    const { reportDetourProblem } = await ok<{ reportDetourProblem: { id: string } }>(
      api.url,
      `mutation($input: ReportDetourProblemInput!) { reportDetourProblem(input: $input) { id } }`,
      {
        input: {
          worksId,
          problem: 'BLOCKED',
          place: 'Angle de la rue Basse',
          description: 'CORPS-SIGNALEMENT : une camionnette garée sur la déviation.',
        },
      },
      walker,
    );
    await ok(
      api.url,
      `mutation($input: AnswerDetourReportInput!) { answerDetourReport(input: $input) { id } }`,
      { input: { reportId: reportDetourProblem.id, answer: 'La police municipale est passée.' } },
      agent,
    );
    placeId = (
      await ok<{ createPlace: { id: string } }>(
        api.url,
        `mutation($input: PlaceInput!) { createPlace(input: $input) { id } }`,
        {
          input: {
            name: 'Salle des fêtes',
            kind: 'HALL',
            address: '1 place de la Mairie',
            councilId: c.id,
            entrance: 'ACCESSIBLE',
            toilets: 'NOT_ACCESSIBLE',
            hearingLoop: 'UNKNOWN',
            parking: 'ACCESSIBLE',
            checkedOn: today,
            evidence: 'Visite',
          },
        },
        agent,
      )
    ).createPlace.id;
    await ok(
      api.url,
      `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { id } }`,
      { input: { placeId, body: 'CORPS-LIEU : la rampe est encombrée.' } },
      walker,
    );
    // A meeting of the other council in a place of the register accessible when it was scheduled
    // and convened, found not accessible since: the files and calendars say what the register says now.
    const hall = {
      name: 'Maison de quartier',
      kind: 'HALL',
      address: '3 rue des Écoles',
      councilId: other.id,
      entrance: 'ACCESSIBLE',
      toilets: 'ACCESSIBLE',
      hearingLoop: 'ACCESSIBLE',
      parking: 'ACCESSIBLE',
      checkedOn: today,
      evidence: 'Visite',
    };
    rechecked.placeId = (
      await ok<{ createPlace: { id: string } }>(
        api.url,
        `mutation($input: PlaceInput!) { createPlace(input: $input) { id } }`,
        { input: hall },
        agent,
      )
    ).createPlace.id;
    const inPlace = (
      await ok<{ scheduleMeeting: MeetingView }>(
        api.url,
        SCHEDULE,
        {
          input: {
            councilId: other.id,
            startsAt: inDays(15),
            isPublic: true,
            placeId: rechecked.placeId,
          },
        },
        other.chair,
      )
    ).scheduleMeeting;
    rechecked.meetingId = inPlace.id;
    await ok(
      api.url,
      ADD_ITEM,
      { input: { meetingId: inPlace.id, kind: 'QUESTION', title: 'Questions diverses' } },
      other.chair,
    );
    const convened = (
      await ok<{ convokeMeeting: { accessible: boolean } }>(
        api.url,
        `mutation($id: ID!) { convokeMeeting(id: $id) { accessible } }`,
        { id: inPlace.id },
        other.chair,
      )
    ).convokeMeeting;
    expect(convened.accessible).toBe(true);
    await ok(
      api.url,
      `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { id } }`,
      {
        input: {
          ...hall,
          id: rechecked.placeId,
          entrance: 'NOT_ACCESSIBLE',
          parking: 'NOT_ACCESSIBLE',
          evidence: 'Nouvelle visite',
        },
      },
      agent,
    );

    // A meeting: a public ballot, a secret one, then its minutes, adopted at the next meeting.
    first = await openMeetingWith(api.url, c, ['Des bancs sur la place', 'Éclairage du parc']);
    const present = c.members.slice(0, 5);
    await ok(
      api.url,
      ATTENDANCE,
      {
        input: {
          meetingId: first.id,
          entries: present.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.secretary,
    );
    const ballot = async (itemIndex: number, secret: boolean, choices: string[]) => {
      const { openBallot } = await ok<{ openBallot: BallotView }>(
        api.url,
        OPEN_BALLOT,
        { input: { agendaItemId: first.agenda[itemIndex].id, secret } },
        c.chair,
      );
      for (const [i, choice] of choices.entries())
        await ok(api.url, CAST, { input: { ballotId: openBallot.id, choice } }, present[i]);
      return (
        await ok<{ closeBallot: BallotView }>(api.url, CLOSE_BALLOT, { id: openBallot.id }, c.chair)
      ).closeBallot;
    };
    publicBallot = await ballot(0, false, ['FOR', 'FOR', 'AGAINST', 'ABSTAIN', 'FOR']);
    secretBallot = await ballot(1, true, ['AGAINST', 'AGAINST', 'FOR', 'AGAINST', 'ABSTAIN']);
    await ok(api.url, byId('closeMeeting'), { id: first.id }, c.chair);
    const { draftMinutes } = await ok<{ draftMinutes: { id: string } }>(
      api.url,
      `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
      { input: { meetingId: first.id, summary: 'Débat sur les bancs.' } },
      c.secretary,
    );
    await ok(api.url, MINUTES_OP('submitMinutes'), { id: draftMinutes.id }, c.secretary);
    next = await newMeeting(api.url, c, { days: 12, place: 'Mairie annexe', accessible: false });
    const withMinutes = (
      await ok<{ addAgendaItem: MeetingView }>(
        api.url,
        ADD_ITEM,
        { input: { meetingId: next.id, kind: 'MINUTES', minutesId: draftMinutes.id } },
        c.chair,
      )
    ).addAgendaItem;
    await ok(api.url, byId('convokeMeeting'), { id: next.id }, c.chair);
    meetingDayOf(next);
    await ok(api.url, byId('openMeeting'), { id: next.id }, c.chair);
    await ok(
      api.url,
      ATTENDANCE,
      {
        input: {
          meetingId: next.id,
          entries: present.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    const adoption = (
      await ok<{ openBallot: BallotView }>(
        api.url,
        OPEN_BALLOT,
        {
          input: {
            agendaItemId: withMinutes.agenda.find((i) => i.kind === 'MINUTES')!.id,
            secret: false,
          },
        },
        c.chair,
      )
    ).openBallot;
    for (const m of present)
      await ok(api.url, CAST, { input: { ballotId: adoption.id, choice: 'FOR' } }, m);
    await ok(api.url, CLOSE_BALLOT, { id: adoption.id }, c.chair);
    minutes = (
      await ok<{ publishMinutes: { id: string; contentHash: string; document: string } }>(
        api.url,
        MINUTES_OP('publishMinutes'),
        { id: draftMinutes.id },
        agent,
      )
    ).publishMinutes;
    clock.reset();

    // A meeting convened then cancelled, and one still in draft.
    cancelled = await newMeeting(api.url, c, { days: 20, place: 'Gymnase' });
    await ok(
      api.url,
      ADD_ITEM,
      { input: { meetingId: cancelled.id, kind: 'TOWN_HALL', title: 'Budget participatif' } },
      c.chair,
    );
    await ok(api.url, byId('convokeMeeting'), { id: cancelled.id }, c.chair);
    await ok(
      api.url,
      `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status } }`,
      { input: { meetingId: cancelled.id, reason: 'Salle indisponible (dégât des eaux)' } },
      c.chair,
    );
    draftMeeting = await newMeeting(api.url, c, { days: 25, place: 'Lieu encore secret' });
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('datapackage.json and the files', () => {
    it('is a valid Tabular Data Package under the Licence Ouverte 2.0, with French titles', async () => {
      const pkg = (await (await get('/open-data/datapackage.json')).json()) as Package;
      expect(dataPackageProblems(pkg)).toEqual([]);
      expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
      expect(pkg.resources.map((r) => r.name)).toEqual([...DATASET_NAMES, 'deliberations-scdl']);
      expect(pkg.resources.find((r) => r.name === 'proposals')!.title).toBe(
        'Propositions des habitants',
      );
      expect(pkg.resources[0].path).toBe('http://quorum.test/open-data/councils.csv');
    });

    it('serves every CSV valid against its Table Schema', async () => {
      const pkg = (await (await get('/open-data/datapackage.json')).json()) as Package;
      for (const resource of pkg.resources) {
        const body = await text(`/open-data/${resource.name}.csv`);
        expect(csvProblems(resource.schema!, body, resource.name)).toEqual([]);
        expect(parse(body).length).toBeGreaterThan(1);
      }
    });

    it('serves each dataset as JSON too, the same rows typed', async () => {
      for (const name of DATASET_NAMES) {
        const rows = JSON.parse(await text(`/open-data/${name}.json`)) as Record<string, unknown>[];
        const fromCsv = await csv(`/open-data/${name}.csv`);
        expect(rows.length).toBe(fromCsv.length);
        rows.forEach((row, i) =>
          expect(
            Object.fromEntries(
              Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]),
            ),
          ).toEqual(fromCsv[i]),
        );
      }
    });

    it('names the file with its day, and says what it is', async () => {
      const response = await get(`/open-data/ballots.csv?council=${slugOf(c)}`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="ballots-${slugOf(c)}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
      );
      expect(response.headers.get('last-modified')).toBeTruthy();
      const json = await get('/open-data/ballots.json');
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    });
  });

  describe('what the datasets hold', () => {
    it('proposals: the published and the hidden ones, no draft, no body', async () => {
      const rows = await csv('/open-data/proposals.csv');
      expect(rows.map((r) => r.proposal_id).sort()).toEqual(
        [proposals.published, proposals.hidden, proposals.elsewhere].sort(),
      );
      const hidden = rows.find((r) => r.proposal_id === proposals.hidden)!;
      expect(hidden).toMatchObject({
        status: 'HIDDEN',
        hidden_reason: 'Propos injurieux (charte, article 3)',
      });
      expect(rows.find((r) => r.proposal_id === proposals.published)).toMatchObject({
        title: 'Des arceaux à vélos',
        author_name: c.others[0].displayName,
        support_count: '3',
      });
    });

    it('members: the public composition, with no e-mail', async () => {
      const rows = await csv(`/open-data/members.csv?council=${slugOf(c)}`);
      expect(rows).toHaveLength(7);
      expect(rows.find((r) => r.account_id === c.chair.id)).toMatchObject({
        display_name: c.chair.displayName,
        college: 'ELECTED_MAJORITY',
        role: 'CHAIR',
        political_group: 'Ensemble pour la ville',
        drawn_by_lot: 'false',
      });
      expect(Object.keys(rows[0])).not.toContain('email');
    });

    it('meetings and agenda items: convened ones only, a cancellation with its reason', async () => {
      const rows = await csv(`/open-data/meetings.csv?council=${slugOf(c)}`);
      expect(rows.map((r) => r.meeting_id).sort()).toEqual(
        [first.id, next.id, cancelled.id].sort(),
      );
      expect(rows.find((r) => r.meeting_id === cancelled.id)).toMatchObject({
        status: 'CANCELLED',
        cancel_reason: 'Salle indisponible (dégât des eaux)',
      });
      const items = await csv(`/open-data/agenda-items.csv?council=${slugOf(c)}`);
      expect(items.filter((i) => i.meeting_id === first.id).map((i) => i.title)).toEqual([
        'Des bancs sur la place',
        'Éclairage du parc',
      ]);
      expect(items.some((i) => i.meeting_id === draftMeeting.id)).toBe(false);
    });

    it('meetings: in a place of the register, its accessibility now, as the page says; elsewhere, what the chair said', async () => {
      const page = await ok<{
        meeting: { accessible: boolean; accessibilityDetails: string | null };
      }>(api.url, `query($id: ID!) { meeting(id: $id) { accessible accessibilityDetails } }`, {
        id: rechecked.meetingId,
      });
      // Accessible when scheduled and convened; two features found not accessible since.
      expect(page.meeting).toEqual({
        accessible: false,
        accessibilityDetails: 'non accessible (entrée, stationnement réservé)',
      });
      const [row] = await csv(`/open-data/meetings.csv?council=${slugOf(other)}`);
      expect(row).toMatchObject({
        meeting_id: rechecked.meetingId,
        accessible: 'false',
        accessibility_details: page.meeting.accessibilityDetails,
      });
      const [typed] = JSON.parse(
        await text(`/open-data/meetings.json?council=${slugOf(other)}`),
      ) as Record<string, unknown>[];
      expect(typed).toMatchObject({
        accessible: false,
        accessibility_details: page.meeting.accessibilityDetails,
      });
      // Meetings in free-text places keep what was said when they were scheduled.
      const mine = await csv(`/open-data/meetings.csv?council=${slugOf(c)}`);
      expect(
        [first.id, next.id].map((id) => {
          const r = mine.find((m) => m.meeting_id === id)!;
          return [r.accessible, r.accessibility_details];
        }),
      ).toEqual([
        ['true', ''],
        ['false', ''],
      ]);
    });

    it('ballots: every closed ballot with its result; votes: the public roll calls only', async () => {
      const ballots = await csv('/open-data/ballots.csv');
      expect(ballots.find((b) => b.ballot_id === publicBallot.id)).toMatchObject({
        secret: 'false',
        for_count: '3',
        against_count: '1',
        abstain_count: '1',
        present_count: '5',
        adopted: 'true',
        members_in_office: '7',
      });
      expect(ballots.find((b) => b.ballot_id === secretBallot.id)).toMatchObject({
        secret: 'true',
        for_count: '1',
        against_count: '3',
        abstain_count: '1',
        adopted: 'false',
      });
      const votes = await csv('/open-data/votes.csv');
      expect(votes.some((v) => v.ballot_id === secretBallot.id)).toBe(false);
      expect(
        votes
          .filter((v) => v.ballot_id === publicBallot.id)
          .map((v) => [v.voter_name, v.choice])
          .sort(),
      ).toEqual(
        c.members
          .slice(0, 5)
          .map((m, i) => [m.displayName, ['FOR', 'FOR', 'AGAINST', 'ABSTAIN', 'FOR'][i]])
          .sort(),
      );
    });

    it('minutes: the published version with the SHA-256 of its document', async () => {
      const rows = await csv('/open-data/minutes.csv');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        minutes_id: minutes.id,
        meeting_id: first.id,
        version: '1',
        content_hash: minutes.contentHash,
        document: minutes.document,
      });
      expect(createHash('sha256').update(rows[0].document, 'utf8').digest('hex')).toBe(
        rows[0].content_hash,
      );
    });

    it('works and places: the project, its detour in force and its reports counted; the register', async () => {
      const works = await csv('/open-data/works.csv');
      expect(works).toEqual([
        expect.objectContaining({
          works_id: worksId,
          title: 'Réfection du trottoir rue Haute',
          detour_version: '1',
          detour_accessible: 'true',
          council_slugs: slugOf(c),
          reports: '1',
          answered_reports: '1',
        }),
      ]);
      expect(Object.keys(works[0])).not.toContain('council_slug_set');
      // A project concerns one or more councils: the filter finds it in each of them only.
      expect((await csv(`/open-data/works.csv?council=${slugOf(c)}`)).length).toBe(1);
      expect(await csv(`/open-data/works.csv?council=${slugOf(other)}`)).toEqual([]);
      const places = JSON.parse(await text('/open-data/places.json')) as Record<string, unknown>[];
      expect(places).toEqual([
        // The other council's hall, checked again (the meetings' tests above).
        expect.objectContaining({
          place_id: rechecked.placeId,
          entrance: 'NOT_ACCESSIBLE',
          overall: 'NOT_ACCESSIBLE',
        }),
        expect.objectContaining({
          place_id: placeId,
          council_slug: slugOf(c),
          toilets: 'NOT_ACCESSIBLE',
          overall: 'NOT_ACCESSIBLE',
          reports: 1,
          answered_reports: 0,
        }),
      ]);
      for (const file of ['/open-data/works.csv', '/open-data/places.csv'])
        expect(await text(file)).not.toMatch(/author|answered_by|created_by|recorded_by/);
    });

    it('nothing private in any file: no draft, no hidden body, no e-mail, no secret choice', async () => {
      const emails = (await sql<{ email: string }>(db.url, `SELECT email FROM account`)).map(
        (r) => r.email,
      );
      expect(emails.length).toBeGreaterThan(10);
      const files = [
        ...DATASET_NAMES.flatMap((n) => [`/open-data/${n}.csv`, `/open-data/${n}.json`]),
        '/open-data/deliberations-scdl.csv',
        '/meetings.ics',
        `/councils/${slugOf(c)}/meetings.ics`,
        `/councils/${slugOf(c)}/minutes.atom`,
        `/councils/${slugOf(c)}/proposals.atom`,
      ];
      for (const file of files) {
        const body = await text(file);
        for (const secret of [
          'CORPS-',
          'BROUILLON',
          proposals.draft,
          draftMeeting.id,
          'Lieu encore secret',
          ...emails,
        ])
          expect({ file, leaks: body.includes(secret) ? secret : null }).toEqual({
            file,
            leaks: null,
          });
      }
      // Who took part in the secret ballot is public; how each voted is nowhere.
      const [tally] = await sql<{ n: string }>(
        db.url,
        `SELECT count(*)::text AS n FROM ballot_vote WHERE ballot_id = $1`,
        [secretBallot.id],
      );
      expect(tally.n).toBe('0');
    });
  });

  describe('filters and conditional requests', () => {
    it('filters by council and by days in the town, both bounds included', async () => {
      const mine = await csv(`/open-data/proposals.csv?council=${slugOf(other)}`);
      expect(mine.map((r) => r.proposal_id)).toEqual([proposals.elsewhere]);
      const [row] = await csv(`/open-data/proposals.csv?council=${slugOf(other)}`);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
        new Date(row.published_at),
      );
      expect(await csv(`/open-data/proposals.csv?since=${day}&until=${day}`)).toHaveLength(3);
      const dayAfter = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(await csv(`/open-data/proposals.csv?since=${dayAfter}`)).toHaveLength(0);
      expect(await text(`/open-data/proposals.json?since=${dayAfter}`)).toBe('[]\n');
    });

    it.each([
      [
        '?since=31/12/2025',
        'since',
        'Champ since : doit être une date AAAA-MM-JJ (ex. 2026-01-31).',
      ],
      [
        '?since=2026-02-30',
        'since',
        'Champ since : doit être une date AAAA-MM-JJ (ex. 2026-01-31).',
      ],
      [
        '?since=2026-03-02&until=2026-03-01',
        'until',
        'Champ until : doit être le même jour que since ou un jour après.',
      ],
      ['?council=Pas%20un%20code', 'council', undefined],
      [
        '?councl=abc',
        'councl',
        'Champ councl : filtre inconnu (filtres possibles : council, since, until).',
      ],
      ['?council=nulle-part', 'council', 'Champ council : aucun conseil de quartier n’a ce code.'],
      ['?since=2026-01-01&since=2026-02-01', 'since', undefined],
    ])('refuses %s with a 400 in French', async (query, field, message) => {
      for (const path of ['/open-data/proposals.csv', '/open-data/deliberations-scdl.csv']) {
        const response = await get(`${path}${query}`);
        expect(response.status).toBe(400);
        const body = (await response.json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0].message).toContain(`Champ ${field} :`);
        if (message) expect(body.errors[0].message).toBe(message);
      }
    });

    it('answers 304 to a matching If-None-Match, for files and feeds alike', async () => {
      for (const path of [
        '/open-data/meetings.csv',
        '/open-data/votes.json',
        '/open-data/deliberations-scdl.csv',
        `/councils/${slugOf(c)}/meetings.ics`,
        `/councils/${slugOf(c)}/minutes.atom`,
      ]) {
        const first = await get(path);
        await first.arrayBuffer();
        const etag = first.headers.get('etag')!;
        expect(etag).toBeTruthy();
        const again = await get(path, { 'if-none-match': `W/${etag}, "other"` });
        expect({ path, status: again.status }).toEqual({ path, status: 304 });
        const stale = await get(path, { 'if-none-match': '"stale"' });
        expect({ path, status: stale.status }).toEqual({ path, status: 200 });
        await stale.arrayBuffer();
      }
    });

    it('a filtered file has its own ETag; the order is stable from one download to the next', async () => {
      const all = await get('/open-data/proposals.csv');
      const one = await get(`/open-data/proposals.csv?council=${slugOf(c)}`);
      expect(all.headers.get('etag')).not.toBe(one.headers.get('etag'));
      expect(await all.text()).toBe(await text('/open-data/proposals.csv'));
      await one.arrayBuffer();
    });

    it('takes no other path under /open-data than its files', async () => {
      expect((await get('/open-data/nothing.csv')).status).toBe(404);
      expect((await get('/open-data/proposals.xml')).status).toBe(404);
    });
  });

  describe('deliberations-scdl.csv', () => {
    it('has the SCDL Délibérations fields, the town and one avis per closed ballot', async () => {
      const body = await text('/open-data/deliberations-scdl.csv');
      const [header] = parse(body) as string[][];
      expect(header).toEqual([
        'COLL_NOM',
        'COLL_SIRET',
        'DELIB_ID',
        'DELIB_DATE',
        'DELIB_MATIERE_CODE',
        'DELIB_MATIERE_NOM',
        'DELIB_OBJET',
        'BUDGET_ANNEE',
        'BUDGET_NOM',
        'PREF_ID',
        'PREF_DATE',
        'VOTE_EFFECTIF',
        'VOTE_REEL',
        'VOTE_POUR',
        'VOTE_CONTRE',
        'VOTE_ABSTENTION',
        'DELIB_URL',
      ]);
      const rows = parse(body, { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(3);
      expect(rows.find((r) => r.DELIB_OBJET.includes('Des bancs sur la place'))).toMatchObject({
        COLL_NOM: 'Testville',
        COLL_SIRET: '21000000000017',
        DELIB_MATIERE_CODE: '9.4',
        VOTE_EFFECTIF: '7',
        VOTE_REEL: '5',
        VOTE_POUR: '3',
        VOTE_CONTRE: '1',
        VOTE_ABSTENTION: '1',
        DELIB_URL: `http://quorum.test/seances/${first.id}`,
      });
      expect(new Set(rows.map((r) => r.DELIB_ID)).size).toBe(3);
    });
  });

  describe('calendars', () => {
    const eventsOf = (ics: string) => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      // The calendar's own VTIMEZONE, as a client reads local times with it.
      const zone = calendar.getFirstSubcomponent('vtimezone');
      if (zone) ICAL.TimezoneService.register(zone);
      return {
        calendar,
        events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
      };
    };

    it('a council’s meetings.ics: one event per convened meeting, in Europe/Paris, a cancellation as cancelled', async () => {
      const ics = await text(`/councils/${slugOf(c)}/meetings.ics`);
      const { calendar, events } = eventsOf(ics);
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
      expect(events.map((e) => e.uid).sort()).toEqual(
        [first.id, next.id, cancelled.id].map((id) => `${id}@quorum.test`).sort(),
      );
      const byUid = (id: string) => events.find((e) => e.uid === `${id}@quorum.test`)!;
      const gone = byUid(cancelled.id);
      expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(gone.description).toContain('dégât des eaux');
      expect(gone.location).toBe('Gymnase');
      // Local time in Paris, the instant right.
      expect(gone.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris');
      expect(gone.startDate.toJSDate().toISOString()).toBe(
        new Date(Math.floor(Date.parse(cancelled.startsAt) / 1000) * 1000).toISOString(),
      );
      const held = byUid(next.id);
      expect(held.location).toBe('Mairie annexe');
      expect(held.description).toContain('non accessible aux personnes à mobilité réduite');
      expect(byUid(first.id).description).toContain('1. Des bancs sur la place');
      // Convened, then cancelled: two changes a subscribed calendar must take.
      expect(gone.sequence).toBe(2);
    });

    it('bumps SEQUENCE and keeps the UID when a meeting changes', async () => {
      const before = eventsOf(await text(`/councils/${slugOf(c)}/meetings.ics`)).events.find(
        (e) => e.uid === `${next.id}@quorum.test`,
      )!;
      await sql(db.url, `UPDATE meeting SET place = 'Salle du conseil' WHERE id = $1`, [next.id]);
      const after = eventsOf(await text(`/councils/${slugOf(c)}/meetings.ics`)).events.find(
        (e) => e.uid === `${next.id}@quorum.test`,
      )!;
      expect(after.location).toBe('Salle du conseil');
      expect(after.sequence).toBe(before.sequence + 1);
      // A change no calendar shows leaves it.
      await sql(db.url, `UPDATE meeting SET members_in_office = members_in_office WHERE id = $1`, [
        next.id,
      ]);
      const same = eventsOf(await text(`/councils/${slugOf(c)}/meetings.ics`)).events.find(
        (e) => e.uid === `${next.id}@quorum.test`,
      )!;
      expect(same.sequence).toBe(after.sequence);
    });

    it('a meeting in a place of the register: its accessibility now, and the place checked again as its last change', async () => {
      const { events } = eventsOf(await text(`/councils/${slugOf(other)}/meetings.ics`));
      expect(events.map((e) => e.uid)).toEqual([`${rechecked.meetingId}@quorum.test`]);
      const [event] = events;
      expect(event.description).toContain(
        'Accessibilité : lieu non accessible aux personnes à mobilité réduite (non accessible (entrée, stationnement réservé)).',
      );
      // Only convened: the meeting itself did not change, its SEQUENCE neither; the later
      // DTSTAMP and LAST-MODIFIED are the place's re-check, so a calendar takes the new text.
      expect(event.sequence).toBe(1);
      const [place] = await sql<{ updated_at: Date }>(
        db.url,
        `SELECT updated_at FROM place WHERE id = $1`,
        [rechecked.placeId],
      );
      const seconds = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString();
      for (const property of ['dtstamp', 'last-modified']) {
        const at = event.component.getFirstPropertyValue(property) as ICAL.Time;
        expect({ property, at: at.toJSDate().toISOString() }).toEqual({
          property,
          at: seconds(place.updated_at),
        });
      }
    });

    it('/meetings.ics holds every council’s meetings', async () => {
      const { events } = eventsOf(await text('/meetings.ics'));
      expect(events).toHaveLength(4);
    });

    it('answers 404 in French for a council that does not exist', async () => {
      for (const path of [
        '/councils/nulle-part/meetings.ics',
        '/councils/nulle-part/minutes.atom',
        '/councils/nulle-part/proposals.atom',
      ]) {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(
          ((await response.json()) as { errors: { message: string }[] }).errors[0].message,
        ).toBe('Conseil de quartier introuvable.');
      }
    });
  });

  describe('Atom feeds', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
    type Text = string | { '#text': string };
    type Entry = { id: string; title: Text; summary?: Text; link: { '@_href': string } };
    const textOf = (value: Text | undefined) =>
      typeof value === 'object' ? value['#text'] : value;
    const entriesOf = async (path: string) => {
      const response = await get(path);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const doc = xml.parse(await response.text()) as {
        feed: { title: string; entry?: Entry[] };
      };
      return doc.feed;
    };

    it('minutes.atom: one entry per published version, with its hash', async () => {
      const feed = await entriesOf(`/councils/${slugOf(c)}/minutes.atom`);
      expect(feed.title).toBe(`Comptes rendus du conseil de quartier ${c.name}`);
      expect(feed.entry).toHaveLength(1);
      expect(feed.entry![0].id).toBe(`urn:uuid:${minutes.id}`);
      expect(textOf(feed.entry![0].summary)).toContain(minutes.contentHash);
      expect(feed.entry![0].link['@_href']).toBe(`http://quorum.test/seances/${first.id}`);
      expect((await entriesOf(`/councils/${slugOf(other)}/minutes.atom`)).entry).toBeUndefined();
    });

    it('proposals.atom: one entry per public step, none for a draft', async () => {
      const feed = await entriesOf(`/councils/${slugOf(c)}/proposals.atom`);
      const titles = feed.entry!.map((e) => textOf(e.title)).sort();
      expect(titles).toEqual(
        [
          'Des arceaux à vélos — publiée',
          'Un titre signalé — masquée par la modération',
          'Un titre signalé — publiée',
        ].sort(),
      );
      const hidden = feed.entry!.find((e) => textOf(e.title)!.endsWith('modération'))!;
      expect(textOf(hidden.summary)).toBe('Motif public : Propos injurieux (charte, article 3).');
    });
  });
});
