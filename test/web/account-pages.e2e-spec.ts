import { AppConfig } from '@quorum/core';
import { Browser, Page } from 'playwright-core';
import {
  bearer,
  DEFAULT_PASSWORD,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import { sql } from '../support/meeting-fixtures';
import {
  createTestDatabase,
  graphql,
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

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');
/** More than one page of comments (the site asks for 50 at a time). */
const COMMENTS = 55;
/** More than one page of "mes propositions" (10 at a time). */
const AUTHORED = 12;

/**
 * `/propositions/:id` (comments a page at a time, editing one's comment within 15 minutes,
 * reporting a proposal or a comment) and `/mon-compte` (my proposals, my supports, notifications
 * read one by one), without JavaScript, in Chromium against the real API.
 */
describe('The proposal and account pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let author: TestAccount;
  let neighbour: TestAccount;
  let proposalId: string;
  let authorCommentId: string;
  const authored: string[] = [];
  const neighbourComments: string[] = [];

  const url = (path: string) => `${site.url}${path}`;
  const gql = async <T>(query: string, variables: Record<string, unknown>, who: TestAccount) => {
    const r = await graphql<T>(api.url, query, variables, bearer(who));
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const submit = async (page: Page, button: string) => {
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
  };
  const signIn = async (page: Page, who: TestAccount) => {
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await submit(page, 'Se connecter');
    expect(new URL(page.url()).pathname).toBe('/');
  };
  const comment = (body: string, who: TestAccount) =>
    gql<{ commentOnProposal: { id: string } }>(
      `mutation ($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`,
      { input: { proposalId, body } },
      who,
    ).then((d) => d.commentOnProposal.id);

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
    author = await newVerifiedResident(config, db.url, { displayName: 'Aline Autrice' });
    neighbour = await newVerifiedResident(config, db.url, { displayName: 'Noé Voisin' });
    const { createCouncil } = await gql<{ createCouncil: { id: string } }>(
      `mutation ($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: 'Conseil de quartier Centre-Ville',
          slug: 'centre-ville',
          neighbourhood: 'Centre-Ville',
          perimeterDescription: 'De la gare au canal.',
          charter: { supportThreshold: 50 },
        },
      },
      agent,
    );
    for (let i = 1; i <= AUTHORED; i++) {
      const { submitProposal } = await gql<{ submitProposal: { id: string } }>(
        `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            councilId: createCouncil.id,
            title: `Proposition numéro ${i} pour le quartier`,
            body: 'Pour le quartier.',
            category: 'PUBLIC_SPACE',
            publish: true,
          },
        },
        author,
      );
      authored.push(submitProposal.id);
    }
    proposalId = authored[0];
    await gql(
      `mutation ($id: ID!) { supportProposal(id: $id) { proposal { id } } }`,
      { id: proposalId },
      neighbour,
    );
    authorCommentId = await comment('Merci pour vos retours.', author);
    for (let i = 1; i <= COMMENTS - 1; i++)
      neighbourComments.push(await comment(`Commentaire numéro ${i} de Noé.`, neighbour));
    // The first of them was written 20 minutes ago: too late to edit it.
    await sql(
      db.url,
      `UPDATE comment SET created_at = now() - interval '20 minutes' WHERE id = $1`,
      [neighbourComments[0]],
    );
    await sql(
      db.url,
      `INSERT INTO notification (event_id, event_type, account_id, title, body, link)
       SELECT k, 'proposal.qualified', $1, 'Notification ' || k, 'Le texte ' || k || '.', '/propositions'
         FROM generate_series(1, 2) AS k`,
      [neighbour.id],
    );
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('shows every comment, a page at a time, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await page.goto(url(`/propositions/${proposalId}`));
      await expect(page.locator('#commentaires').innerText()).resolves.toBe(
        `Commentaires (${COMMENTS})`,
      );
      const shown = page.locator('.comments > li.comment');
      expect(await shown.count()).toBe(50);
      await expect(page.locator('.comments').innerText()).resolves.toContain(
        'Merci pour vos retours.',
      );
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: 'Commentaires suivants' }).click(),
      ]);
      expect(await shown.count()).toBe(COMMENTS - 50);
      const text = await page.locator('.comments').innerText();
      expect(text).toContain(`Commentaire numéro ${COMMENTS - 1} de Noé.`);
      expect(text).not.toContain('Merci pour vos retours.');
      await expect(page.getByRole('link', { name: 'Commentaires suivants' }).count()).resolves.toBe(
        0,
      );
      await page.getByRole('link', { name: 'Premiers commentaires' }).click();
      await page.waitForURL(/#commentaires$/);
      expect(await shown.count()).toBe(50);
    } finally {
      await context.close();
    }
  });

  it('lets the author edit a recent comment, not an old one, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, neighbour);
      await page.goto(url(`/propositions/${proposalId}`));
      // Written 20 minutes ago: no link; written now: a link to a form with the Markdown in it.
      const editLink = (id: string) => page.locator(`a[href="?modifier=${id}#edit-${id}"]`);
      await expect(editLink(neighbourComments[0]).count()).resolves.toBe(0);
      const fresh = neighbourComments[1];
      // The author's comment is someone else's: it can be reported, not edited.
      await expect(editLink(authorCommentId).count()).resolves.toBe(0);
      await expect(page.locator(`#report-${authorCommentId}`).count()).resolves.toBe(1);
      await expect(page.locator(`#edit-${fresh}`).count()).resolves.toBe(0);
      await Promise.all([page.waitForNavigation(), editLink(fresh).click()]);
      await expect(page.locator(`#edit-${fresh}`).inputValue()).resolves.toBe(
        'Commentaire numéro 2 de Noé.',
      );
      await page.fill(`#edit-${fresh}`, 'Commentaire **corrigé** de Noé.');
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`form:has(#edit-${fresh}) button`).click(),
      ]);
      await expect(page.locator('.notice').innerText()).resolves.toBe(
        'Votre commentaire est modifié.',
      );
      const edited = page.locator(`article[aria-labelledby="c-${fresh}"]`);
      await expect(edited.locator('strong').innerText()).resolves.toBe('corrigé');
      await expect(edited.innerText()).resolves.toMatch(/Modifié le /);
      // An emptied comment is refused by the site, next to the field.
      await Promise.all([page.waitForNavigation(), editLink(fresh).click()]);
      await page.fill(`#edit-${fresh}`, '');
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`form:has(#edit-${fresh}) button`).click(),
      ]);
      await expect(page.locator(`#edit-${fresh}-error`).innerText()).resolves.toBe(
        'Erreur\u00a0: Écrivez votre commentaire.',
      );
    } finally {
      await context.close();
    }
  });

  it('reports a proposal and a comment to the moderation, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, neighbour);
      await page.goto(url(`/propositions/${proposalId}`));
      const open = (id: string) =>
        page
          .locator(`#report-${id}`)
          .evaluate((el) => el.closest('details')!.setAttribute('open', ''));
      // Too short a reason: refused with a message next to the field.
      await open(proposalId);
      await page.fill(`#report-${proposalId}`, 'x');
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`form:has(#report-${proposalId}) button`).click(),
      ]);
      await expect(page.locator(`#report-${proposalId}-error`).innerText()).resolves.toContain(
        'Dites en quelques mots ce qui pose problème.',
      );
      await open(proposalId);
      await page.fill(`#report-${proposalId}`, 'Cette proposition existe déjà.');
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`form:has(#report-${proposalId}) button`).click(),
      ]);
      await expect(page.locator('.notice').innerText()).resolves.toBe(
        'Merci\u00a0: votre signalement est transmis à la modération.',
      );
      await open(authorCommentId);
      await page.fill(`#report-${authorCommentId}`, 'Propos déplacés.');
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`form:has(#report-${authorCommentId}) button`).click(),
      ]);
      await expect(page.locator('.notice').count()).resolves.toBe(1);
      const { moderationQueue } = await gql<{
        moderationQueue: { targetId: string; targetType: string; reasons: string[] }[];
      }>(`{ moderationQueue { targetId targetType reasons } }`, {}, agent);
      expect(moderationQueue).toEqual(
        expect.arrayContaining([
          {
            targetId: proposalId,
            targetType: 'PROPOSAL',
            reasons: ['Cette proposition existe déjà.'],
          },
          { targetId: authorCommentId, targetType: 'COMMENT', reasons: ['Propos déplacés.'] },
        ]),
      );
    } finally {
      await context.close();
    }
  });

  it('lists my proposals and my supports, a page at a time, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, author);
      await page.goto(url('/mon-compte'));
      const mine = page.locator('section[aria-labelledby="mes-propositions"]');
      await expect(mine.locator('h2').innerText()).resolves.toBe(`Mes propositions (${AUTHORED})`);
      expect(await mine.locator('li').count()).toBe(10);
      // Newest first: the last one written comes first.
      await expect(mine.locator('li a').first().innerText()).resolves.toBe(
        `Proposition numéro ${AUTHORED} pour le quartier`,
      );
      await Promise.all([
        page.waitForNavigation(),
        mine.getByRole('link', { name: 'Suivantes' }).click(),
      ]);
      expect(await mine.locator('li').count()).toBe(AUTHORED - 10);
      await expect(mine.locator('li').last().innerText()).resolves.toBe(
        'Proposition numéro 1 pour le quartier — Publiée, 1 soutien',
      );
      const supports = page.locator('section[aria-labelledby="mes-soutiens"]');
      await expect(supports.innerText()).resolves.toContain(
        'Vous ne soutenez aucune proposition pour l’instant.',
      );
      await context.clearCookies();
      await signIn(page, neighbour);
      await page.goto(url('/mon-compte'));
      await expect(supports.locator('h2').innerText()).resolves.toBe('Mes soutiens (1)');
      await expect(supports.locator('li a').innerText()).resolves.toBe(
        'Proposition numéro 1 pour le quartier',
      );
      await expect(mine.locator('h2').innerText()).resolves.toBe('Mes propositions (0)');
    } finally {
      await context.close();
    }
  });

  it('marks one notification read, the others staying unread, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, neighbour);
      await page.goto(url('/mon-compte'));
      const section = page.locator('section[aria-labelledby="notifications"]');
      await expect(section.locator('h2').innerText()).resolves.toBe('Notifications (2 non lues)');
      const buttons = section.getByRole('button', { name: /^Marquer comme lue/ });
      expect(await buttons.count()).toBe(2);
      await Promise.all([
        page.waitForNavigation(),
        section.getByRole('button', { name: 'Marquer comme lue\u00a0: Notification 1' }).click(),
      ]);
      await expect(page.locator('.notice').innerText()).resolves.toBe(
        'La notification est marquée comme lue.',
      );
      await expect(section.locator('h2').innerText()).resolves.toBe('Notifications (1 non lue)');
      const items = await section.locator('li').allInnerTexts();
      expect(items.find((t) => t.includes('Notification 1'))).not.toContain('(non lue)');
      expect(items.find((t) => t.includes('Notification 2'))).toContain('(non lue)');
    } finally {
      await context.close();
    }
  });

  // 200 % zoom of a 1280 px window: 640 CSS pixels at two device pixels each. One test per size,
  // each with its own time: five pages through axe three times took over two minutes under load.
  it.each([
    { width: 360, scale: 1 },
    { width: 1280, scale: 1 },
    { width: 640, scale: 2 },
  ])(
    'has no axe violation, French spacing and no horizontal scroll at $width px × $scale',
    async ({ width, scale }) => {
      const faults: string[] = [];
      const pages = [
        `/propositions/${proposalId}`,
        `/propositions/${proposalId}?modifier=${neighbourComments[1]}`,
        '/mon-compte',
        '/propositions',
        '/',
      ];
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        deviceScaleFactor: scale,
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      try {
        await signIn(page, neighbour);
        for (const path of pages) {
          await page.goto(url(path));
          // The edit and report forms are folded: open them for axe to see them.
          await page.evaluate(
            "document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))",
          );
          faults.push(...(await axeViolations(page)).map((v) => `${width}px×${scale}: ${v}`));
          faults.push(...(await typographyFaults(page)).map((t) => `${width}px ${path}: «${t}»`));
          if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
            faults.push(`${width}px×${scale} ${path}: scrolls horizontally`);
        }
      } finally {
        await context.close();
      }
      expect(faults).toEqual([]);
    },
    120_000,
  );
});
