import { mkdirSync } from 'node:fs';
import { AppConfig } from '@quorum/core';
import { Browser, Page } from 'playwright-core';
import {
  DEFAULT_PASSWORD,
  newAgent,
  newResident,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
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
} from './support/site';

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');
/** Where the pages' screenshots go when asked for (`BACK_OFFICE_SHOTS=/tmp/x`), to look at them. */
const SHOTS = process.env.BACK_OFFICE_SHOTS;
const REPORT_REASON = 'Propos injurieux envers un voisin.';
const HIDE_REASON = 'Propos injurieux, retiré selon la charte du site.';

/** A census file: two good lines and, on line 3 (the header is line 1), a birth date that is not one. */
const CENSUS = [
  'nom;prenoms;date_naissance;quartier',
  'Martin;Léa;1985-04-12;Centre-Ville',
  'Durand;Paul;pas une date;Centre-Ville',
  'Petit;Chloé Anne;02/11/1990;Centre-Ville',
].join('\n');

/**
 * The town hall's back office in Chromium against the real API: the dashboard's counts,
 * verifying a resident by hand, importing a census file with a bad line, moderating a reported
 * comment (hidden with a public reason, then restored), a resident refused; JavaScript off for
 * the core steps, axe at 360 and 1280 px on each page.
 */
describe('The town hall pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let resident: TestAccount;
  let waiting: TestAccount[];
  let proposalId: string;
  let commentId: string;
  let importId = '';

  const url = (path: string) => `${site.url}${path}`;
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
    // Not waitForNavigation: SvelteKit's hydration of the sign-in page (a history replaceState)
    // can count as the navigation; the signed-in home is what the test waits for.
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
  };
  const awaitingCount = async () =>
    (
      await ok<{ residentsAwaitingVerification: { totalCount: number } }>(
        api.url,
        `{ residentsAwaitingVerification(first: 1) { totalCount } }`,
        {},
        agent,
      )
    ).residentsAwaitingVerification.totalCount;

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
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
    resident = await newVerifiedResident(config, db.url, { displayName: 'Rémi Résident' });
    waiting = [
      await newResident(config, db.url, { displayName: 'Inès Attente' }),
      await newResident(config, db.url, { displayName: 'Hugo Attente' }),
    ];
    const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
      api.url,
      `mutation ($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: 'Conseil de quartier Centre-Ville',
          slug: 'centre-ville',
          neighbourhood: 'Centre-Ville',
          perimeterDescription: 'De la gare au canal.',
          charter: { supportThreshold: 2 },
        },
      },
      agent,
    );
    // A proposal that qualifies (two supports) and waits for an agenda, with a comment reported.
    const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
      api.url,
      `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId: createCouncil.id,
          title: 'Des bancs sur la place du marché',
          body: 'Pour s’asseoir à l’ombre.',
          category: 'PUBLIC_SPACE',
          publish: true,
        },
      },
      resident,
    );
    proposalId = submitProposal.id;
    for (const name of ['Sam Soutien', 'Lou Soutien']) {
      const supporter = await newVerifiedResident(config, db.url, { displayName: name });
      await ok(
        api.url,
        `mutation ($id: ID!) { supportProposal(id: $id) { proposal { id } } }`,
        { id: proposalId },
        supporter,
      );
    }
    const rude = await newVerifiedResident(config, db.url, { displayName: 'Max Malpoli' });
    commentId = (
      await ok<{ commentOnProposal: { id: string } }>(
        api.url,
        `mutation ($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`,
        { input: { proposalId, body: 'Un commentaire déplacé sur le voisin du 12.' } },
        rude,
      )
    ).commentOnProposal.id;
    await ok(
      api.url,
      `mutation ($input: ReportContentInput!) { reportContent(input: $input) }`,
      { input: { targetType: 'COMMENT', targetId: commentId, reason: REPORT_REASON } },
      resident,
    );
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('refuses a resident the town hall pages, and shows them no link to it', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, resident);
      await expect(page.getByRole('link', { name: 'Mairie', exact: true }).count()).resolves.toBe(
        0,
      );
      for (const path of ['/mairie', '/mairie/habitants', '/mairie/moderation']) {
        const response = await page.goto(url(path));
        expect(response?.status()).toBe(403);
        await expect(page.locator('h1').innerText()).resolves.toBe('Accès refusé');
        await expect(page.locator('main').innerText()).resolves.toContain(
          'Vous n’avez pas le droit d’ouvrir cette page',
        );
      }
      // Signed out: the sign-in page, coming back afterwards.
      await context.clearCookies();
      await page.goto(url('/mairie'));
      expect(new URL(page.url()).pathname).toBe('/compte/connexion');
    } finally {
      await context.close();
    }
  });

  it('shows the agent what is due, with links, without JavaScript', async () => {
    const expected = await awaitingCount();
    expect(expected).toBeGreaterThanOrEqual(2);
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: 'Mairie', exact: true }).click(),
      ]);
      await expect(page.locator('h1').innerText()).resolves.toBe('Tableau de bord de la mairie');
      const card = (heading: string) => page.locator('.card', { hasText: heading });
      await expect(card('Habitant·es à vérifier').locator('.figure').innerText()).resolves.toBe(
        `${expected} habitant·es attendent la vérification de leur résidence.`,
      );
      await expect(card('Contenus signalés').locator('.figure').innerText()).resolves.toBe(
        '1 contenu signalé attend une décision.',
      );
      await expect(card('Propositions retenues').locator('.figure').innerText()).resolves.toBe(
        '1 proposition retenue attend un ordre du jour.',
      );
      await expect(card('Réponses officielles').locator('.figure').innerText()).resolves.toBe(
        'Aucune réponse due dans les délais, aucune en retard.',
      );
      const row = page.locator('tbody tr', { hasText: 'Conseil de quartier Centre-Ville' });
      await expect(row.locator('td').allInnerTexts()).resolves.toEqual(['0', '0', '0', '0', '1']);
      const hrefs = await page
        .locator('main a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        expect.arrayContaining([
          '/mairie/habitants',
          '/mairie/moderation',
          '/mairie/reponses',
          '/mairie/proces-verbaux',
          '/mairie/conseils',
        ]),
      );
      // An agent is not an admin: no link to the agents' page.
      expect(hrefs).not.toContain('/mairie/agents');
    } finally {
      await context.close();
    }
  });

  it('leads back from each town hall page through its breadcrumb, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      const crumbs: Record<string, [string, string]> = {
        '/mairie': ['/', 'Accueil › Mairie'],
        '/mairie/conseils': ['/mairie', 'Mairie › Conseils'],
        '/mairie/habitants': ['/mairie', 'Mairie › Habitant·es'],
        '/mairie/moderation': ['/mairie', 'Mairie › Modération'],
      };
      for (const [path, [back, text]] of Object.entries(crumbs)) {
        await page.goto(url(path));
        const crumb = page.locator('main p.meta').first();
        expect([
          await crumb.locator('a').first().getAttribute('href'),
          await crumb.innerText(),
        ]).toEqual([back, text]);
      }
    } finally {
      await context.close();
    }
  });

  it('says “verified” only for an account the audit log shows verified, never for any text in the address', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url('/mairie/habitants?verifie=N%E2%80%99importe%20qui'));
      expect(await page.locator('#resultat').innerText()).toBe('');
      await page.goto(url(`/mairie/habitants?verifie=${resident.id}`));
      expect(await page.locator('#resultat').innerText()).toBe('');
    } finally {
      await context.close();
    }
  });

  it('verifies a resident by hand once the proof is checked, without JavaScript and with it', async () => {
    const before = await awaitingCount();
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url('/mairie/habitants'));
      const [ines, hugo] = waiting;
      const card = page.locator('#a-verifier ~ ul .card', { hasText: ines.displayName });
      // Without the box ticked: refused, the error next to the box and in the summary.
      await page.selectOption(`#quartier-${ines.id}`, 'Centre-Ville');
      await Promise.all([
        page.waitForNavigation(),
        card.getByRole('button', { name: `Vérifier la résidence de ${ines.displayName}` }).click(),
      ]);
      await expect(page.locator(`#preuve-${ines.id}-error`).innerText()).resolves.toBe(
        'Erreur\u00a0: Cochez la case une fois le justificatif de domicile vérifié.',
      );
      await expect(
        page.locator(`#preuve-${ines.id}`).getAttribute('aria-describedby'),
      ).resolves.toBe(`preuve-${ines.id}-error`);
      await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe(
        `#preuve-${ines.id}`,
      );
      // The neighbourhood chosen is kept.
      await expect(page.locator(`#quartier-${ines.id}`).inputValue()).resolves.toBe('Centre-Ville');
      await page.check(`#preuve-${ines.id}`);
      await Promise.all([
        page.waitForNavigation(),
        card.getByRole('button', { name: `Vérifier la résidence de ${ines.displayName}` }).click(),
      ]);
      await expect(page.locator('#resultat').innerText()).resolves.toBe(
        // Verified from the list, not a search: no name is read back, so none is said.
        'La résidence de l’habitant·e est vérifiée.',
      );
      await expect(page.locator('#a-verifier').innerText()).resolves.toBe(
        `À vérifier (${before - 1})`,
      );
      const history = page.locator('section[aria-labelledby="historique"] tbody tr');
      await expect(history.first().innerText()).resolves.toContain(
        `Résidence vérifiée par un agent (justificatif), compte ${ines.id.slice(0, 8)}`,
      );
      await expect(history.first().innerText()).resolves.toContain('un agent');
      // With JavaScript: found by the search, verified from the result.
      await context.close();
      const js = await newPage(browser, { javaScript: true });
      try {
        await signIn(js.page, agent);
        await js.page.goto(url('/mairie/habitants'));
        await js.page.fill('#recherche', hugo.email);
        await Promise.all([
          js.page.waitForURL(/recherche=/),
          js.page.getByRole('button', { name: 'Chercher', exact: true }).click(),
        ]);
        const found = js.page.locator('section[aria-labelledby="chercher"] .card');
        await expect(found.innerText()).resolves.toContain('voir plus haut');
        const mine = js.page.locator('#a-verifier ~ ul .card', { hasText: hugo.displayName });
        await js.page.selectOption(`#quartier-${hugo.id}`, 'Centre-Ville');
        await js.page.check(`#preuve-${hugo.id}`);
        await Promise.all([
          js.page.waitForURL(/verifie=/),
          mine
            .getByRole('button', { name: `Vérifier la résidence de ${hugo.displayName}` })
            .click(),
        ]);
        await expect(js.page.locator('#resultat').innerText()).resolves.toBe(
          `La résidence de ${hugo.displayName} est vérifiée.`,
        );
        // The search is kept: Hugo shows as verified, by an agent.
        await expect(found.innerText()).resolves.toMatch(
          /Résidence vérifiée le .+ par un agent, quartier centre.ville\./,
        );
      } finally {
        await js.context.close();
      }
      const { searchAccounts } = await ok<{
        searchAccounts: { edges: { node: { residency: { method: string } | null } }[] };
      }>(
        api.url,
        `query ($q: String!) { searchAccounts(query: $q) { edges { node { residency { method } } } } }`,
        { q: ines.email },
        agent,
      );
      expect(searchAccounts.edges[0].node.residency?.method).toBe('AGENT');
      expect(await awaitingCount()).toBe(before - 2);
    } finally {
      await context.close();
    }
  });

  it('imports a census file and reports its bad line, without JavaScript and with a progress bar', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url('/mairie/habitants'));
      // No file: refused next to the field.
      await submit(page, 'Importer le fichier');
      await expect(page.locator('#fichier-error').innerText()).resolves.toBe(
        'Erreur\u00a0: Choisissez le fichier CSV du recensement.',
      );
      // A file without the header: the API's reason, next to the field.
      await page.setInputFiles('#fichier', {
        name: 'recensement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Martin;Léa;1985-04-12;Centre-Ville\n'),
      });
      await submit(page, 'Importer le fichier');
      await expect(page.locator('#fichier-error').innerText()).resolves.toContain(
        'la première ligne doit nommer les colonnes',
      );
      await page.setInputFiles('#fichier', {
        name: 'recensement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CENSUS),
      });
      await submit(page, 'Importer le fichier');
      const current = new URL(page.url());
      importId = current.searchParams.get('import') ?? '';
      expect(importId).not.toBe('');
      const report = page.locator('section[aria-labelledby="rapport"]');
      await expect(report.locator('.notice').innerText()).resolves.toBe(
        '2 lignes importées, 1 ligne refusée.',
      );
      const rows = await report.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^3\t\S/);
      // Reloading shows the report again and imports nothing more.
      await page.reload();
      await expect(report.locator('.notice').innerText()).resolves.toBe(
        '2 lignes importées, 1 ligne refusée.',
      );
      await expect(
        page.locator('section[aria-labelledby="historique"]').innerText(),
      ).resolves.toContain('Recensement importé\u00a0: 2 lignes importées, 1 ligne refusée');
    } finally {
      await context.close();
    }
    // With JavaScript: the upload goes through XMLHttpRequest, slowed down so the bar shows.
    const js = await newPage(browser, { javaScript: true });
    try {
      await signIn(js.page, agent);
      await js.page.goto(url('/mairie/habitants'));
      const cdp = await js.context.newCDPSession(js.page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: 32 * 1024,
      });
      // About 40 kB: over a second at 32 kB/s.
      const padding = Array.from(
        { length: 1200 },
        (_, i) => `Nom${i};Prénom${i};1970-01-01;Centre-Ville`,
      );
      await js.page.setInputFiles('#fichier', {
        name: 'recensement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          ['nom;prenoms;date_naissance;quartier', ...padding, 'Sans;Date;;Centre-Ville'].join('\n'),
        ),
      });
      const action = js.page.waitForRequest(
        (r) => r.method() === 'POST' && r.headers()['x-sveltekit-action'] === 'true',
      );
      await js.page.getByRole('button', { name: 'Importer le fichier', exact: true }).click();
      await action;
      await js.page.locator('progress#envoi').waitFor({ state: 'visible' });
      await js.page.waitForURL(/import=/);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      const report = js.page.locator('section[aria-labelledby="rapport"]');
      await expect(report.locator('.notice').innerText()).resolves.toBe(
        `${(1200).toLocaleString('fr-FR')} lignes importées, 1 ligne refusée.`,
      );
      await expect(js.page.locator('progress').count()).resolves.toBe(0);
    } finally {
      await js.context.close();
    }
  }, 60_000);

  it('imports a town-sized census file, over adapter-node’s default 512 kB, without JavaScript', async () => {
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `Habitant${i};Prénom${i};1970-01-01;Centre-Ville`,
    );
    const csv = ['nom;prenoms;date_naissance;quartier', ...lines].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(800_000);
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url('/mairie/habitants'));
      await page.setInputFiles('#fichier', {
        name: 'recensement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await submit(page, 'Importer le fichier');
      await expect(
        page.locator('section[aria-labelledby="rapport"] .notice').innerText(),
      ).resolves.toBe(
        `${(20_000).toLocaleString('fr-FR')} lignes importées, aucune ligne refusée.`,
      );
    } finally {
      await context.close();
    }
  }, 120_000);

  it('hides a reported comment with a public reason without JavaScript, and restores it', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    const visitor = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url('/mairie/moderation'));
      const item = page.locator('#signalements ~ ul .card', { hasText: 'Un commentaire déplacé' });
      await expect(item.innerText()).resolves.toContain(REPORT_REASON);
      await expect(item.innerText()).resolves.toContain('1 signalement, le dernier le');
      await expect(item.locator('h3 a').getAttribute('href')).resolves.toBe(
        `/propositions/${proposalId}#c-${commentId}`,
      );
      const hide = item.getByRole('button', { name: /^Masquer/ });
      // No reason: refused, next to the field.
      await Promise.all([page.waitForNavigation(), hide.click()]);
      await expect(page.locator(`#motif-${commentId}-error`).innerText()).resolves.toBe(
        'Erreur\u00a0: Écrivez le motif public de votre décision.',
      );
      await page.fill(`#motif-${commentId}`, HIDE_REASON);
      await Promise.all([page.waitForNavigation(), hide.click()]);
      await expect(page.locator('.notice').innerText()).resolves.toBe(
        'Le contenu est masqué\u202f; le motif est affiché à sa place.',
      );
      await expect(page.locator('#signalements').innerText()).resolves.toBe(
        'Contenus signalés (0)',
      );
      // The public page shows the reason in place of the comment.
      await visitor.page.goto(url(`/propositions/${proposalId}`));
      const comments = visitor.page.locator('.comments');
      await expect(comments.innerText()).resolves.toContain(
        `Masqué par la modération. Motif\u00a0: ${HIDE_REASON}`,
      );
      await expect(comments.innerText()).resolves.not.toContain('Un commentaire déplacé');
    } finally {
      await context.close();
    }
    // Restored from "masqués récemment", with JavaScript this time.
    const js = await newPage(browser, { javaScript: true });
    try {
      await signIn(js.page, agent);
      await js.page.goto(url('/mairie/moderation'));
      const hidden = js.page.locator('#masques ~ ul .card');
      await expect(hidden.count()).resolves.toBe(1);
      await expect(hidden.innerText()).resolves.toContain(`Motif\u00a0: ${HIDE_REASON}`);
      await js.page.fill(`#motif-${commentId}`, 'Après relecture, le commentaire reste correct.');
      await Promise.all([
        js.page.waitForURL(/fait=restaure/),
        hidden.getByRole('button', { name: /^Restaurer/ }).click(),
      ]);
      await expect(js.page.locator('.notice').innerText()).resolves.toBe(
        'Le contenu est restauré\u00a0: il est de nouveau visible.',
      );
      await expect(js.page.locator('#masques').innerText()).resolves.toBe('Masqués récemment (0)');
      await visitor.page.reload();
      await expect(visitor.page.locator('.comments').innerText()).resolves.toContain(
        'Un commentaire déplacé sur le voisin du 12.',
      );
    } finally {
      await js.context.close();
      await visitor.context.close();
    }
  });

  it('has no axe violation, French spacing and no horizontal scroll at 360 and 1280 px', async () => {
    // Something in the queue, for axe to see its forms.
    const reporter = await newVerifiedResident(config, db.url);
    await ok(
      api.url,
      `mutation ($input: ReportContentInput!) { reportContent(input: $input) }`,
      {
        input: {
          targetType: 'PROPOSAL',
          targetId: proposalId,
          reason: 'Déjà proposé l’an dernier.',
        },
      },
      reporter,
    );
    const faults: string[] = [];
    const pages = ['/mairie', `/mairie/habitants?import=${importId}`, '/mairie/moderation'];
    for (const width of [360, 1280]) {
      const { context, page } = await newPage(browser, { width });
      const titles = new Set<string>();
      try {
        await signIn(page, agent);
        for (const path of pages) {
          await page.goto(url(path));
          titles.add(await page.title());
          await expect(page.locator('h1').count()).resolves.toBe(1);
          faults.push(...(await axeViolations(page)).map((v) => `${width}px: ${v}`));
          faults.push(...(await typographyFaults(page)).map((t) => `${width}px ${path}: «${t}»`));
          if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
            faults.push(`${width}px ${path}: scrolls horizontally`);
          if (SHOTS)
            await page.screenshot({
              path: `${SHOTS}/${path.split('?')[0].replace(/\W+/g, '_')}-${width}.png`,
              fullPage: true,
            });
        }
        expect(titles.size).toBe(pages.length);
      } finally {
        await context.close();
      }
      // The refusal page too, as a resident.
      const other = await newPage(browser, { width });
      try {
        await signIn(other.page, resident);
        await other.page.goto(url('/mairie'));
        faults.push(...(await axeViolations(other.page)).map((v) => `${width}px: ${v}`));
      } finally {
        await other.context.close();
      }
    }
    expect(faults).toEqual([]);
  }, 90_000);
});
