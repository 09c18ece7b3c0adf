import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEFAULT_PASSWORD,
  newAccount,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import { ok, townDayIn } from '../support/meeting-fixtures';
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
  waitForHydration,
} from './support/site';

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');

/**
 * Works and detours (issue 19) in Chromium against the real API: a resident reports that the
 * detour does not work from `/travaux/:id`, an agent answers it from `/mairie/travaux/:id`, and the
 * resident reads the answer on the public page; with JavaScript and without.
 */
describe('The works pages: a detour reported and answered in public', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let worksId: string;
  let councilId: string;
  const faults: string[] = [];
  const url = (path: string) => `${site.url}${path}`;

  const submit = async (page: Page, button: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
  };

  async function signedIn(who: TestAccount, javaScript: boolean) {
    const { context, page } = await newPage(browser, { javaScript });
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await submit(page, 'Se connecter');
    await page.waitForURL((u) => u.pathname === '/');
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
          expect(response?.status()).toBe(200);
          // Opened once hydrated: hydration sets each `open` back to what the page says.
          await waitForHydration(page);
          await page
            .locator('details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
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
    const { postWorks } = await ok<{ postWorks: { id: string } }>(
      api.url,
      `mutation($input: PostWorksInput!) { postWorks(input: $input) { id } }`,
      {
        input: {
          title: 'Réfection du trottoir de la rue de la Gare',
          description: 'Le trottoir nord est refait à neuf.',
          address: 'rue de la Gare',
          startsOn: townDayIn(-1),
          endsOn: townDayIn(20),
          councilIds: [createCouncil.id],
          detour: 'Par le trottoir sud, traversée au passage piéton du n° 2.',
          detourAccessible: true,
        },
      },
      agent,
    );
    worksId = postWorks.id;
    await ok(
      api.url,
      `mutation($input: ChangeDetourInput!) { changeDetour(input: $input) { id } }`,
      {
        input: {
          worksId,
          description: 'Par la rue Neuve, trottoir abaissé.',
          accessible: true,
          reason: 'Le trottoir sud est trop étroit.',
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

  for (const javaScript of [true, false]) {
    it(`a resident reports a detour problem and reads the town hall’s answer (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const resident = await newVerifiedResident(config, db.url);
      const place = javaScript ? 'Passage piéton du n° 2' : 'Angle de la rue Neuve';
      const answer = javaScript
        ? 'La palissade est déplacée ce matin.'
        : 'Une rampe provisoire est posée.';
      const mine = await signedIn(resident, javaScript);
      await mine.page.goto(url(`/travaux/${worksId}`));
      await mine.page.getByText('Par la rue Neuve, trottoir abaissé.').waitFor();
      // The missing fields first: the summary names them, the form keeps the choice.
      await mine.page.getByLabel('Déviation non accessible').check();
      await submit(mine.page, 'Envoyer le signalement');
      await mine.page.locator('.error-summary').waitFor();
      expect(await mine.page.locator('.error-summary li').allInnerTexts()).toEqual([
        'Indiquez l’endroit.',
        'Indiquez ce qui ne va pas.',
      ]);
      expect(await mine.page.getByLabel('Déviation non accessible').isChecked()).toBe(true);
      await mine.page.getByLabel(/Où, sur la déviation/).fill(place);
      await mine.page
        .getByLabel(/Ce qui ne va pas/)
        .fill('Une palissade barre le bateau du trottoir.');
      await submit(mine.page, 'Envoyer le signalement');
      await mine.page.getByText(/votre signalement est publié/).waitFor();
      // Sent: the form is empty again, for another report.
      expect(await mine.page.getByLabel('Déviation non accessible').isChecked()).toBe(false);
      expect(await mine.page.getByLabel(/Où, sur la déviation/).inputValue()).toBe('');
      expect(await mine.page.getByLabel(/Ce qui ne va pas/).inputValue()).toBe('');
      const report = mine.page.locator('.reports li', { hasText: place });
      await report.getByText('En attente de réponse').waitFor();

      const town = await signedIn(agent, javaScript);
      await town.page.goto(url(`/mairie/travaux/${worksId}`));
      const item = town.page.locator('.reports li', { hasText: place });
      await item.getByLabel(/Réponse publique de la mairie/).fill(answer);
      await item.getByRole('button', { name: 'Publier la réponse' }).click();
      await town.page.getByText(/La réponse est publiée/).waitFor();

      await mine.page.goto(url(`/travaux/${worksId}`));
      await mine.page.locator('.reports li', { hasText: place }).getByText(answer).waitFor();
      if (!javaScript) {
        // The town hall corrects the project's title (the form holds the project as it stands).
        await town.page.getByText('Corriger le chantier').click();
        expect(await town.page.locator('#address').inputValue()).toBe('rue de la Gare');
        await town.page.locator('#title').fill('Trottoir de la rue de la Gare, côté nord');
        await submit(town.page, 'Enregistrer les corrections');
        await town.page.getByText('Le chantier est corrigé.').waitFor();
        await mine.page.goto(url(`/travaux/${worksId}`));
        await mine.page
          .getByRole('heading', { level: 1, name: 'Trottoir de la rue de la Gare, côté nord' })
          .waitFor();

        // Moderation: the town hall hides the report, refused first without a reason (the
        // summary on top, the error tied to its field); it leaves the public page.
        await town.page.goto(url(`/mairie/travaux/${worksId}`));
        const hidden = () => town.page.locator('.reports li', { hasText: place });
        await hidden().locator('summary', { hasText: 'Masquer ce signalement' }).click();
        await submit(town.page, 'Masquer le signalement');
        await town.page.locator('.error-summary').waitFor();
        expect(await town.page.locator('.error-summary li').allInnerTexts()).toEqual([
          'Indiquez pourquoi le signalement est masqué (5 caractères au moins).',
        ]);
        const reason = hidden().getByLabel(/Motif du masquage/);
        expect(await reason.getAttribute('aria-describedby')).toMatch(/reason-[0-9a-f-]+-error/);
        await reason.fill('Propos hors sujet (charte)');
        await submit(town.page, 'Masquer le signalement');
        await town.page.getByText(/Le signalement est masqué/).waitFor();
        expect(await hidden().count()).toBe(0);
        await mine.page.goto(url(`/travaux/${worksId}`));
        await mine.page.getByText('Par la rue Neuve, trottoir abaissé.').waitFor();
        expect(await mine.page.locator('.reports li', { hasText: place }).count()).toBe(0);
      }
      if (javaScript) {
        await audit(mine.context, `/travaux/${worksId}`);
        await audit(town.context, '/mairie/travaux');
        await audit(town.context, `/mairie/travaux/${worksId}`);
      }
      await mine.context.close();
      await town.context.close();
    });
  }

  it('an association member gives its assessment of the detour (JavaScript off)', async () => {
    const member = await newVerifiedResident(config, db.url);
    const { proposeAssociation } = await ok<{ proposeAssociation: { id: string } }>(
      api.url,
      `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`,
      {
        input: {
          name: 'Roues libres',
          description: 'Pour une ville praticable en fauteuil.',
          fields: ['DISABILITY'],
        },
      },
      member,
    );
    await ok(
      api.url,
      `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`,
      { input: { associationId: proposeAssociation.id, status: 'PARTNER' } },
      agent,
    );
    const { postWorks } = await ok<{ postWorks: { id: string } }>(
      api.url,
      `mutation($input: PostWorksInput!) { postWorks(input: $input) { id } }`,
      {
        input: {
          title: 'Réfection de la place du Marché',
          description: 'Les pavés de la place sont remplacés.',
          address: 'place du Marché',
          startsOn: townDayIn(5),
          endsOn: townDayIn(12),
          assessmentDueOn: townDayIn(3),
          councilIds: [councilId],
          detour: 'Par la rue des Halles, côté pair.',
          detourAccessible: false,
        },
      },
      agent,
    );
    const mine = await signedIn(member, false);
    const giveLink = (page: Page) =>
      page.getByRole('link', { name: 'Donner l’avis de votre association' });
    await mine.page.goto(url(`/travaux/${postWorks.id}`));
    await giveLink(mine.page).waitFor();
    await mine.page.goto(url(`/travaux/${postWorks.id}/avis`));
    await mine.page.getByText('Au nom de Roues libres.').waitFor();
    await submit(mine.page, 'Publier l’avis de l’association');
    await mine.page.locator('.error-summary').waitFor();
    expect(await mine.page.locator('.error-summary li').allInnerTexts()).toEqual([
      'Choisissez l’avis de l’association.',
      'Indiquez les raisons de votre avis.',
    ]);
    await mine.page.getByLabel('Avis défavorable').check();
    await mine.page.getByLabel(/Pourquoi/).fill('La rue des Halles n’a pas de trottoir abaissé.');
    await submit(mine.page, 'Publier l’avis de l’association');
    await mine.page.getByText(/L’avis de votre association est publié/).waitFor();
    await mine.page.goto(url(`/travaux/${postWorks.id}`));
    await mine.page.getByText('Roues libres\u202f: Avis défavorable').waitFor();
    // Given: the link is gone; it never shows to someone who is not asked.
    expect(await giveLink(mine.page).count()).toBe(0);
    await audit(mine.context, `/travaux/${postWorks.id}`);
    await mine.context.close();
    const other = await signedIn(await newVerifiedResident(config, db.url), true);
    await other.page.goto(url(`/travaux/${postWorks.id}`));
    await other.page.getByText('Roues libres\u202f: Avis défavorable').waitFor();
    expect(await giveLink(other.page).count()).toBe(0);
    await audit(other.context, `/travaux/${postWorks.id}/avis`);
    await other.context.close();
  });

  it('asks an account whose address is not confirmed to confirm it before reporting (JavaScript off)', async () => {
    const unconfirmed = await newAccount(config, db.url, { emailVerified: false });
    const mine = await signedIn(unconfirmed, false);
    await mine.page.goto(url(`/travaux/${worksId}`));
    await mine.page.getByText(/confirmez d’abord votre adresse électronique/).waitFor();
    expect(await mine.page.getByRole('button', { name: 'Envoyer le signalement' }).count()).toBe(0);
    await mine.context.close();
  });

  it('passes axe, one h1, French spacing and no horizontal scroll signed out', async () => {
    await audit(null, '/travaux');
    await audit(null, `/travaux/${worksId}`);
    expect(faults).toEqual([]);
  });
});
