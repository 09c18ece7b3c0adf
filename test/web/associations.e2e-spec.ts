import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
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
 * The pages of partner associations (issue 19) in Chromium against the real API: a resident
 * proposes their association (JavaScript on), an agent approves it and gives it a seat (off), a
 * member adds someone by e-mail (on); every new page passes axe at 360 and 1280 px.
 */
describe('The association pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let founder: TestAccount;
  let friend: TestAccount;
  let associationId: string;
  const faults: string[] = [];
  const NAME = 'Roues libres du Canal';

  const url = (path: string) => `${site.url}${path}`;

  /** Posts the form of `button` and waits for the page it leads to. */
  const submit = async (
    page: Page,
    button: ReturnType<Page['getByRole']>,
    to: RegExp | ((u: URL) => boolean),
  ) => {
    await Promise.all([page.waitForURL(to), button.click()]);
  };
  /** Posts a form the site sends back with its errors, and waits for the summary. */
  const refused = async (page: Page, button: ReturnType<Page['getByRole']>) => {
    await Promise.all([page.waitForLoadState('load'), button.click()]);
    await page.locator('.error-summary').waitFor();
  };
  async function signedIn(who: TestAccount, javaScript: boolean) {
    const { context, page } = await newPage(browser, { javaScript });
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await submit(
      page,
      page.getByRole('button', { name: 'Se connecter' }),
      (u) => u.pathname === '/',
    );
    return { context, page };
  }

  /** axe, one h1, French spacing and no horizontal scroll at 360 and 1280 px, as its visitor. */
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
    [agent, founder, friend] = await Promise.all([
      newAgent(config, db.url),
      newAccount(config, db.url, { displayName: 'Nadia Benali' }),
      newAccount(config, db.url, { displayName: 'Louis Martin' }),
    ]);
    await ok(
      api.url,
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
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
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('lets a resident propose their association from their account, and see it pending', async () => {
    const { context, page } = await signedIn(founder, true);
    try {
      await page.goto(url('/mon-compte'));
      await submit(
        page,
        page.getByRole('link', { name: 'Mes associations' }),
        (u) => u.pathname === '/associations/mes-associations',
      );
      await submit(
        page,
        page.getByRole('link', { name: 'Proposer une association' }),
        (u) => u.pathname === '/associations/proposer',
      );
      // Mistakes are told next to their fields.
      const send = page.getByRole('button', { name: 'Envoyer la demande' });
      await refused(page, send);
      expect(await page.locator('#name-error').innerText()).toContain('nom');
      expect(await page.locator('#fields-error').innerText()).toContain('domaine');
      await page.fill('#name', NAME);
      await page.fill('#description', 'Un atelier de réparation de vélos et de fauteuils.');
      await page.getByLabel('Mobilité').check();
      await page.getByLabel('Handicap').check();
      await page.fill('#website', 'pas une adresse');
      await refused(page, send);
      expect(await page.locator('#website-error').count()).toBe(1);
      expect(await page.inputValue('#name')).toBe(NAME);
      expect(await page.getByLabel('Handicap').isChecked()).toBe(true);
      await page.fill('#website', 'https://roues-libres.example.fr');
      await submit(page, send, /fait=proposee/);
      associationId = new URL(page.url()).pathname.split('/')[2];
      await page.locator('p.notice[role="status"]').waitFor();
      expect(await page.locator('main').innerText()).toContain('Demande de partenariat en attente');
      await Promise.all([
        audit(context, '/associations/proposer'),
        audit(context, '/associations/mes-associations'),
      ]);
    } finally {
      await context.close();
    }
  });

  it('lets an agent decline without a reason refused, approve it and give a seat, without JavaScript', async () => {
    const { context, page } = await signedIn(agent, false);
    try {
      await page.goto(url('/mairie'));
      await submit(
        page,
        page.getByRole('link', { name: /Associations.+demandes/ }),
        (u) => u.pathname === '/mairie/associations',
      );
      const pending = page.locator('section:has(#h-PENDING) article', {
        has: page.getByRole('heading', { name: NAME }),
      });
      await pending.getByLabel('Refuser la demande').check();
      await refused(page, pending.getByRole('button', { name: 'Enregistrer la décision' }));
      const card = page.locator('article', { has: page.getByRole('heading', { name: NAME }) });
      expect(await card.locator(`#reason-${associationId}-error`).innerText()).toContain(
        'obligatoire pour refuser',
      );
      await card.getByLabel('Reconnaître comme partenaire').check();
      await submit(
        page,
        card.getByRole('button', { name: 'Enregistrer la décision' }),
        /fait=PARTNER/,
      );
      const partner = page.locator('section:has(#h-PARTNER) article', {
        has: page.getByRole('heading', { name: NAME }),
      });
      await partner.getByText('Donner un siège dans un conseil de quartier').click();
      await submit(page, partner.getByRole('button', { name: 'Attribuer le siège' }), /fait=siege/);
      expect(await page.locator('main').innerText()).toContain('Conseil du Canal (Nadia Benali)');
      await audit(context, '/mairie/associations');
    } finally {
      await context.close();
    }
    const { context: visitor, page: publicPage } = await newPage(browser, { javaScript: false });
    try {
      await publicPage.goto(url(`/associations/${associationId}`));
      await publicPage.locator('h1').waitFor();
      const main = await publicPage.locator('main').innerText();
      expect(main).toContain('Association partenaire');
      expect(main).toContain('Conseil du Canal');
      // Who acts for it is for its members and the town hall.
      expect(main).not.toContain('Qui agit pour l’association');
    } finally {
      await visitor.close();
    }
  });

  it('lets a member add someone by the e-mail address of their account, and edit it', async () => {
    const { context, page } = await signedIn(founder, true);
    try {
      await page.goto(url(`/associations/${associationId}`));
      const add = page.getByRole('button', { name: 'Ajouter' });
      await page.fill('#email', 'personne@nulle-part.example.fr');
      await refused(page, add);
      expect(await page.locator('#email-error').innerText()).toContain('aucun compte');
      await page.fill('#email', friend.email.toUpperCase());
      await submit(page, add, /fait=membre-ajoute/);
      await page.locator('p.notice[role="status"]').waitFor();
      expect(await page.locator('.members').innerText()).toContain('Louis Martin');
      await submit(page, page.getByRole('link', { name: 'Modifier les informations' }), (u) =>
        u.pathname.endsWith('/modifier'),
      );
      await page.locator('#description').waitFor();
      await page.fill('#description', 'Réparation de vélos et de fauteuils, le samedi.');
      await submit(page, page.getByRole('button', { name: 'Enregistrer' }), /fait=modifiee/);
      await page.locator('p.notice[role="status"]').waitFor();
      expect(await page.locator('main').innerText()).toContain('le samedi');
      await Promise.all([
        audit(context, `/associations/${associationId}`),
        audit(context, `/associations/${associationId}/modifier`),
      ]);
    } finally {
      await context.close();
    }
    const { context: friendContext, page: friendPage } = await signedIn(friend, false);
    try {
      await friendPage.goto(url('/associations/mes-associations'));
      await friendPage.locator('h1').waitFor();
      expect(await friendPage.locator('main').innerText()).toContain(NAME);
    } finally {
      await friendContext.close();
    }
    expect(faults).toEqual([]);
  });
});
