import { randomUUID } from 'node:crypto';
import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { unsubscribeToken } from '@quorum/notifications/fan-out/unsubscribe-token';
import { Browser, Page } from 'playwright-core';
import { DEFAULT_PASSWORD, newAgent, newVerifiedResident, TestAccount } from '../support/factories';
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
  clock,
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
} from './support/site';

/** Not the default blue: the unsubscribe pages must take this one. (7.9:1 against white.) */
const TOWN_COLOR = '#8a1c3d';
const TOWN_RGB = 'rgb(138, 28, 61)';
const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');
const STATEMENT_TEXT = 'Nous demandons un calendrier précis des travaux du square.';
/** A long word (an address, a reference) that must wrap rather than widen the page. */
const LONG_WORD =
  'https://www.example.fr/un-tres-long-chemin-sans-espace-qui-ne-tient-pas-sur-un-telephone';

interface MinutesView {
  id: string;
  version: number;
  status: string;
}
const MINUTES = `id version status`;
const minutesOp = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${MINUTES} } }`;

/**
 * What was left of issue 16: every page of the site at 200 % zoom, signed out and in; the
 * unsubscribe pages in the town's colour; the opposition statements shown once on a meeting's
 * page; the people drawn by lot among the council's members.
 */
describe('The site, finished: 200 % zoom everywhere, unsubscribe pages, meetings and draws', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let resident: TestAccount;
  let c: CouncilWithMembers;
  let slug: string;
  let meetingId: string;
  let proposalId: string;
  let draftId: string;

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);

  async function ballot(itemId: string, votes: [TestAccount, string][]): Promise<BallotView> {
    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: itemId, secret: false } },
      c.chair,
    );
    for (const [who, choice] of votes)
      await call(CAST, { input: { ballotId: openBallot.id, choice } }, who);
    return (await call<{ closeBallot: BallotView }>(CLOSE_BALLOT, { id: openBallot.id }, c.chair))
      .closeBallot;
  }

  /** Minutes submitted, adopted by a ballot at the next meeting, published by the town hall. */
  async function adoptAndPublish(minutesId: string): Promise<MinutesView> {
    await call(minutesOp('submitMinutes'), { id: minutesId }, c.secretary);
    const next = await newMeeting(api.url, c, { days: 10 });
    const { addAgendaItem } = await call<{ addAgendaItem: MeetingView }>(
      ADD_ITEM,
      { input: { meetingId: next.id, kind: 'MINUTES', minutesId } },
      c.chair,
    );
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
      addAgendaItem.agenda.find((i) => i.kind === 'MINUTES')!.id,
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
    config = testConfig({
      DATABASE_URL: db.url,
      PUBLIC_URL: address.url,
      TRUST_PROXY: '1',
      TOWN_COLOR,
      RATE_LIMIT_BUDGETS: BUDGETS,
    });
    api = await startApi(config);
    [site, browser] = await Promise.all([
      startSite(address, api.url, { TOWN_COLOR }),
      launchBrowser(),
    ]);
    agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent, {
      seats: { residents: 8, associations: 1, electedMajority: 1, electedOpposition: 1 },
    });
    const { councils } = await call<{
      councils: { edges: { node: { id: string; slug: string } }[] };
    }>(`query { councils(first: 100) { edges { node { id slug } } } }`, {});
    slug = councils.edges.find((e) => e.node.id === c.id)!.node.slug;
    const neighbourhood = normalizeName(c.neighbourhood);
    resident = await newVerifiedResident(config, db.url, {
      neighbourhood,
      displayName: 'Bérénice-Clémentine de La Tour-Maubourg',
    });

    // A published proposal with a comment (a long word in it), and a draft of the resident's.
    const submit = async (title: string, publish: boolean) =>
      (
        await call<{ submitProposal: { id: string } }>(
          `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
          {
            input: {
              councilId: c.id,
              title,
              body: `Pour le quartier. Voir ${LONG_WORD}.\n\n| Rue | Arbres |\n| --- | --- |\n| des Lilas | 12 |`,
              category: 'PUBLIC_SPACE',
              publish,
            },
          },
          resident,
        )
      ).submitProposal.id;
    proposalId = await submit('Des bancs et des arbres sur la place du Marché-aux-Herbes', true);
    draftId = await submit('Un brouillon de proposition pour la rue des Lilas', false);
    await call(
      `mutation ($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`,
      { input: { proposalId, body: `D’accord, et voyez ${LONG_WORD}.` } },
      c.others[0],
    );

    // A closed meeting with a public ballot; its minutes, with an opposition statement, published.
    const meeting = await openMeetingWith(api.url, c, ['Rénovation du square Jean-Moulin']);
    meetingId = meeting.id;
    const attendees = [c.chair, c.coChair, c.secretary, c.opposition, c.others[0]];
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId,
          entries: attendees.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    await ballot(
      meeting.agenda[0].id,
      attendees.map((m, i) => [m, i < 3 ? 'FOR' : 'AGAINST']),
    );
    await call(byId('closeMeeting'), { id: meetingId }, c.chair);
    const { draftMinutes } = await call<{ draftMinutes: MinutesView }>(
      `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { ${MINUTES} } }`,
      { input: { meetingId, summary: 'Le débat a porté sur les arbres du square.' } },
      c.secretary,
    );
    await call(
      `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id } }`,
      { input: { minutesId: draftMinutes.id, body: STATEMENT_TEXT } },
      c.opposition,
    );
    expect((await adoptAndPublish(draftMinutes.id)).status).toBe('PUBLISHED');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  /** An element's computed background colour (the stylesheet the page was given applied). */
  const background = (page: Page, selector: string) =>
    page.evaluate<string>(
      `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`,
    );

  const signIn = async (page: Page, who: TestAccount) => {
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/');
  };

  it.each([true, false])(
    'shows the opposition statement once on the meeting page, inside the published minutes (JavaScript %s)',
    async (javaScript) => {
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await page.goto(url(`/seances/${meetingId}`));
        const main = await page.locator('main').innerText();
        expect(main.split(STATEMENT_TEXT)).toHaveLength(2);
        // In the hashed document itself, under its own heading, with its author's group.
        const prose = page.locator('section[id^="pv-"] .prose');
        expect(await prose.innerText()).toContain(STATEMENT_TEXT);
        expect(await prose.innerText()).toContain('Expression de l’opposition');
        expect(await prose.innerText()).toContain('Opposition citoyenne');
        expect(main.split('Expression de l’opposition')).toHaveLength(2);
      } finally {
        await context.close();
      }
    },
  );

  it('lists the people drawn by lot among the residents’ college, on the day of the draw, with and without JavaScript', async () => {
    // Drawn at half past midnight in the town, when the UTC date is still the day before: the
    // seats start on the town's day, and their holders are in office at once. (The draw and the
    // look at the page happen in this test: the test clock is put back after each test, and a
    // seat taken on a day the clock had moved to would not have started yet.)
    const neighbourhood = normalizeName(c.neighbourhood);
    for (const gender of ['FEMALE', 'MALE', 'FEMALE', 'MALE']) {
      const person = await newVerifiedResident(config, db.url, { neighbourhood });
      await call(
        `mutation($input: VolunteerInput!) { volunteerForSortition(input: $input) }`,
        { input: { councilId: c.id, gender } },
        person,
      );
    }
    const { announceSortition } = await call<{ announceSortition: { id: string } }>(
      `mutation($input: AnnounceSortitionInput!) { announceSortition(input: $input) { id } }`,
      { input: { councilId: c.id, seats: 2, seedRule: 'Les numéros du Loto du samedi suivant' } },
      agent,
    );
    const later = new Date(clock.now().getTime() + 2 * 86_400_000);
    later.setUTCHours(23, 30, 0, 0);
    clock.travelTo(later);
    const { runSortition } = await call<{
      runSortition: {
        result: string[];
        pool: { volunteerId: string; displayName: string | null }[];
      };
    }>(
      `mutation($input: RunSortitionInput!) { runSortition(input: $input) { result pool { volunteerId displayName } } }`,
      { input: { sortitionId: announceSortition.id, seed: '5 11 23 36 42 + 3' } },
      agent,
    );
    const drawnNames = runSortition.result.map(
      (id) => runSortition.pool.find((p) => p.volunteerId === id)!.displayName!,
    );
    expect(drawnNames).toHaveLength(2);
    for (const javaScript of [true, false]) {
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await page.goto(url(`/conseils/${slug}`));
        const residents = page.locator('h3', { hasText: 'Collège des habitant·es' });
        expect(await residents.innerText()).toBe('Collège des habitant·es (6 sur 8 sièges)');
        const members = await page
          .locator('h3:has-text("Collège des habitant·es") + ul > li')
          .allInnerTexts();
        expect(members).toHaveLength(6);
        for (const name of drawnNames)
          expect(members.find((m) => m.startsWith(`${name},`))).toMatch(
            /^.+, membre, tiré·e au sort — du .+ au .+$/,
          );
        expect(members.filter((m) => m.includes('tiré·e au sort'))).toHaveLength(2);
        // The charter's quorum and the opposition's agenda quota, in words.
        const charter = await page.locator('h2:has-text("Les règles du conseil") + ul').innerText();
        expect(charter).toContain(
          'Le conseil vote quand la majorité de ses membres en fonction est présente ou représentée.',
        );
        expect(charter).toMatch(/L’opposition peut inscrire \d+ points? à l’ordre du jour/);
        // The draw's table names the same people.
        const table = await page.locator('table.pool').innerText();
        for (const name of drawnNames) expect(table).toContain(name);
      } finally {
        await context.close();
      }
    }
  });

  it('warns of similar proposals while the title is typed, with JavaScript, in a polite live region, accessible at 360 and 1280 px', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, resident);
      await page.goto(url('/propositions/nouvelle'));
      const live = page.locator('.similar-live[aria-live="polite"]');
      expect(await live.innerText()).toBe('');
      await page.locator('#title').pressSequentially('Des bancs et des arbres place du Marché');
      const link = live.locator(`a[href="/propositions/${proposalId}"]`);
      await link.waitFor({ timeout: 5_000 });
      expect(await link.innerText()).toBe(
        'Des bancs et des arbres sur la place du Marché-aux-Herbes',
      );
      expect(await live.innerText()).toContain('Des propositions proches existent déjà\u00a0:');
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page)).toEqual([]);
        expect(await typographyFaults(page)).toEqual([]);
        expect(
          await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'),
        ).toBe(false);
      }
      // A title with nothing like it: the warning goes.
      await page.fill('#title', 'Un composteur collectif rue Victor-Hugo');
      await page.locator('#title').press('End');
      await page.locator('#title').pressSequentially('s');
      await link.waitFor({ state: 'detached', timeout: 5_000 });
    } finally {
      await context.close();
    }
  });

  it('serves the unsubscribe pages in the town’s colour, accessible and without horizontal scroll', async () => {
    const valid = unsubscribeToken(config.JWT_SECRET, 'e', randomUUID());
    for (const width of [360, 1280]) {
      // The API's CSP allows no script: axe is let in by the browser, the page runs none.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width, height: 900 },
        locale: 'fr-FR',
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${api.url}/unsubscribe/${valid}`);
        expect(response?.status()).toBe(200);
        expect(await page.title()).toBe(
          'Ne plus recevoir ces e-mails – Conseils de quartier – Testville',
        );
        const colours = {
          header: await background(page, 'header'),
          button: await background(page, 'button'),
        };
        expect(colours).toEqual({ header: TOWN_RGB, button: TOWN_RGB });
        expect(await axeViolations(page)).toEqual([]);
        expect(await typographyFaults(page)).toEqual([]);
        expect(
          await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'),
        ).toBe(false);
        // The button posts; an e-mail row that does not exist gives the invalid link's page.
        const [posted] = await Promise.all([
          page.waitForNavigation(),
          page.getByRole('button', { name: 'Me désinscrire' }).click(),
        ]);
        expect(posted?.status()).toBe(404);
        expect(await page.locator('main h1').innerText()).toBe('Lien invalide');
        expect(await background(page, 'header')).toBe(TOWN_RGB);
      } finally {
        await context.close();
      }
    }
    // Without the bypass, the browser applies the stylesheet (its hash is in the CSP); the
    // site's own header has the same colour.
    const context = await browser.newContext({ locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      await page.goto(url('/'));
      expect(await background(page, '.site-header')).toBe(TOWN_RGB);
      await page.goto(`${api.url}/unsubscribe/not-a-token`);
      expect(await background(page, 'header')).toBe(TOWN_RGB);
    } finally {
      await context.close();
    }
  });

  it('works at 200 % zoom on every page, signed out and signed in, without horizontal scroll', async () => {
    const signedOut = [
      '/',
      '/conseils',
      `/conseils/${slug}`,
      '/propositions',
      `/propositions?q=square&ordre=soutiens`,
      `/propositions/${proposalId}`,
      '/propositions/nouvelle',
      '/seances',
      `/seances/${meetingId}`,
      '/compte/inscription',
      '/compte/confirmer?token=pas-un-jeton',
      '/compte/connexion',
      '/compte/deconnexion',
      '/compte/mot-de-passe-oublie',
      '/compte/mot-de-passe?token=pas-un-jeton',
      '/compte/residence',
      '/mon-compte',
      '/accessibilite',
      '/donnees-personnelles',
      '/page-qui-n-existe-pas',
      `${api.url}/unsubscribe/${unsubscribeToken(config.JWT_SECRET, 'e', randomUUID())}`,
    ];
    const signedInOnly = [
      '/propositions/nouvelle',
      `/propositions/${draftId}`,
      '/compte/residence',
      '/mon-compte',
    ];
    const faults: string[] = [];
    // 200 % zoom of a 1280 px window: 640 CSS pixels at two device pixels each.
    const context = await browser.newContext({
      viewport: { width: 640, height: 900 },
      deviceScaleFactor: 2,
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    const check = async (path: string, who: string) => {
      const response = await page.goto(path.startsWith('http') ? path : url(path));
      if (!response || response.status() >= 500)
        faults.push(`${who} ${path}: ${response?.status()}`);
      await measure(path, who);
    };
    const measure = async (path: string, who: string) => {
      // Folded forms (report, edit, how to recompute a draw) opened, as someone would.
      await page.evaluate(
        "document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))",
      );
      const widths = await page.evaluate<{ scroll: number; client: number }>(
        '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
      );
      if (widths.scroll > widths.client)
        faults.push(`${who} ${path}: ${widths.scroll} px wide in ${widths.client} px`);
    };
    try {
      for (const path of signedOut) await check(path, 'signed out');
      // Forms with their errors shown (summary, messages next to the fields).
      await page.goto(url('/compte/connexion'));
      await page.fill('#email', resident.email);
      await page.fill('#password', 'pas le bon mot de passe');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
      ]);
      await measure('/compte/connexion', 'failed sign-in');
      await signIn(page, resident);
      for (const path of [...signedOut.filter((p) => !p.includes('/compte/')), ...signedInOnly])
        await check(path, 'signed in');
    } finally {
      await context.close();
    }
    expect(faults).toEqual([]);
  }, 120_000);
});
