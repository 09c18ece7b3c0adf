import { readFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { Browser, Page } from 'playwright-core';
import { MailCatcher } from '../../scripts/mail-catcher';
import {
  bearer,
  DEFAULT_PASSWORD,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  startWorker,
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
  waitForFocus,
  waitForHydration,
} from './support/site';

const CSV = [
  'nom;prenoms;date_naissance;quartier',
  'Lefèvre;Éloïse Marie;1984-03-12;Centre-Ville',
  'Nguyen;Thi Lan;1990-11-07;Centre-Ville',
].join('\n');
const CENSUS = {
  withJs: { lastName: 'Lefèvre', firstNames: 'Éloïse Marie', birthDate: '12/03/1984' },
  withoutJs: { lastName: 'Nguyen', firstNames: 'Thi Lan', birthDate: '07/11/1990' },
};
const PASSWORD = 'un jardin partagé rue des Lilas';
// Every sign-in and sign-up of the file comes from the one browser, at one address.
const BUDGETS = ['login:account-ip', 'login:ip', 'login:account', 'register:ip', 'register:email']
  .map((bucket) => `${bucket}=1000`)
  .join(',');

describe('The web site, in Chromium, against the real API', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let existing: string;

  const url = (path: string) => `${site.url}${path}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    const address = await siteAddress();
    config = testConfig({
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      PUBLIC_URL: address.url,
      // The site's server passes each visitor's address as one X-Forwarded-For hop.
      TRUST_PROXY: '1',
      RATE_LIMIT_BUDGETS: BUDGETS,
    });
    [api, worker] = await Promise.all([startApi(config), startWorker(config)]);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);

    agent = await newAgent(config, db.url);
    const council = await graphql(
      api.url,
      `
        mutation ($input: CreateCouncilInput!) {
          createCouncil(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: 'Conseil de quartier Centre-Ville',
          slug: 'centre-ville',
          neighbourhood: 'Centre-Ville',
          perimeterDescription: 'De la gare au canal.',
          charter: { supportThreshold: 3 },
        },
      },
      bearer(agent),
    );
    expect(council.errors).toBeUndefined();
    const imported = await graphql(
      api.url,
      `
        mutation ($csv: String!) {
          importCensus(input: { csv: $csv }) {
            accepted
          }
        }
      `,
      { csv: CSV },
      bearer(agent),
    );
    expect(imported.data).toEqual({ importCensus: { accepted: 2 } });
    const neighbour = await newVerifiedResident(config, db.url);
    const proposal = await graphql<{ submitProposal: { id: string } }>(
      api.url,
      `
        mutation ($input: SubmitProposalInput!) {
          submitProposal(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          councilId: (council.data as { createCouncil: { id: string } }).createCouncil.id,
          title: 'Des bancs au square Jean-Moulin',
          body: 'Pour que les **personnes âgées** puissent s’y reposer.',
          category: 'PUBLIC_SPACE',
          publish: true,
        },
      },
      bearer(neighbour),
    );
    expect(proposal.errors).toBeUndefined();
    existing = proposal.data!.submitProposal.id;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await db?.drop();
  });

  const mailTo = async (address: string, subject: RegExp) => {
    for (let i = 0; i < 400; i++) {
      const mail = smtp.messages.find((m) => m.to.includes(address) && subject.test(m.subject));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No e-mail "${subject}" to ${address}`);
  };

  /** Submits the form of `button` and waits for the page it leads to. */
  const submit = async (page: Page, button: string) => {
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: button }).click(),
    ]);
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit(page, 'Se connecter');
    const refused = page.locator('.error-summary');
    const why = (await refused.count()) ? await refused.innerText() : '';
    expect(`${new URL(page.url()).pathname} ${await page.title()} ${why}`).toMatch(/^\/ Accueil/);
  };

  const supportAs = async (person: TestAccount, id: string) => {
    const r = await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          supportProposal(id: $id) {
            alreadySupported
          }
        }
      `,
      { id },
      bearer(person),
    );
    expect(r.errors).toBeUndefined();
  };

  for (const javaScript of [true, false]) {
    it(`a resident signs up, confirms, claims residency, proposes, reaches the threshold, comments, exports and deletes (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage(browser, { javaScript });
      const email = `alix-${javaScript ? 'js' : 'nojs'}@example.fr`;
      const census = javaScript ? CENSUS.withJs : CENSUS.withoutJs;
      try {
        // Sign up; the e-mail's link lands on the site.
        await page.goto(url('/compte/inscription'));
        await page.fill('#displayName', 'Alix M.');
        await page.fill('#email', email);
        await page.fill('#password', PASSWORD);
        await page.getByRole('button', { name: 'Créer mon compte' }).click();
        await page.getByText(`Ouvrez le lien reçu à l’adresse ${email}`).waitFor();
        const mail = await mailTo(email, /Confirmez votre adresse/);
        const link = /https?:\/\/\S+\/compte\/confirmer\?token=[\w-]+/.exec(mail.text)![0];
        expect(link.startsWith(site.url)).toBe(true);
        await page.goto(link);
        await submit(page, 'Confirmer mon adresse');
        expect(new URL(page.url()).pathname).toBe('/compte/connexion');
        await page.getByText('Votre adresse e-mail est confirmée').waitFor();

        await page.fill('#email', email);
        await page.fill('#password', PASSWORD);
        await submit(page, 'Se connecter');
        expect(new URL(page.url()).pathname).toBe('/');
        await page.getByRole('link', { name: /Mon compte/ }).waitFor();

        // Residency from the census list.
        await page.goto(url('/compte/residence'));
        await page.fill('#lastName', census.lastName);
        await page.fill('#firstNames', census.firstNames);
        await page.fill('#birthDate', census.birthDate);
        await page.selectOption('#neighbourhood', 'Centre-Ville');
        await submit(page, 'Vérifier ma résidence');
        expect(new URL(page.url()).pathname).toBe('/mon-compte');
        await page.getByText('Résidence vérifiée : quartier').waitFor();

        // A proposal close to an existing one: the warning, then the draft, then publication.
        await page.goto(url('/propositions/nouvelle'));
        await page.fill('#title', 'Des bancs au square Jean-Moulin, côté jeux');
        await page.fill('#body', 'Deux bancs **à l’ombre**, près des jeux.');
        await page
          .getByRole('button', { name: 'Enregistrer et prévisualiser le brouillon' })
          .click();
        await page
          .getByRole('heading', { name: 'Des propositions proches existent déjà' })
          .waitFor();
        await expect(
          page.getByRole('link', { name: 'Des bancs au square Jean-Moulin', exact: true }).count(),
        ).resolves.toBe(1);
        await expect(page.inputValue('#title')).resolves.toBe(
          'Des bancs au square Jean-Moulin, côté jeux',
        );
        await submit(page, 'Enregistrer et prévisualiser le brouillon');
        const id = /\/propositions\/([^/?]+)/.exec(page.url())![1];
        await page.getByText('Votre brouillon est enregistré').waitFor();
        expect(await page.locator('.prose strong').first().innerText()).toBe('à l’ombre');
        await submit(page, 'Publier la proposition');
        await page.getByText('Votre proposition est publiée').waitFor();
        expect(await page.locator('h1 + .meta .badge').innerText()).toBe('Publiée');
        await page.getByText('0 soutien sur 3 — ').waitFor();

        // Two neighbours support it; the author's support through the page reaches the threshold.
        for (let i = 0; i < 2; i++) await supportAs(await newVerifiedResident(config, db.url), id);
        await page.reload();
        await page.getByText('2 soutiens sur 3').waitFor();
        await submit(page, 'Soutenir cette proposition');
        await page.getByText('Votre soutien est enregistré').waitFor();
        expect(await page.locator('h1 + .meta .badge').innerText()).toBe(
          'Retenue pour l’ordre du jour',
        );
        await page.getByText('3 soutiens sur 3').waitFor();

        // A comment and a reply (one level).
        await page.fill('#comment', 'Je peux aider à les **installer**.');
        await submit(page, 'Publier le commentaire');
        await page.getByText('Votre commentaire est publié').waitFor();
        await page.getByText('Répondre à Alix M.').click();
        await page.locator('details textarea').fill('Merci, rendez-vous samedi.');
        await submit(page, 'Publier la réponse');
        const replies = page.locator('.replies .comment');
        await expect(replies.count()).resolves.toBe(1);
        expect(await replies.first().innerText()).toContain('Merci, rendez-vous samedi.');
        await page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();

        // E-mail preferences, then export (a download), then deletion.
        await page.goto(url('/mon-compte'));
        await page.locator('select[name^="pref-"]').first().selectOption('OFF');
        await submit(page, 'Enregistrer mes choix d’e-mails');
        await page.getByText('Vos choix d’e-mails sont enregistrés').waitFor();
        expect(await page.locator('select[name^="pref-"]').first().inputValue()).toBe('OFF');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: /Télécharger toutes mes données/ }).click(),
        ]);
        if (download.suggestedFilename() !== 'mes-donnees-quorum.json') {
          const body = readFileSync((await download.path())!, 'utf8');
          throw new Error(
            `The export came as ${download.suggestedFilename()}:\n${body.slice(0, 2000)}\n` +
              `The site printed:\n${site.output()}`,
          );
        }
        const exported = await context.request.get(url('/mon-compte/export'));
        expect(JSON.stringify(await exported.json())).toContain(email);
        await page.fill('#password', PASSWORD);
        await submit(page, 'Supprimer définitivement mon compte');
        expect(new URL(page.url()).pathname).toBe('/');
        await page.getByRole('link', { name: 'Se connecter' }).waitFor();
        const again = await page.goto(url('/mon-compte'));
        expect(new URL(again!.url()).pathname).toBe('/compte/connexion');
      } finally {
        await context.close();
      }
    });
  }

  it('shows a new notification live on an open page (JavaScript on)', async () => {
    const person = await newVerifiedResident(config, db.url);
    const neighbour = await newVerifiedResident(config, db.url);
    const COMMENT = `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`;
    const comment = await graphql<{ commentOnProposal: { id: string } }>(
      api.url,
      COMMENT,
      {
        input: {
          proposalId: existing,
          body: 'Et un point d’eau\u202f?' /* typed as a French typist would: pages are checked for spacing */,
        },
      },
      bearer(person),
    );
    expect(comment.errors).toBeUndefined();
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, person.email, DEFAULT_PASSWORD);
      const listening = page.waitForResponse((r) => r.url().includes('/notifications/flux'));
      await page.goto(url('/mon-compte'));
      expect((await listening).headers()['content-type']).toContain('text/event-stream');
      // The stream is open; the API's subscription behind it may take a moment: a reply until
      // one shows (each makes a notification), rather than a guess at how long that is.
      const notice = page.getByRole('status').filter({ hasText: 'Nouvelle notification' });
      for (let attempt = 0; ; attempt++) {
        const reply = await graphql(
          api.url,
          COMMENT,
          {
            input: {
              proposalId: existing,
              body: `Bonne idée (${attempt}).`,
              parentId: comment.data!.commentOnProposal.id,
            },
          },
          bearer(neighbour),
        );
        expect(reply.errors).toBeUndefined();
        const shown = await notice
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (shown) break;
        if (attempt === 4) throw new Error('No live notification after 5 replies');
      }
      expect(await notice.innerText()).toContain('Réponse');
    } finally {
      await context.close();
    }
  });

  it('resets a forgotten password from the e-mail’s link, without JavaScript', async () => {
    const person = await newVerifiedResident(config, db.url);
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await page.goto(url('/compte/mot-de-passe-oublie'));
      await page.fill('#email', person.email);
      await submit(page, 'Recevoir un lien');
      await page.locator('.notice[role=status]').waitFor();
      const mail = await mailTo(person.email, /mot de passe/i);
      const link = /https?:\/\/\S+\/compte\/mot-de-passe\?token=[\w-]+/.exec(mail.text)![0];
      await page.goto(link);
      await page.fill('#newPassword', 'une nouvelle phrase de passe solide');
      await submit(page, 'Enregistrer le mot de passe');
      await page.getByText('Votre mot de passe est changé').waitFor();
      await signIn(page, person.email, 'une nouvelle phrase de passe solide');
    } finally {
      await context.close();
    }
  });

  it('signs in and supports with the keyboard alone; a failed sign-in focuses the error summary', async () => {
    const person = await newVerifiedResident(config, db.url);
    const { context, page } = await newPage(browser);
    try {
      await page.goto(url(`/compte/connexion?suite=/propositions/${existing}`));
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Aller au contenu');
      /** Presses Tab until the focused element matches (a CSS selector, and its text if given). */
      const tabTo = async (selector: string, text?: string) => {
        const check = `(e => !!e && e.matches(${JSON.stringify(selector)}) && (${JSON.stringify(text ?? null)} === null || e.textContent.trim() === ${JSON.stringify(text ?? null)}))(document.activeElement)`;
        for (let i = 0; i < 40; i++) {
          if (await page.evaluate(check)) return;
          await page.keyboard.press('Tab');
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      await page.keyboard.press('Enter'); // the skip link: on to the content
      await tabTo('#email');
      await page.keyboard.type(person.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type('pas le bon mot de passe');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      // The summary takes focus by `autofocus` (applied at the browser's next rendering update,
      // which can come after the load event) and again once hydrated: wait for it, not for load.
      await waitForFocus(page, '.error-summary');
      await expect(page.inputValue('#email')).resolves.toBe(person.email);

      await tabTo('#password');
      await page.keyboard.type(DEFAULT_PASSWORD);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(`/propositions/${existing}`);
      await tabTo('button', 'Soutenir cette proposition');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await page.getByText('Votre soutien est enregistré').waitFor();
    } finally {
      await context.close();
    }
  });

  it('keeps what was typed and where the focus went before the page’s script started (a slow phone)', async () => {
    const person = await newVerifiedResident(config, db.url);
    const { context, page } = await newPage(browser);
    // The site's scripts held back until `release`: until then the page is the server's alone.
    let release = () => {};
    const holdScripts = () => {
      const held = new Promise<void>((resolve) => (release = resolve));
      return page.route('**/_app/immutable/**/*.js', async (route) => {
        await held;
        await route.continue();
      });
    };
    const letScriptsThrough = async () => {
      release();
      await waitForHydration(page);
      await page.unrouteAll({ behavior: 'wait' });
    };
    const focused = () => page.evaluate('document.activeElement?.outerHTML.slice(0, 200)');
    try {
      // A failed sign-in: the server's error summary has the focus (autofocus), the person tabs on.
      await holdScripts();
      await page.goto(url('/compte/connexion'), { waitUntil: 'domcontentloaded' });
      await page.fill('#email', person.email);
      await page.fill('#password', 'pas le bon mot de passe');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
      ]);
      await waitForFocus(page, '.error-summary');
      // The API's words for a wrong password (not "your session has expired").
      expect(await page.locator('.error-summary h2').innerText()).toBe(
        'Adresse e-mail ou mot de passe incorrect.',
      );
      await page.keyboard.press('Tab');
      const whereTheyAre = await focused();
      expect(whereTheyAre).not.toContain('error-summary');
      await letScriptsThrough();
      expect(await focused()).toBe(whereTheyAre);

      // A comment typed, and a report's details opened, before hydration stay as they are.
      await signIn(page, person.email, DEFAULT_PASSWORD);
      await holdScripts();
      await page.goto(url(`/propositions/${existing}`), { waitUntil: 'domcontentloaded' });
      await page.fill('#comment', 'Écrit avant que le script de la page ne démarre.');
      const report = page.locator('details', { hasText: 'Signaler cette proposition' });
      await report.locator('summary').click();
      await report.locator('textarea').fill('Ouvert avant le script.');
      await letScriptsThrough();
      expect(await page.inputValue('#comment')).toBe(
        'Écrit avant que le script de la page ne démarre.',
      );
      expect(await report.evaluate((d) => d.hasAttribute('open'))).toBe(true);
      expect(await report.locator('textarea').inputValue()).toBe('Ouvert avant le script.');

      // The text a refused post sent back, emptied before hydration: it stays empty.
      await holdScripts();
      await page.goto(url('/propositions/nouvelle'), { waitUntil: 'domcontentloaded' });
      await page.fill('#body', 'Renvoyé par le serveur.');
      // Without a title: the server refuses it (the browser's own check set aside).
      await page.locator('form:has(#body)').evaluate((f) => f.setAttribute('novalidate', ''));
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        page.getByRole('button', { name: 'Enregistrer et prévisualiser le brouillon' }).click(),
      ]);
      expect(await page.inputValue('#body')).toBe('Renvoyé par le serveur.');
      await page.fill('#body', '');
      await letScriptsThrough();
      expect(await page.inputValue('#body')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('keeps the tokens in httpOnly SameSite=Lax cookies, and renews an expired access once for parallel requests', async () => {
    const person = await newVerifiedResident(config, db.url);
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, person.email, DEFAULT_PASSWORD);
      const cookies = await context.cookies(site.url);
      expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite]).sort()).toEqual([
        ['quorum-access', true, 'Lax'],
        ['quorum-refresh', true, 'Lax'],
      ]);
      expect(await page.evaluate('document.cookie')).toBe('');
      expect(await page.content()).not.toContain(cookies[0].value);

      // The access token is gone (expired): three requests at once with the same refresh token.
      await context.clearCookies({ name: 'quorum-access' });
      const pages = await Promise.all(
        [0, 1, 2].map(() => context.request.get(url('/mon-compte'), { maxRedirects: 0 })),
      );
      expect(pages.map((r) => r.status())).toEqual([200, 200, 200]);
      // Still signed in afterwards: the API did not see the refresh token twice.
      await page.goto(url('/mon-compte'));
      expect(new URL(page.url()).pathname).toBe('/mon-compte');
    } finally {
      await context.close();
    }
  });

  it('shows a session closed elsewhere as signed out, forgets its cookies, and sends its private pages to sign-in', async () => {
    const person = await newVerifiedResident(config, db.url);
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, person.email, DEFAULT_PASSWORD);
      const access = (await context.cookies(site.url)).find((c) => c.name === 'quorum-access')!;
      // Signed out from another device: the API closes the session of this access token.
      const out = await graphql(
        api.url,
        'mutation { logout }',
        {},
        bearer({ token: access.value }),
      );
      expect(out.errors).toBeUndefined();
      // The page's public query runs alongside `me` with the stale token: the list, signed out.
      const listing = await context.request.get(url('/propositions'));
      expect(listing.status()).toBe(200);
      const html = await listing.text();
      expect(html).toContain('Se connecter');
      expect(html).not.toContain(person.displayName);
      const cleared = listing
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'set-cookie')
        .map((h) => h.value);
      expect(cleared.some((c) => /^quorum-access=;/.test(c) && /Max-Age=0/i.test(c))).toBe(true);
      expect(cleared.some((c) => /^quorum-refresh=;/.test(c) && /Max-Age=0/i.test(c))).toBe(true);
      expect((await context.cookies(site.url)).map((c) => c.name)).toEqual([]);
      // With the stale cookie again (a tab that still holds it), a private page asks to sign in.
      await context.addCookies([{ ...access, expires: -1 }]);
      const mine = await context.request.get(url('/mon-compte'), { maxRedirects: 0 });
      expect(mine.status()).toBe(303);
      expect(mine.headers().location).toMatch(/^\/compte\/connexion\?suite=/);
    } finally {
      await context.close();
    }
  });

  it('refuses a form posted from another site (SvelteKit’s origin check)', async () => {
    const r = await fetch(url('/compte/connexion'), {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'email=a%40b.fr&password=x',
    });
    expect(r.status).toBe(403);
  });

  // axe takes about a second a page on a busy machine: one test per width, with room.
  it.each([360, 1280])(
    'has zero axe WCAG 2.1 A/AA violations, one h1, unique titles and French spacing on every page at %i px, signed out and in',
    async (width) => {
      const person = await newVerifiedResident(config, db.url);
      const signedOut = [
        '/',
        '/propositions',
        '/propositions?recherche=bancs',
        `/propositions/${existing}`,
        '/compte/connexion',
        '/compte/inscription',
        '/compte/mot-de-passe-oublie',
        '/compte/confirmer?token=x',
        '/conseils',
        '/conseils/centre-ville',
        '/seances',
        '/accessibilite',
        '/donnees-personnelles',
        '/cette-page-n-existe-pas',
      ];
      const signedInPages = [
        '/',
        `/propositions/${existing}`,
        '/propositions/nouvelle',
        '/mon-compte',
        '/compte/residence',
      ];
      const faults: string[] = [];
      {
        const { context, page } = await newPage(browser, { width });
        try {
          const titles = new Map<string, string>();
          const visit = async (path: string, who: string) => {
            await page.goto(url(path));
            faults.push(...(await axeViolations(page)).map((v) => `${width}px ${who}: ${v}`));
            faults.push(
              ...(await typographyFaults(page)).map((t) => `${width}px ${path}: spacing «${t}»`),
            );
            if ((await page.locator('h1').count()) !== 1) faults.push(`${path}: not one h1`);
            const title = await page.title();
            if (!/ – Conseils de quartier – Ville de Testville$/.test(title))
              faults.push(`${path}: title ${title}`);
            const seen = titles.get(title);
            if (seen && seen !== path && who === 'out')
              faults.push(`${path}: same title as ${seen}`);
            titles.set(title, path);
            // No horizontal scrolling, even at 360 px.
            const wide = await page.evaluate(
              'document.documentElement.scrollWidth > window.innerWidth',
            );
            if (wide) faults.push(`${width}px ${path}: scrolls horizontally`);
          };
          for (const path of signedOut) await visit(path, 'out');
          await signIn(page, person.email, DEFAULT_PASSWORD);
          titles.clear();
          for (const path of signedInPages) await visit(path, 'in');
        } finally {
          await context.close();
        }
      }
      expect(faults).toEqual([]);
    },
    240_000,
  );
});
