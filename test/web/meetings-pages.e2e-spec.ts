import { createHash } from 'node:crypto';
import { AppConfig } from '@quorum/core';
import { Browser, Page } from 'playwright-core';
import { normalizeName } from '@quorum/identity';
import { newAgent, newVerifiedResident, TestAccount } from '../support/factories';
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
  openMeetingWith,
} from '../support/meeting-fixtures';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import {
  axeViolations,
  launchBrowser,
  newPage,
  RunningSite,
  siteAddress,
  startSite,
  typographyFaults,
  VIEWPORTS,
} from './support/site';

const MINUTES = `id version status document contentHash previousVersionId`;
interface MinutesView {
  id: string;
  version: number;
  status: string;
  document: string;
  contentHash: string | null;
  previousVersionId: string | null;
}
const DRAFT = `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { ${MINUTES} } }`;
const minutesOp = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${MINUTES} } }`;
interface SortitionView {
  id: string;
  status: string;
  seed: string | null;
  result: string[] | null;
  pool: { volunteerId: string }[];
}
const SORTITION = `id status seed result pool { volunteerId }`;
const STATEMENT = `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id } }`;

describe('The site’s meeting and council pages: results, roll calls, minutes and their hash', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  let meetingId: string;
  let versions: MinutesView[];
  let drawn: SortitionView;
  let announced: SortitionView;

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);

  /** Opens a ballot on an agenda item, casts the votes given (member, choice, on behalf of), closes it. */
  async function ballot(
    itemId: string,
    secret: boolean,
    votes: [TestAccount, string, string?][],
  ): Promise<BallotView> {
    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: itemId, secret } },
      c.chair,
    );
    for (const [who, choice, onBehalfOf] of votes)
      await call(CAST, { input: { ballotId: openBallot.id, choice, onBehalfOf } }, who);
    return (await call<{ closeBallot: BallotView }>(CLOSE_BALLOT, { id: openBallot.id }, c.chair))
      .closeBallot;
  }

  /** Minutes submitted are adopted by a ballot at a next meeting, then published by the town hall. */
  async function adoptAndPublish(minutesId: string): Promise<MinutesView> {
    await call(minutesOp('submitMinutes'), { id: minutesId }, c.secretary);
    const next = await newMeeting(api.url, c, { days: 10 });
    const { addAgendaItem } = await call<{ addAgendaItem: MeetingView }>(
      ADD_ITEM,
      { input: { meetingId: next.id, kind: 'MINUTES', minutesId } },
      c.chair,
    );
    const item = addAgendaItem.agenda.find((i) => i.kind === 'MINUTES')!;
    await call(byId('convokeMeeting'), { id: next.id }, c.chair);
    meetingDayOf(next);
    await call(byId('openMeeting'), { id: next.id }, c.chair);
    const present = c.members.slice(0, 5);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: next.id,
          entries: present.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    await ballot(
      item.id,
      false,
      present.map((m) => [m, 'FOR']),
    );
    await call(byId('closeMeeting'), { id: next.id }, c.chair);
    return (
      await call<{ publishMinutes: MinutesView }>(
        minutesOp('publishMinutes'),
        { id: minutesId },
        agent,
      )
    ).publishMinutes;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const address = await siteAddress();
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_URL: address.url, TRUST_PROXY: '1' });
    api = await startApi(config);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);
    agent = await newAgent(config, db.url);

    // A meeting with a public ballot (a proxy among the votes) and a secret one, closed.
    c = await newCouncilWithMembers(api.url, config, db.url, agent, {
      seats: { residents: 8, associations: 1, electedMajority: 1, electedOpposition: 1 },
    });
    const meeting = await openMeetingWith(api.url, c, [
      'Rénovation du square Jean-Moulin',
      'Nom de la nouvelle passerelle',
    ]);
    meetingId = meeting.id;
    const [first, second] = meeting.agenda;
    const [a, b, d] = c.others;
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId,
          entries: [
            ...[c.chair, c.coChair, c.secretary, c.opposition, a].map((m) => ({
              accountId: m.id,
              status: 'PRESENT',
            })),
            { accountId: b.id, status: 'REPRESENTED', proxyHolderId: a.id },
            { accountId: d.id, status: 'ABSENT' },
          ],
        },
      },
      c.chair,
    );
    const open = await ballot(first.id, false, [
      [c.chair, 'FOR'],
      [c.coChair, 'FOR'],
      [c.secretary, 'AGAINST'],
      [c.opposition, 'AGAINST'],
      [a, 'ABSTAIN'],
      [a, 'FOR', b.id],
    ]);
    expect(open.result).toMatchObject({ for: 3, against: 2, abstain: 1, adopted: true });
    const secret = await ballot(second.id, true, [
      [c.chair, 'FOR'],
      [c.coChair, 'AGAINST'],
      [c.secretary, 'AGAINST'],
      [c.opposition, 'AGAINST'],
      [a, 'AGAINST'],
    ]);
    expect(secret.result).toMatchObject({ for: 1, against: 4, abstain: 0, adopted: false });
    expect(secret.rollCall).toBeNull();
    await call(byId('closeMeeting'), { id: meetingId }, c.chair);

    // Minutes with an opposition statement, adopted, published; then a corrected version.
    const { draftMinutes } = await call<{ draftMinutes: MinutesView }>(
      DRAFT,
      { input: { meetingId, summary: 'Le débat a porté sur **les arbres** du square.' } },
      c.secretary,
    );
    await call(
      STATEMENT,
      {
        input: { minutesId: draftMinutes.id, body: 'Nous demandons un *calendrier* des travaux.' },
      },
      c.opposition,
    );
    const v1 = await adoptAndPublish(draftMinutes.id);
    const { draftMinutes: correction } = await call<{ draftMinutes: MinutesView }>(
      DRAFT,
      {
        input: {
          meetingId,
          summary: 'Version corrigée : les arbres et les bancs.',
          correction: true,
        },
      },
      c.secretary,
    );
    const v2 = await adoptAndPublish(correction.id);
    versions = [v1, v2];

    // Draws by lot: one drawn (two seats among five volunteers), then one announced only.
    const neighbourhood = normalizeName(c.neighbourhood);
    const volunteer = async (gender: string) => {
      const person = await newVerifiedResident(config, db.url, { neighbourhood });
      await call(
        `mutation($input: VolunteerInput!) { volunteerForSortition(input: $input) }`,
        { input: { councilId: c.id, gender } },
        person,
      );
    };
    for (const gender of ['FEMALE', 'MALE', 'FEMALE', 'UNDISCLOSED', 'MALE'])
      await volunteer(gender);
    const announce = async (seats: number, seedRule: string) =>
      (
        await call<{ announceSortition: SortitionView }>(
          `mutation($input: AnnounceSortitionInput!) { announceSortition(input: $input) { ${SORTITION} } }`,
          { input: { councilId: c.id, seats, seedRule } },
          agent,
        )
      ).announceSortition;
    const toDraw = await announce(2, 'Les numéros du Loto du samedi 5 décembre');
    drawn = (
      await call<{ runSortition: SortitionView }>(
        `mutation($input: RunSortitionInput!) { runSortition(input: $input) { ${SORTITION} } }`,
        { input: { sortitionId: toDraw.id, seed: '3 17 22 38 41 + 7' } },
        agent,
      )
    ).runSortition;
    expect(drawn.result).toHaveLength(2);
    await volunteer('FEMALE');
    announced = await announce(1, 'Les numéros du Loto du samedi 12 décembre');
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'PUBLISHED'],
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  const url = (path: string) => `${site.url}${path}`;

  async function checkMeetingPage(page: Page) {
    await page.goto(url(`/seances/${meetingId}`));
    const main = page.locator('main');

    // The public ballot: a table with its headers, the outcome in words, the roll call.
    const results = page.locator('table', {
      has: page.locator('caption', { hasText: 'Résultat du scrutin public' }),
    });
    expect(await results.locator('caption').innerText()).toContain(
      'Rénovation du square Jean-Moulin',
    );
    expect(await results.locator('thead th[scope="col"]').allInnerTexts()).toEqual([
      'Décompte',
      'Nombre',
    ]);
    const rows = await results
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th[scope="row"]')?.textContent?.trim(),
          tr.querySelector('td')?.textContent?.trim(),
        ]),
      );
    expect(rows).toEqual([
      ['Pour', '3'],
      ['Contre', '2'],
      ['Abstention', '1'],
      ['Présents ou représentés', '6'],
      ['Quorum requis', '4'],
    ]);
    expect(await main.innerText()).toContain('Délibération adoptée (quorum atteint).');
    const rollCall = page.locator('table', {
      has: page.locator('caption', { hasText: 'Vote nominal' }),
    });
    expect(await rollCall.count()).toBe(1);
    const calls = await rollCall
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th[scope="row"]')?.textContent?.replace(/\s+/g, ' ').trim(),
          tr.querySelector('td')?.textContent?.trim(),
        ]),
      );
    const [a, b] = c.others;
    expect(calls).toEqual(
      expect.arrayContaining([
        [c.chair.displayName, 'pour'],
        [c.secretary.displayName, 'contre'],
        [a.displayName, 'abstention'],
        [`${b.displayName} (par pouvoir, donné à ${a.displayName})`, 'pour'],
      ]),
    );
    expect(calls).toHaveLength(6);

    // The secret ballot: its counts, rejected, and no one's vote.
    const secret = page.locator('table', {
      has: page.locator('caption', { hasText: 'Résultat du scrutin secret' }),
    });
    expect(await secret.locator('caption').innerText()).toContain('Nom de la nouvelle passerelle');
    expect(await secret.locator('tbody td').allInnerTexts()).toEqual(['1', '4', '0', '6', '4']);
    const text = await main.innerText();
    expect(text).toContain('Délibération rejetée (quorum atteint).');
    expect(text).toContain('Scrutin secret\u00a0: le vote de chaque membre n’est pas publié.');

    // Both published versions, their hashes (of the document's bytes), linked to each other.
    for (const v of versions) {
      const section = page.locator(`section#pv-${v.id}`);
      expect(await section.locator('h3').innerText()).toBe(`Procès-verbal, version ${v.version}`);
      const hash = createHash('sha256').update(v.document, 'utf8').digest('hex');
      expect(v.contentHash).toBe(hash);
      expect(await section.locator('code.hash').innerText()).toBe(hash);
      expect(await section.locator('.prose').first().innerText()).toContain(
        'Nous demandons un calendrier des travaux.',
      );
      // Inside the document (as hashed), not repeated beside it.
      expect(await section.locator('.prose').first().innerText()).toContain('Opposition citoyenne');
      expect(await section.locator('blockquote').count()).toBe(0);
    }
    const [v1, v2] = versions;
    expect(await page.locator(`#pv-${v2.id} a[href="#pv-${v1.id}"]`).innerText()).toBe('version 1');
    expect(await page.locator(`#pv-${v1.id} a[href="#pv-${v2.id}"]`).innerText()).toBe('version 2');
    expect(text).toContain('Version corrigée');
    expect(text).toContain('Le débat a porté sur les arbres du square.');

    // The council's calendar, which the API serves at that path (the site is mounted in it).
    const ics = await page.locator('a[href$="/meetings.ics"]').getAttribute('href');
    const calendar = await fetch(`${api.url}${ics}`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
  }

  it.each([true, false])(
    'shows a closed meeting’s results, public roll call and published minutes with their hash (JavaScript %s)',
    async (javaScript) => {
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await checkMeetingPage(page);
      } finally {
        await context.close();
      }
    },
  );

  it('links the council’s calendar and feeds, which the API serves', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      const council = { slug: await slugOf() };
      await page.goto(url(`/conseils/${council.slug}`));
      for (const path of ['meetings.ics', 'minutes.atom', 'proposals.atom']) {
        const href = `/councils/${council.slug}/${path}`;
        expect(await page.locator(`a[href="${href}"]`).count()).toBe(1);
        expect((await fetch(`${api.url}${href}`)).status).toBe(200);
      }
      const atom = await (await fetch(`${api.url}/councils/${council.slug}/minutes.atom`)).text();
      for (const v of versions) expect(atom).toContain(v.contentHash);
    } finally {
      await context.close();
    }
  });

  it('lists the council’s draws by lot with their inputs and how to recompute them, without JavaScript', async () => {
    const { sortitions } = await call<{ sortitions: SortitionView[] }>(
      `query($id: ID!) { sortitions(councilId: $id) { ${SORTITION} } }`,
      { id: c.id },
    );
    expect(sortitions.map((s) => [s.id, s.status])).toEqual([
      [announced.id, 'ANNOUNCED'],
      [drawn.id, 'DRAWN'],
    ]);
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await page.goto(url(`/conseils/${await slugOf()}`));
      const section = page.locator('section', { has: page.locator(`h3#tirage-${drawn.id}`) });
      const text = await section.innerText();
      expect(text).toContain('«\u202fLes numéros du Loto du samedi 5 décembre\u202f»');
      expect(text).toContain('Graine donnée par cette règle\u00a0: 3 17 22 38 41 + 7');
      expect(text).toContain('Algorithme\u00a0: quorum-sortition-v1');
      // The pool in its published order, ranked, the people drawn in the order drawn.
      const rows = await section
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('th[scope="row"]')?.textContent?.trim(),
            tr.querySelector('code')?.textContent?.trim(),
            tr.querySelector('td:last-child')?.textContent?.replace(/\s+/g, ' ').trim(),
          ]),
        );
      expect(rows.map((r) => r[1])).toEqual(drawn.pool.map((p) => p.volunteerId));
      expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
      drawn.result!.forEach((id, i) =>
        expect(rows.find((r) => r[1] === id)?.[2]).toMatch(
          new RegExp(`^${i + 1}(re|e) tiré·e, Camille `),
        ),
      );
      // The explanation is open without JavaScript (a <details>), with the command.
      await section.locator('summary', { hasText: 'Refaire le calcul vous-même' }).click();
      expect(await section.locator('details').innerText()).toContain(
        `npm run verify-sortition -- ${drawn.id} ${site.url}/graphql`,
      );
      const pending = await page
        .locator('section', { has: page.locator(`h3#tirage-${announced.id}`) })
        .innerText();
      expect(pending).toContain('la graine n’est pas encore connue');
      expect(pending).toContain('à venir');
    } finally {
      await context.close();
    }
  });

  it.each([VIEWPORTS.narrow.width, VIEWPORTS.wide.width])(
    'serves the API’s unsubscribe page in the site’s look, accessible, at %i px',
    async (width) => {
      // The API's CSP allows no script: axe is let in by the browser, the page itself runs none.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width, height: 900 },
        locale: 'fr-FR',
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${api.url}/unsubscribe/not-a-token`);
        expect(response?.status()).toBe(404);
        expect(await page.locator('header').innerText()).toBe('Conseils de quartier');
        expect(await page.locator('main h1').innerText()).toBe('Lien invalide');
        expect(await axeViolations(page)).toEqual([]);
        expect(await typographyFaults(page)).toEqual([]);
        expect(
          await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'),
        ).toBe(false);
      } finally {
        await context.close();
      }
    },
  );

  async function slugOf(): Promise<string> {
    const { councils } = await call<{
      councils: { edges: { node: { id: string; slug: string } }[] };
    }>(`query { councils(first: 100) { edges { node { id slug } } } }`, {});
    return councils.edges.find((e) => e.node.id === c.id)!.node.slug;
  }

  it.each([
    [VIEWPORTS.narrow.width, true],
    [VIEWPORTS.wide.width, true],
    [VIEWPORTS.narrow.width, false],
    [VIEWPORTS.wide.width, false],
  ])(
    'has zero axe WCAG 2.1 A/AA violations, one h1, French spacing and no horizontal scroll at %i px (JavaScript %s)',
    async (width, javaScript) => {
      // axe runs in the page, so "without JavaScript" here is the server's HTML with the site's
      // own scripts refused: what a browser without JavaScript gets.
      const { context, page } = await newPage(browser, { width });
      if (!javaScript) await context.route(/\/_app\/.*\.js(\?.*)?$/, (route) => route.abort());
      try {
        const faults: string[] = [];
        for (const path of [`/seances/${meetingId}`, `/conseils/${await slugOf()}`]) {
          const response = await page.goto(url(path));
          expect(response?.status()).toBe(200);
          faults.push(...(await axeViolations(page)));
          faults.push(...(await typographyFaults(page)).map((t) => `${path}: spacing «${t}»`));
          if ((await page.locator('h1').count()) !== 1) faults.push(`${path}: not one h1`);
          if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
            faults.push(`${path}: horizontal scroll`);
        }
        expect(faults).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
