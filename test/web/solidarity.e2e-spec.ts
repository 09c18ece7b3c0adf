import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DEFAULT_PASSWORD, newAccount, newAgent, TestAccount } from '../support/factories';
import { ok } from '../support/meeting-fixtures';
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

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');

/**
 * The solidarity information page (issue 19) in Chromium against the real API: a member of a
 * partner association updates its entry (with JavaScript) and confirms a stale one (without), the
 * public page shows the change; every page passes axe at 360 and 1280 px.
 */
describe('The solidarity pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let member: TestAccount;
  let associationId: string;
  let councilSlug: string;
  let pantry: string;
  let clothes: string;
  const faults: string[] = [];

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const newEntry = async (input: Record<string, unknown>) =>
    (
      await call<{ createSolidarityEntry: { id: string } }>(
        `mutation($input: CreateSolidarityEntryInput!) { createSolidarityEntry(input: $input) { id } }`,
        { input: { publish: true, ...input } },
        agent,
      )
    ).createSolidarityEntry.id;

  /** Posts the form of `button` and waits for the page it leads to. */
  const submit = async (page: Page, button: string, to: RegExp | ((u: URL) => boolean)) => {
    await Promise.all([page.waitForURL(to), page.getByRole('button', { name: button }).click()]);
  };
  async function signedIn(who: TestAccount, javaScript: boolean) {
    const { context, page } = await newPage(browser, { javaScript });
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await submit(page, 'Se connecter', (u) => u.pathname === '/');
    return { context, page };
  }

  /** axe, one h1, French spacing and no horizontal scroll at 360 and 1280 px, as its visitor. */
  async function audit(from: BrowserContext | null, path: string) {
    const storageState = from ? await from.storageState() : undefined;
    // Both widths at once: each in its own context.
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
          await page
            .locator('details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          if (process.env.SHOTS)
            await page.screenshot({
              path: `${process.env.SHOTS}/${path.replace(/\W+/g, '_')}-${width}.png`,
              fullPage: true,
            });
          faults.push(...(await axeViolations(page)).map((v) => `${path} ${width}: ${v}`));
          faults.push(...(await typographyFaults(page)).map((t) => `${path} ${width}: «${t}»`));
          if ((await page.locator('h1').count()) !== 1) faults.push(`${path}: not one h1`);
          if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
            faults.push(`${path} ${width}: horizontal scroll`);
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
    member = await newAccount(config, db.url, { displayName: 'Nadia Benali' });
    const { proposeAssociation } = await call<{ proposeAssociation: { id: string } }>(
      `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`,
      {
        input: {
          name: 'Épicerie solidaire du Canal',
          description: 'Une épicerie à petits prix pour les familles du quartier.',
          fields: ['FOOD_AID'],
          contactEmail: 'contact@epicerie-canal.example.fr',
        },
      },
      member,
    );
    associationId = proposeAssociation.id;
    await call(
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId, status: 'PARTNER' } },
      agent,
    );
    const { createCouncil } = await call<{ createCouncil: { slug: string; id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id slug } }`,
      {
        input: {
          name: 'Conseil du Canal',
          slug: 'canal',
          neighbourhood: 'Canal',
          perimeterDescription: 'Le long du canal',
        },
      },
      agent,
    );
    councilSlug = createCouncil.slug;
    pantry = await newEntry({
      associationId,
      councilId: createCouncil.id,
      title: 'Épicerie solidaire',
      audience: 'Familles du quartier, sur orientation d’un travailleur social',
      address: '12 quai du Canal',
      hours: 'Mardi et jeudi, 14 h – 18 h',
      languages: ['français', 'arabe'],
      cost: '10 % des prix du commerce',
      soliguideUrl: 'https://soliguide.fr/fr/fiche/epicerie-canal',
    });
    clothes = await newEntry({
      associationId,
      title: 'Vestiaire solidaire',
      address: '12 quai du Canal',
    });
    await newEntry({ operatorName: 'CCAS', title: 'Accueil du CCAS', address: 'Hôtel de ville' });
    // Last checked 120 days ago: flagged on the page.
    await api.app
      .get<DataSource>(getDataSourceToken())
      .query(`UPDATE solidarity_entry SET last_checked_on = current_date - 120 WHERE id = $1`, [
        clothes,
      ]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('shows the page to anyone, with the stale entry flagged, and per council', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await page.goto(url('/solidarite'));
      const main = page.locator('main');
      await main.locator('h1').waitFor();
      expect(await page.locator('.solidarity-entry h2').allInnerTexts()).toEqual([
        'Accueil du CCAS',
        'Épicerie solidaire',
        'Vestiaire solidaire',
      ]);
      const stale = page.locator('.solidarity-entry.stale');
      expect(await stale.locator('h2').innerText()).toBe('Vestiaire solidaire');
      expect(await stale.innerText()).toContain('À vérifier');
      expect(await main.innerText()).toContain('Mardi et jeudi, 14 h – 18 h');
      await page.goto(url(`/solidarite/conseils/${councilSlug}`));
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').innerText()).toContain('Conseil du Canal');
    } finally {
      await context.close();
    }
  });

  it('lets a member of the association update its entry, with JavaScript', async () => {
    const { context, page } = await signedIn(member, true);
    try {
      await page.goto(url('/solidarite'));
      await Promise.all([
        page.waitForURL((u) => u.pathname === `/solidarite/fiches/${pantry}`),
        page.getByRole('link', { name: 'Modifier la fiche Épicerie solidaire' }).click(),
      ]);
      await page.locator('#hours').waitFor();
      expect(await page.inputValue('#hours')).toBe('Mardi et jeudi, 14 h – 18 h');
      await page.fill('#hours', 'Mardi, jeudi et samedi, 14 h – 18 h');
      await submit(page, 'Enregistrer la fiche', /fait=modifiee/);
      const notice = page.locator('p.notice[role="status"]');
      await notice.waitFor();
      expect(await notice.innerText()).toContain('Fiche enregistrée');
      await audit(context, `/solidarite/fiches/${pantry}`);
      await audit(context, '/solidarite/fiches/nouvelle');
    } finally {
      await context.close();
    }
    const { context: visitor, page: publicPage } = await newPage(browser, { javaScript: false });
    try {
      await publicPage.goto(url('/solidarite'));
      await publicPage.locator('h1').waitFor();
      expect(await publicPage.locator('main').innerText()).toContain(
        'Mardi, jeudi et samedi, 14 h – 18 h',
      );
    } finally {
      await visitor.close();
    }
  });

  it('lets the member confirm the stale entry and correct it, without JavaScript', async () => {
    const { context, page } = await signedIn(member, false);
    try {
      await page.goto(url(`/solidarite/fiches/${clothes}`));
      await page.locator('h1').waitFor();
      expect(await page.locator('.solidarity-entry').innerText()).toContain('À vérifier');
      await submit(page, 'Confirmer que la fiche est à jour', /fait=confirmee/);
      await page.locator('p.notice[role="status"]').waitFor();
      expect(await page.locator('.solidarity-entry.stale').count()).toBe(0);
      // A mistake is told next to its field: the Soliguide link must be Soliguide's.
      await page.fill('#soliguideUrl', 'https://example.fr/vestiaire');
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Enregistrer la fiche' }).click(),
      ]);
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#soliguideUrl-error').innerText()).toContain('soliguide.fr');
    } finally {
      await context.close();
    }
  });

  it('offers every column to the import, and ties an error on the file to its field, without JavaScript', async () => {
    const { context, page } = await signedIn(agent, false);
    try {
      await page.goto(url('/mairie/solidarite'));
      await page.locator('h1').waitFor();
      expect(await page.locator('input[id^="col-"]').count()).toBe(13);
      // A file with a header and no line: the API's error on input.csv is the file field's.
      await page.setInputFiles('#file', {
        name: 'vide.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Nom;Organisation\n'),
      });
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Importer' }).click(),
      ]);
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#file');
      expect(await page.locator('#file').getAttribute('aria-describedby')).toBe('file-error');
      expect(await page.locator('#file-error').innerText()).toContain('aucune ligne');
    } finally {
      await context.close();
    }
  });

  it('shows the entries and the partners a page at a time, with links to the next and the first page, without JavaScript', async () => {
    // Twenty more of each, written directly: the lists now hold more than a page (20).
    const sql = (text: string) => api.app.get<DataSource>(getDataSourceToken()).query(text);
    await sql(`INSERT INTO solidarity_entry (operator_name, title, status, last_checked_on, published_at)
               SELECT 'CCAS', 'Permanence ' || lpad(n::text, 2, '0'), 'PUBLISHED', current_date, now()
                 FROM generate_series(1, 20) n`);
    await sql(`INSERT INTO association (name, description, fields, status)
               SELECT 'Association ' || lpad(n::text, 2, '0'), 'Une association du quartier.',
                      '{FOOD_AID}', 'PARTNER'
                 FROM generate_series(1, 20) n`);
    const published = (
      (await sql(`SELECT title FROM solidarity_entry WHERE status = 'PUBLISHED'`)) as {
        title: string;
      }[]
    )
      .map((r) => r.title)
      .sort((a, b) => a.localeCompare(b, 'fr'));
    expect(published.length).toBeGreaterThan(20);
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      const walk = async (path: string, items: string) => {
        await page.goto(url(path));
        await page.locator('h1').waitFor();
        const first = await page.locator(items).allInnerTexts();
        expect(await page.getByRole('link', { name: 'Première page' }).count()).toBe(0);
        await Promise.all([
          page.waitForURL((u) => u.searchParams.has('apres')),
          page.getByRole('link', { name: 'Page suivante' }).click(),
        ]);
        await page.getByRole('link', { name: 'Première page' }).waitFor();
        const second = await page.locator(items).allInnerTexts();
        expect(await page.getByRole('link', { name: 'Page suivante' }).count()).toBe(0);
        return { first, second };
      };
      const entries = await walk('/solidarite', '.solidarity-entry h2');
      expect(entries.first).toHaveLength(20);
      expect([...entries.first, ...entries.second]).toEqual(published);
      const partners = await walk('/associations', '.cards h2');
      expect(partners.first).toHaveLength(20);
      expect(partners.second).toEqual(['Épicerie solidaire du Canal']);
    } finally {
      await context.close();
    }
    // The town hall's list of entries, all statuses, says how many in all and goes on too.
    const { context: town, page: hall } = await signedIn(agent, false);
    try {
      await hall.goto(url('/mairie/solidarite'));
      const heading = hall.locator('#fiches');
      await heading.waitFor();
      expect(await heading.innerText()).toMatch(/^Les fiches \(\d+\)$/);
      expect(await hall.locator('tbody tr').count()).toBe(20);
      await Promise.all([
        hall.waitForURL((u) => u.searchParams.has('apres') && u.hash === '#fiches'),
        hall.getByRole('link', { name: 'Page suivante' }).click(),
      ]);
      await hall.getByRole('link', { name: 'Première page' }).waitFor();
    } finally {
      await town.close();
    }
  });

  // One test per page (both widths at once): a sweep of seven pages in one test outgrew its
  // time limit on a loaded machine.
  const PAGES: [string, 'anonymous' | 'agent', () => string][] = [
    ['the town’s page', 'anonymous', () => '/solidarite'],
    ['a council’s page', 'anonymous', () => `/solidarite/conseils/${councilSlug}`],
    ['an entry', 'anonymous', () => `/solidarite/fiches/${pantry}`],
    ['the associations', 'anonymous', () => '/associations'],
    ['an association', 'anonymous', () => `/associations/${associationId}`],
    ['the town hall’s entries and import', 'agent', () => '/mairie/solidarite'],
    ['an entry as an agent', 'agent', () => `/solidarite/fiches/${clothes}`],
  ];
  it.each(PAGES)('has no axe violation on %s (%s), at 360 and 1280 px', async (_, who, path) => {
    const seen = faults.length;
    if (who === 'agent') {
      const { context } = await signedIn(agent, false);
      try {
        await audit(context, path());
      } finally {
        await context.close();
      }
    } else await audit(null, path());
    expect(faults.slice(seen)).toEqual([]);
  });
});
