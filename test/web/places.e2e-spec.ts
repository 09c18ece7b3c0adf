import { addDays, AppConfig, townDay } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_PASSWORD, newAgent, newVerifiedResident, TestAccount } from '../support/factories';
import {
  CouncilWithMembers,
  newCouncilWithMembers,
  ok,
  townDayIn,
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
  VIEWPORTS,
  waitForHydration,
} from './support/site';

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');
const CREATE = `mutation($input: PlaceInput!) { createPlace(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { id } }`;

const all = (status: string) => ({
  entrance: status,
  toilets: status,
  hearingLoop: status,
  parking: status,
});

/**
 * Issue 19, accessible places: `/lieux` (the register, the progress chart and its table),
 * `/lieux/:id` (a resident's report and the town hall's public answer), `/mairie/lieux` (editing),
 * and the chair warned when scheduling a meeting in a place not accessible, with JavaScript and
 * without; axe on every page at 360 and 1280 px.
 */
describe('The accessible places pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  let school: string;
  let hall: string;
  /** How many months the progress series spans (from the first check to this month). */
  let months: number;
  const faults: string[] = [];
  const paths = new Map<string, BrowserContext | null>();

  const url = (path: string) => `${site.url}${path}`;
  const slug = () => c.name.replace(/^Conseil /, '');
  const submit = async (page: Page, button: string | RegExp, path: RegExp) => {
    // Waiting from before the click: the redirect after the post may come before a later wait.
    await Promise.all([
      page.waitForURL(path, { waitUntil: 'domcontentloaded' }),
      page.getByRole('button', { name: button }).click(),
    ]);
  };
  async function signedIn(who: TestAccount, javaScript: boolean) {
    const { context, page } = await newPage(browser, { javaScript });
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(url('/'));
    return { context, page };
  }

  async function audit(from: BrowserContext | null, path: string) {
    const storageState = from ? await from.storageState() : undefined;
    await Promise.all(
      [VIEWPORTS.narrow.width, VIEWPORTS.wide.width].map(async (width) => {
        const context = await browser.newContext({
          storageState,
          viewport: { width, height: 900 },
          locale: 'fr-FR',
        });
        try {
          const page = await context.newPage();
          const response = await page.goto(url(path));
          expect([path, response?.status()]).toEqual([path, 200]);
          // Opened once hydrated: hydration sets each `open` back to what the page says.
          await waitForHydration(page);
          await page
            .locator('details')
            .evaluateAll((found) => found.forEach((d) => d.setAttribute('open', '')));
          if (process.env.SHOTS)
            await page.screenshot({
              path: `${process.env.SHOTS}/${path.replace(/\W+/g, '_')}-${width}.png`,
              fullPage: true,
            });
          faults.push(...(await axeViolations(page)).map((v) => `${width}: ${v}`));
          faults.push(...(await typographyFaults(page)).map((t) => `${path} ${width}: «${t}»`));
          if ((await page.locator('h1').count()) !== 1) faults.push(`${path}: not one h1`);
          if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
            faults.push(`${path} ${width}: horizontal scroll`);
          // A table that scrolls keeps its caption within what the screen shows of it.
          const cut = await page.evaluate(`[...document.querySelectorAll('.table-scroll caption')]
            .filter((c) => c.getBoundingClientRect().width > c.closest('.table-scroll').clientWidth + 1)
            .map((c) => c.textContent)`);
          for (const caption of cut as string[])
            faults.push(`${path} ${width}: caption wider than its table's region «${caption}»`);
        } finally {
          await context.close();
        }
      }),
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const address = await siteAddress();
    config = testConfig({
      DATABASE_URL: db.url,
      PUBLIC_URL: address.url,
      TRUST_PROXY: '1',
      RATE_LIMIT_BUDGETS: BUDGETS,
    });
    api = await startApi(config);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);
    agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const base = { kind: 'SCHOOL', address: '1 place de l’École', councilId: c.id };
    // Checked not accessible two months ago; its toilets made accessible since, not its entrance.
    clock.travelTo(new Date(clock.now().getTime() - 62 * 86_400_000));
    const then = townDay(clock.now());
    const [y1, m1] = then.split('-').map(Number);
    const [y2, m2] = townDay(new Date()).split('-').map(Number);
    months = (y2 - y1) * 12 + (m2 - m1) + 1;
    school = (
      await ok<{ createPlace: { id: string } }>(
        api.url,
        CREATE,
        {
          input: { ...base, name: 'École des Tilleuls', ...all('NOT_ACCESSIBLE'), checkedOn: then },
        },
        agent,
      )
    ).createPlace.id;
    clock.reset();
    await ok(
      api.url,
      UPDATE,
      {
        input: {
          ...base,
          id: school,
          name: 'École des Tilleuls',
          ...all('ACCESSIBLE'),
          entrance: 'NOT_ACCESSIBLE',
          checkedOn: townDay(clock.now()),
          plannedWorks: 'Une rampe à l’entrée principale',
          plannedWorksOn: addDays(townDay(clock.now()), 120),
        },
      },
      agent,
    );
    hall = (
      await ok<{ createPlace: { id: string } }>(
        api.url,
        CREATE,
        {
          input: {
            ...base,
            kind: 'HALL',
            name: 'Salle des Lilas',
            ...all('ACCESSIBLE'),
            checkedOn: townDay(clock.now()),
          },
        },
        agent,
      )
    ).createPlace.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('draws the progress chart on the server, with a table as its text alternative', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await page.goto(url('/lieux'));
      const chart = page.locator('figure.chart svg[role="img"]');
      await chart.waitFor();
      const labelled = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      expect(labelled).toHaveLength(2);
      expect(await page.locator(`[id="${labelled[0]}"]`).textContent()).toContain(
        'Lieux accessibles, non accessibles et non vérifiés',
      );
      expect(
        (await page.locator(`[id="${labelled[1]}"]`).textContent())!.replace(/[ \n]+/g, ' '),
      ).toMatch(
        new RegExp(
          `^${months} mois.*Ce mois-ci\u00a0: 1 lieu accessible, 1 lieu non accessible, 0 lieu non vérifié`,
          's',
        ),
      );
      // Every count agrees with its word ("lieux", not "lieus"), French spacing before ";".
      expect((await page.locator('p.summary').innerText()).replace(/\s+/g, ' ')).toBe(
        '1 lieu non accessible sur 2 lieux du registre ; 1 accessible, 0 pas encore vérifié.',
      );
      // One bar a month, stacked.
      expect(await chart.locator('rect[width]').count()).toBeGreaterThanOrEqual(months);
      const table = page.locator('table', {
        has: page.locator('caption', { hasText: 'à la fin de chaque mois' }),
      });
      const rows = await table.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(months);
      expect(rows[0].split('\t')).toEqual([expect.any(String), '0', '1', '0']);
      expect(rows[months - 1].split('\t')).toEqual([expect.any(String), '1', '1', '0']);
      expect(await page.locator('main').innerText()).toContain('1 lieu non accessible');
      const card = page.locator('li.card', { hasText: 'École des Tilleuls' });
      expect(await card.innerText()).toContain('Non accessible\u00a0: entrée');
      expect(await card.innerText()).toContain('Travaux prévus');
      // The tables by kind and by council are in open data too: each link gives a file (the
      // API's route; in production the API serves the site, here the site runs apart).
      for (const name of ['par type (CSV)', 'par conseil (JSON)']) {
        const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
        expect([href, (await fetch(`${api.url}${href}`)).status]).toEqual([href, 200]);
      }
    } finally {
      await context.close();
    }
    paths.set('/lieux', null);
    paths.set(`/lieux/${school}`, null);
  });

  it('lets a resident report a problem and read the town hall’s answer; the town hall edits the register', async () => {
    const resident = await newVerifiedResident(config, db.url);
    const who = await signedIn(resident, true);
    const town = await signedIn(agent, false);
    try {
      await who.page.goto(url(`/lieux/${hall}`));
      await who.page.fill('#body', 'La porte est trop lourde');
      await submit(who.page, 'Envoyer le signalement', /signale/);
      const reports = who.page.locator('#signalements + p + ul.reports');
      expect(await reports.innerText()).toContain('La porte est trop lourde');
      expect(await reports.innerText()).toContain('En attente de réponse');

      // The town hall answers, without JavaScript.
      await town.page.goto(url(`/mairie/lieux/${hall}`));
      const answer = 'Un groom plus léger sera posé la semaine prochaine.';
      await town.page.locator('textarea[name^="answer-"]').fill(answer);
      await submit(town.page, 'Publier la réponse', /fait=repondu/);
      expect(await town.page.locator('p.notice[role="status"]').innerText()).toContain(
        'La réponse est publiée',
      );

      await who.page.reload();
      const seen = await who.page.locator('ul.reports').innerText();
      expect(seen).toContain('Réponse de la mairie');
      expect(seen).toContain(answer);

      // Moderation, without JavaScript: the town hall hides a report, refused first without a
      // reason (the summary on top, the error tied to its field); it leaves the public page.
      const offTopic = 'Un message injurieux hors sujet';
      await ok(
        api.url,
        `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { id } }`,
        { input: { placeId: hall, body: offTopic } },
        resident,
      );
      await town.page.goto(url(`/mairie/lieux/${hall}`));
      const card = () => town.page.locator('li.card', { hasText: offTopic });
      await card().locator('summary', { hasText: 'Masquer ce signalement' }).click();
      await submit(town.page, 'Masquer le signalement', /\?\/hide$/);
      expect(await town.page.locator('.error-summary li').innerText()).toContain(
        'Indiquez pourquoi le signalement est masqué',
      );
      const reason = card().getByLabel(/Motif du masquage/);
      expect(await reason.getAttribute('aria-describedby')).toMatch(/reason-[0-9a-f-]+-error/);
      await reason.fill('Propos injurieux (charte)');
      await submit(town.page, 'Masquer le signalement', /fait=masque/);
      expect(await town.page.locator('p.notice[role="status"]').innerText()).toContain(
        'Le signalement est masqué',
      );
      expect(await card().count()).toBe(0);
      await who.page.reload();
      expect(await who.page.locator('ul.reports').innerText()).not.toContain(offTopic);
      paths.set(`/mairie/lieux/${hall}`, town.context);

      // The town hall registers a place (without JavaScript); the public register shows it.
      await town.page.goto(url('/mairie/lieux'));
      await town.page.locator('summary', { hasText: 'Ajouter un lieu' }).click();
      await town.page.fill('#name', 'Gymnase du Parc');
      await town.page.selectOption('#kind', 'SPORTS');
      await town.page.fill('#address', '12 allée du Parc');
      await town.page.selectOption('#entrance', 'ACCESSIBLE');
      await submit(town.page, 'Ajouter le lieu', /\/mairie\/lieux\?\/create$/);
      // A feature said without the day of the check: the API's field error, what was typed kept.
      expect(await town.page.locator('.error-summary').innerText()).toContain(
        'date de la vérification',
      );
      expect(await town.page.inputValue('#name')).toBe('Gymnase du Parc');
      await town.page.fill('#checkedOn', townDay(clock.now()));
      await submit(town.page, 'Ajouter le lieu', /fait=cree/);
      paths.set(new URL(town.page.url()).pathname, town.context);
      await who.page.goto(url('/lieux'));
      expect(
        await who.page.locator('li.card', { hasText: 'Gymnase du Parc' }).innerText(),
      ).toContain('Accessibilité à vérifier');
      paths.set(`/lieux/${hall}`, who.context);
      paths.set('/mairie/lieux', town.context);
      for (const [path, from] of [...paths]) await audit(from, path);
      expect(faults).toEqual([]);
    } finally {
      await who.context.close();
      await town.context.close();
    }
  }, 120_000);

  it.each([true, false])(
    'warns the chair scheduling in a place not accessible (JavaScript %s)',
    async (javaScript) => {
      const { context, page } = await signedIn(c.chair, javaScript);
      try {
        await page.goto(url(`/mon-conseil/${slug()}/nouvelle-seance`));
        const option = page.locator('#placeId option', { hasText: 'École des Tilleuls' });
        expect(await option.innerText()).toContain('NON ACCESSIBLE');
        await page.selectOption('#placeId', school);
        if (javaScript) {
          // Before the post: the polite region says what the place lacks.
          await page.locator('#place-warning .notice').waitFor();
          expect(await page.locator('#place-warning').innerText()).toContain(
            'Lieu non accessible\u00a0: École des Tilleuls (entrée non accessible)',
          );
        }
        await page.fill('#date', townDayIn(12));
        await page.fill('#time', '19:00');
        await submit(page, 'Planifier la séance', /\/mon-conseil\/seances\/[0-9a-f-]+\?planifiee/);
        const warning = page.locator('#lieu-non-accessible');
        await warning.waitFor();
        expect(await warning.innerText()).toContain('École des Tilleuls (entrée non accessible)');
        expect(await page.locator('main').innerText()).toContain(
          'Lieu : École des Tilleuls, 1 place de l’École'.replace(' :', '\u00a0:'),
        );
        const prep = new URL(page.url()).pathname;
        const meetingId = prep.split('/').pop()!;
        await page.goto(url(`/seances/${meetingId}`));
        expect(await page.locator('main p.notice.warning').innerText()).toContain(
          'Lieu non accessible',
        );
        if (!javaScript) {
          await audit(context, `/mon-conseil/${slug()}/nouvelle-seance`);
          await audit(context, prep);
          await audit(null, `/seances/${meetingId}`);
          expect(faults).toEqual([]);
        }
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
