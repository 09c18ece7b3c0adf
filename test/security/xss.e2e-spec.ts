import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Browser } from 'playwright-core';
import { MailCatcher } from '../../scripts/mail-catcher';
import {
  bearer,
  DEFAULT_PASSWORD,
  newAccount,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  byId,
  CAST,
  CLOSE_BALLOT,
  meetingDayOf,
  MeetingView,
  newMeeting,
  ok,
  OPEN_BALLOT,
  townDayIn,
} from '../support/meeting-fixtures';
import {
  clock,
  createTestDatabase,
  eventually,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { launchBrowser, newPage, RunningSite, siteAddress, startSite } from '../web/support/site';
import { htmlFaults, PAYLOAD_TOKEN } from './support/html-safety';
import { readsFromSdl } from './support/sdl-walker';

/** Each sets `window.__xss` if it ever runs; each holds PAYLOAD_TOKEN. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg/onload=window.__xss=1>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '[un lien](javascript:window.__xss=1)',
  '<a href="javascript:window.__xss=1">un lien</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">tabulé</a>',
  '[données](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==?__xss)',
  '![image](javascript:window.__xss=1)',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<details open ontoggle=window.__xss=1>',
  '<style>/*__xss*/body{display:none}</style>',
  '<form action="javascript:window.__xss=1"><button>envoyer</button></form>',
  '</textarea><script>window.__xss=1</script>',
  '{@html "<img src=x onerror=window.__xss=1>"}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<<script>script>window.__xss=1<</script>/script>',
];
/** For long texts (Markdown bodies, summaries, descriptions): every payload. */
const LONG = `Texte ordinaire.\n\n${PAYLOADS.join('\n\n')}`;
/** For short fields (titles, names, places, reasons): one that fits in 50 characters. */
const SHORT = '"><img src=x onerror=window.__xss=1>';
const NAME = '<svg/onload=window.__xss=1> Camille';
/** Text that tries to end an iCalendar line and start a property of its own. */
const BREAK_OUT = '\r\nX-INJECTED:__xss\nATTACH:https://evil.example';

/**
 * Item 8 of issue 18: payloads in every field people write come back escaped or sanitized in
 * every HTML field of the API, in the e-mails, the Atom and iCalendar feeds, and in the pages of
 * the site rendered by Chromium (where no script of theirs runs).
 */
describe('XSS: what people write, in every output (issue 18, item 8)', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  const ids: Record<string, string[]> = {};
  let slug: string;
  let proposalId: string;
  let meetingIds: string[];
  let chair: TestAccount;
  let oppositionMember: TestAccount;
  /** Issue 19's objects: a partner association, a solidarity entry, works, a place. */
  let partnerMember: TestAccount;
  let associationId: string;
  let entryId: string;
  let worksIds: string[];
  let placeId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    const address = await siteAddress();
    config = testConfig({
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      PUBLIC_URL: address.url,
      TRUST_PROXY: '1',
      RATE_LIMIT_BUDGETS: 'verify-audit-chain:ip=1000',
    });
    [api, worker] = await Promise.all([startApi(config), startWorker(config)]);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);
    const url = api.url;
    agent = await newAgent(config, db.url);
    slug = `quartier-xss-${Math.random().toString(36).slice(2, 8)}`;
    const neighbourhoodName = `Les Tilleuls ${SHORT}`;
    const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
      url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: `Conseil ${SHORT}`,
          slug,
          neighbourhood: neighbourhoodName,
          perimeterDescription: `Autour de la place ${SHORT}`,
          charter: { supportThreshold: 2 },
        },
      },
      agent,
    );
    const councilId = createCouncil.id;
    const neighbourhood = normalizeName(neighbourhoodName);
    const members: TestAccount[] = [];
    for (let i = 0; i < 7; i++)
      members.push(
        await newAccount(config, db.url, { displayName: `${NAME} ${i}`, neighbourhood }),
      );
    const [, coChair, secretary, opposition, ...others] = members;
    chair = members[0];
    oppositionMember = opposition;
    const seats: [TestAccount, string, Record<string, unknown>][] = [
      [chair, 'ELECTED_MAJORITY', { role: 'CHAIR', politicalGroup: `Majorité ${SHORT}` }],
      [coChair, 'RESIDENTS', { role: 'CO_CHAIR' }],
      [secretary, 'RESIDENTS', { role: 'SECRETARY' }],
      [opposition, 'ELECTED_OPPOSITION', { politicalGroup: `Opposition ${SHORT}` }],
      [others[0], 'RESIDENTS', {}],
      [others[1], 'RESIDENTS', {}],
      [others[2], 'ASSOCIATIONS', {}],
    ];
    for (const [person, college, extra] of seats)
      await ok(
        url,
        `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
        { input: { councilId, accountId: person.id, college, ...extra } },
        agent,
      );
    // Everyone follows the council, so that every e-mail it sends goes out.
    for (const person of members)
      await ok(
        url,
        `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`,
        { id: councilId },
        person,
      );

    // A proposal, qualified by two supports, with comments (one hidden by moderation).
    const author = await newVerifiedResident(config, db.url, { neighbourhood, displayName: NAME });
    const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
      url,
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId,
          title: `Des bancs ${SHORT}`,
          body: LONG,
          address: `Rue ${SHORT}`,
          category: 'PUBLIC_SPACE',
          publish: true,
        },
      },
      author,
    );
    proposalId = submitProposal.id;
    await ok(
      url,
      `mutation($id: ID!) { followProposal(id: $id) { following } }`,
      { id: proposalId },
      author,
    );
    for (const supporter of others.slice(0, 2))
      await ok(
        url,
        `mutation($id: ID!) { supportProposal(id: $id) { alreadySupported } }`,
        { id: proposalId },
        supporter,
      );
    const comment = async (body: string, parentId?: string) =>
      (
        await ok<{ commentOnProposal: { id: string } }>(
          url,
          `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`,
          { input: { proposalId, body, parentId } },
          others[2],
        )
      ).commentOnProposal.id;
    const top = await comment(LONG);
    await comment(LONG, top);
    const hidden = await comment('À cacher');
    await ok(
      url,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) }`,
      { input: { targetType: 'COMMENT', targetId: hidden, reason: `Motif ${SHORT}` } },
      others[0],
    );
    await ok(
      url,
      `mutation($input: ModerateContentInput!) { moderateContent(input: $input) { hidden } }`,
      {
        input: {
          targetType: 'COMMENT',
          targetId: hidden,
          action: 'HIDE',
          reason: `Raison ${SHORT}`,
        },
      },
      agent,
    );

    // A meeting: its place, a town-hall item with a description, the qualified proposal placed on
    // it; convened (e-mails), opened, the proposal adopted; closed; its minutes written, with an
    // opposition statement, adopted at a second meeting and published (e-mails).
    const council = { id: councilId, chair } as Parameters<typeof newMeeting>[1];
    const first = await newMeeting(url, council, { place: `Salle ${SHORT}` });
    let agenda: MeetingView = (
      await ok<{ addAgendaItem: MeetingView }>(
        url,
        ADD_ITEM,
        {
          input: {
            meetingId: first.id,
            kind: 'TOWN_HALL',
            title: `Budget ${SHORT}`,
            description: LONG,
          },
        },
        chair,
      )
    ).addAgendaItem;
    if (!agenda.agenda.some((i) => i.proposalId === proposalId))
      agenda = (
        await ok<{ addAgendaItem: MeetingView }>(
          url,
          ADD_ITEM,
          { input: { meetingId: first.id, kind: 'QUALIFIED_PROPOSAL', proposalId } },
          chair,
        )
      ).addAgendaItem;
    await ok(url, byId('convokeMeeting'), { id: first.id }, chair);
    meetingDayOf(first);
    await ok(url, byId('openMeeting'), { id: first.id }, chair);
    await ok(
      url,
      ATTENDANCE,
      {
        input: {
          meetingId: first.id,
          entries: members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      chair,
    );
    const vote = async (agendaItemId: string) => {
      const { openBallot } = await ok<{ openBallot: { id: string } }>(
        url,
        OPEN_BALLOT,
        { input: { agendaItemId, secret: false } },
        chair,
      );
      for (const m of members)
        await ok(url, CAST, { input: { ballotId: openBallot.id, choice: 'FOR' } }, m);
      await ok(url, CLOSE_BALLOT, { id: openBallot.id }, chair);
    };
    await vote(agenda.agenda.find((i) => i.proposalId === proposalId)!.id);
    await ok(url, byId('closeMeeting'), { id: first.id }, chair);
    const { draftMinutes } = await ok<{ draftMinutes: { id: string } }>(
      url,
      `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
      { input: { meetingId: first.id, summary: LONG } },
      secretary,
    );
    await ok(
      url,
      `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id } }`,
      { input: { minutesId: draftMinutes.id, body: LONG } },
      opposition,
    );
    await ok(
      url,
      `mutation($id: ID!) { submitMinutes(id: $id) { id } }`,
      { id: draftMinutes.id },
      secretary,
    );
    const second = await newMeeting(url, council, { days: 12, place: `Mairie ${SHORT}` });
    const adopting = (
      await ok<{ addAgendaItem: MeetingView }>(
        url,
        ADD_ITEM,
        { input: { meetingId: second.id, kind: 'MINUTES', minutesId: draftMinutes.id } },
        chair,
      )
    ).addAgendaItem;
    await ok(url, byId('convokeMeeting'), { id: second.id }, chair);
    meetingDayOf(second);
    await ok(url, byId('openMeeting'), { id: second.id }, chair);
    await ok(
      url,
      ATTENDANCE,
      {
        input: {
          meetingId: second.id,
          entries: members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      chair,
    );
    await vote(adopting.agenda[0].id);
    await ok(
      url,
      `mutation($id: ID!) { publishMinutes(id: $id) { id } }`,
      { id: draftMinutes.id },
      agent,
    );
    // The official answer, with an opposition statement on it.
    await ok(
      url,
      `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`,
      { input: { proposalId, answer: 'ACCEPTED', justification: LONG } },
      agent,
    );
    await ok(
      url,
      `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id } }`,
      { input: { proposalId, body: LONG } },
      opposition,
    );
    // A meeting cancelled with a reason, a draw announced with its rule.
    const cancelled = await newMeeting(url, council, {
      days: 20,
      place: `Gymnase ${SHORT}${BREAK_OUT}`,
    });
    await ok(
      url,
      `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`,
      { input: { meetingId: cancelled.id, reason: `Annulée ${SHORT}${BREAK_OUT}` } },
      chair,
    );
    clock.reset();
    meetingIds = [first.id, second.id, cancelled.id];

    // Issue 19: a partner association (its name, description), a solidarity entry (its texts),
    // works (texts, a changed detour, a report and its answer, an assessment), a place (name,
    // evidence, planned works, a report and its answer).
    partnerMember = await newVerifiedResident(config, db.url, { neighbourhood, displayName: NAME });
    associationId = (
      await ok<{ proposeAssociation: { id: string } }>(
        url,
        `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`,
        {
          input: {
            name: `Roues libres ${SHORT}`,
            description: LONG,
            fields: ['DISABILITY'],
            contactPhone: SHORT.slice(0, 40),
          },
        },
        partnerMember,
      )
    ).proposeAssociation.id;
    await ok(
      url,
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId, status: 'PARTNER' } },
      agent,
    );
    entryId = (
      await ok<{ createSolidarityEntry: { id: string } }>(
        url,
        `mutation($input: CreateSolidarityEntryInput!) { createSolidarityEntry(input: $input) { id } }`,
        {
          input: {
            title: `Permanence ${SHORT}`,
            description: LONG,
            address: `Rue ${SHORT}`,
            hours: `Le mardi ${SHORT}`,
            audience: `Tous ${SHORT}`,
            access: `Bus ${SHORT}`,
            contact: `Accueil ${SHORT}`,
            cost: `Gratuit ${SHORT}`,
            accessibility: `De plain-pied ${SHORT}`,
            languages: [SHORT],
            associationId,
            councilId,
            publish: true,
          },
        },
        agent,
      )
    ).createSolidarityEntry.id;
    const works = async (input: Record<string, unknown>) =>
      (
        await ok<{ postWorks: { id: string } }>(
          url,
          `mutation($input: PostWorksInput!) { postWorks(input: $input) { id } }`,
          {
            input: {
              title: `Travaux ${SHORT}`,
              description: LONG,
              address: `Rue ${SHORT}${BREAK_OUT}`,
              councilIds: [councilId],
              detour: LONG,
              detourAccessible: false,
              ...input,
            },
          },
          agent,
        )
      ).postWorks.id;
    worksIds = [
      await works({ startsOn: townDayIn(-1), endsOn: townDayIn(20) }),
      await works({ startsOn: townDayIn(5), endsOn: townDayIn(9), assessmentDueOn: townDayIn(4) }),
    ];
    await ok(
      url,
      `mutation($input: ChangeDetourInput!) { changeDetour(input: $input) { id } }`,
      {
        input: {
          worksId: worksIds[0],
          description: LONG,
          accessible: true,
          reason: `Raison ${SHORT}${BREAK_OUT}`,
        },
      },
      agent,
    );
    const { reportDetourProblem } = await ok<{ reportDetourProblem: { id: string } }>(
      url,
      `mutation($input: ReportDetourProblemInput!) { reportDetourProblem(input: $input) { id } }`,
      {
        input: {
          worksId: worksIds[0],
          problem: 'BLOCKED',
          place: `Angle ${SHORT}`,
          description: LONG,
        },
      },
      author,
    );
    await ok(
      url,
      `mutation($input: AnswerDetourReportInput!) { answerDetourReport(input: $input) { id } }`,
      { input: { reportId: reportDetourProblem.id, answer: LONG } },
      agent,
    );
    await ok(
      url,
      `mutation($input: AssessWorksInput!) { assessWorks(input: $input) { id } }`,
      {
        input: { worksId: worksIds[1], associationId, opinion: 'RESERVED', comment: LONG },
      },
      partnerMember,
    );
    placeId = (
      await ok<{ createPlace: { id: string } }>(
        url,
        `mutation($input: PlaceInput!) { createPlace(input: $input) { id } }`,
        {
          input: {
            name: `Salle ${SHORT}`,
            kind: 'HALL',
            address: `Place ${SHORT}`,
            councilId,
            entrance: 'NOT_ACCESSIBLE',
            toilets: 'ACCESSIBLE',
            hearingLoop: 'UNKNOWN',
            parking: 'ACCESSIBLE',
            evidence: LONG,
            checkedOn: townDayIn(0),
            plannedWorks: LONG,
            plannedWorksOn: townDayIn(60),
          },
        },
        agent,
      )
    ).createPlace.id;
    const { reportPlaceProblem } = await ok<{
      reportPlaceProblem: { reports: { id: string }[] };
    }>(
      url,
      `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { reports { id } } }`,
      { input: { placeId, body: LONG } },
      author,
    );
    await ok(
      url,
      `mutation($input: AnswerPlaceReportInput!) { answerPlaceReport(input: $input) { id } }`,
      { input: { reportId: reportPlaceProblem.reports[0].id, answer: LONG } },
      agent,
    );

    Object.assign(ids, {
      Council: [councilId],
      Proposal: [proposalId],
      Meeting: meetingIds,
      Account: [author.id],
      Sortition: [],
      Association: [associationId],
      SolidarityEntryView: [entryId],
      WorksProject: worksIds,
      PlaceDetails: [placeId],
    });
    // The e-mails of all this: convocations, the published minutes, the answer, the reply.
    await eventually(
      async () => smtp.messages.some((m) => m.subject.startsWith('Procès-verbal')),
      30_000,
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await db?.drop();
  });

  it('sanitizes every HTML field the API returns, to anyone (and the payloads did get there)', async () => {
    const reads = readsFromSdl({ ids, slugs: [slug], texts: ['bancs'] }, 4);
    const fields: { path: string; html: string }[] = [];
    const collect = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}.${i}`));
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (key.endsWith('Html') && typeof v === 'string')
            fields.push({ path: `${path}.${key}`, html: v });
          else collect(v, `${path}.${key}`);
        }
    };
    for (const reader of [null, agent])
      for (const read of reads) {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(reader ? bearer(reader) : {}) },
          body: JSON.stringify({ query: read.query, variables: read.variables }),
        });
        collect(((await response.json()) as { data?: unknown }).data, read.root);
      }
    const kinds = new Set(fields.map((f) => f.path.match(/\.(\w+Html)$/)![1]));
    expect([...kinds].sort()).toEqual(['bodyHtml', 'descriptionHtml', 'documentHtml']);
    expect(fields.filter((f) => f.html.includes(PAYLOAD_TOKEN)).length).toBeGreaterThan(10);
    const faults = fields.flatMap((f) => htmlFaults(f.html).map((fault) => `${f.path}: ${fault}`));
    expect([...new Set(faults)]).toEqual([]);
  });

  it('keeps the Atom feeds well-formed, their HTML sanitized, and the calendars unbroken', async () => {
    for (const feed of ['minutes.atom', 'proposals.atom']) {
      const xml = await (await fetch(`${api.url}/councils/${slug}/${feed}`)).text();
      expect([feed, XMLValidator.validate(xml)]).toEqual([feed, true]);
      // The minutes' feed says only dates and hashes; the proposals' carries what people wrote.
      if (feed === 'proposals.atom') expect(xml).toContain(PAYLOAD_TOKEN);
      const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(
        xml,
      ) as {
        feed: { entry?: unknown };
      };
      const names = new Set<string>();
      const texts: string[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          const node = value as Record<string, unknown>;
          // Atom text is plain unless type="html" (or xhtml): those are what readers render.
          if (node['@_type'] === 'html' && typeof node['#text'] === 'string')
            texts.push(node['#text']);
          for (const [key, v] of Object.entries(node)) {
            names.add(key);
            walk(v);
          }
        }
      };
      walk(parsed);
      // No element came from a payload: only Atom's own.
      expect(
        [...names].filter((n) => /script|img|svg|iframe|style|form|details|math/i.test(n)),
      ).toEqual([]);
      expect(texts.some((t) => t.includes(PAYLOAD_TOKEN))).toBe(true);
      // Text that a reader shows as HTML (type="html": titles, summaries, contents) is safe HTML.
      expect(texts.flatMap((t) => htmlFaults(t))).toEqual([]);
    }
    for (const [path, least] of [
      ['/meetings.ics', meetingIds.length],
      [`/councils/${slug}/meetings.ics`, meetingIds.length],
      ['/works.ics', worksIds.length],
    ] as const) {
      const ics = await (await fetch(`${api.url}${path}`)).text();
      expect(ics).toContain(PAYLOAD_TOKEN);
      const lines = ics
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter(Boolean);
      // Every line is a property: no text broke out onto a line of its own.
      expect(lines.filter((l) => !/^[A-Z][A-Z0-9-]*[;:]/.test(l))).toEqual([]);
      expect(lines.filter((l) => /^(X-INJECTED|ATTACH)/.test(l))).toEqual([]);
      const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
      expect(events).toBe(lines.filter((l) => l === 'END:VEVENT').length);
      expect([path, events >= least]).toEqual([path, true]);
    }
  });

  it('escapes what people wrote in every e-mail', async () => {
    const mails = smtp.messages;
    const subjects = new Set(mails.map((m) => m.subject.split(' ')[0]));
    expect(subjects.size).toBeGreaterThan(1);
    expect(mails.filter((m) => (m.html + m.text).includes(PAYLOAD_TOKEN)).length).toBeGreaterThan(
      0,
    );
    const faults = mails.flatMap((m) =>
      htmlFaults(m.html ?? '', false).map((f) => `${m.subject}: ${f}`),
    );
    expect([...new Set(faults)]).toEqual([]);
    // A header holds one line: no payload made a header of its own.
    expect(mails.filter((m) => /[\r\n]/.test(m.subject))).toEqual([]);
  });

  /** Pages, and whether each must show what people wrote (the probe that the payloads are there). */
  const publicPages = (): [string, boolean][] => [
    ['/', false],
    ['/conseils', true],
    [`/conseils/${slug}`, true],
    ['/propositions', true],
    [`/propositions/${proposalId}`, true],
    ['/seances', true],
    ...meetingIds.map((id): [string, boolean] => [`/seances/${id}`, true]),
    ['/redevabilite', true],
    ['/associations', true],
    [`/associations/${associationId}`, true],
    ['/solidarite', true],
    [`/solidarite/conseils/${slug}`, true],
    [`/solidarite/fiches/${entryId}`, true],
    ['/travaux', true],
    ...worksIds.map((id): [string, boolean] => [`/travaux/${id}`, true]),
    ['/lieux', true],
    [`/lieux/${placeId}`, true],
  ];

  it.each([
    ['anonymous', () => null, publicPages],
    [
      'an agent (the town hall’s pages)',
      () => agent,
      (): [string, boolean][] => [
        ['/mairie', false],
        ['/mairie/moderation', true],
        ['/mairie/reponses', false],
        [`/mairie/reponses/${proposalId}`, true],
        ['/mairie/proces-verbaux', false],
        ['/mairie/conseils', true],
        [`/mairie/conseils/${slug}`, true],
        ['/mairie/habitants', false],
        ...publicPages(),
      ],
    ],
    [
      'the chair (the council’s own pages)',
      () => chair,
      (): [string, boolean][] => [
        ['/mon-conseil', true],
        [`/mon-conseil/seances/${meetingIds[1]}`, true],
        [`/seances/${meetingIds[0]}/proces-verbal`, true],
        [`/seances/${meetingIds[1]}/direct`, true],
        [`/seances/${meetingIds[1]}/projection`, true],
        [`/propositions/${proposalId}`, true],
      ],
    ],
    [
      'the opposition councillor (their statements)',
      () => oppositionMember,
      (): [string, boolean][] => [[`/mon-conseil/${slug}/expressions`, true]],
    ],
    [
      'a member of the partner association (its assessment, its entries)',
      () => partnerMember,
      (): [string, boolean][] => [
        [`/travaux/${worksIds[1]}/avis`, true],
        ['/solidarite/fiches/nouvelle', true],
        [`/associations/${associationId}`, true],
      ],
    ],
  ] as [string, () => TestAccount | null, () => [string, boolean][]][])(
    'runs no script of theirs in the pages of the site, for %s',
    async (_who, reader, pages) => {
      const problems: string[] = [];
      const { context, page } = await newPage(browser);
      try {
        page.on('dialog', (dialog) => {
          problems.push(`dialog on ${page.url()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        const who = reader();
        if (who) {
          await page.goto(`${site.url}/compte/connexion`);
          await page.fill('#email', who.email);
          await page.fill('#password', DEFAULT_PASSWORD);
          await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
          await page.waitForURL((u) => u.pathname === '/');
        }
        for (const [path, shows] of pages()) {
          const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
          if (response?.status() !== 200 || new URL(page.url()).pathname !== path)
            problems.push(`${path}: ${response?.status()} at ${page.url()}`);
          await page.locator('main').first().waitFor();
          if (await page.evaluate('window.__xss !== undefined'))
            problems.push(`${path}: a payload ran`);
          const html = await page.content();
          if (shows && !html.includes(PAYLOAD_TOKEN))
            problems.push(`${path}: the payloads are not on the page`);
          problems.push(...htmlFaults(html, false).map((f) => `${path}: ${f}`));
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
  );
});
