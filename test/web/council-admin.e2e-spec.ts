import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { Browser, Page } from 'playwright-core';
import {
  DEFAULT_PASSWORD,
  newAccount,
  newAdmin,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from '../support/factories';
import {
  ATTENDANCE,
  BallotView,
  CouncilWithMembers,
  newCouncilWithMembers,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
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
  waitForFocus,
} from './support/site';

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');

interface CouncilView {
  id: string;
  slug: string;
  charter: { version: number; supportThreshold: number; quorum: number | null };
  colleges: { college: string; members: { id: string; displayName: string }[] }[];
}
const COUNCIL = `query($slug: String!) { council(slug: $slug) { id slug
  charter { version supportThreshold quorum }
  colleges { college members { id displayName } } } }`;

/**
 * The town hall's `/mairie/conseils` (create a council, its charter, memberships, draws by lot in
 * two steps) and `/mairie/agents` (the agent role, the worker's queues), in Chromium against the
 * real API, with JavaScript on and off.
 */
describe('The town hall’s council administration and the admins’ page', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let admin: TestAccount;
  let resident: TestAccount;
  /** A council whose meeting has a ballot open (set up before any sign-in: it moves the clock). */
  let voting: CouncilWithMembers & { slug: string };

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const councilBySlug = async (slug: string) =>
    (await call<{ council: CouncilView }>(COUNCIL, { slug })).council;
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
  const notice = (page: Page) => page.locator('.notice[role="status"]').innerText();
  /** The form posted once more, as a second tap or a resent form does: its status and redirect. */
  const postAgain = async (page: Page, path: string, form: Record<string, string>) => {
    const response = await page.request.post(url(path), {
      form,
      // As a browser's form post: SvelteKit answers `*/*` with its JSON for use:enhance.
      headers: { origin: new URL(site.url).origin, accept: 'text/html' },
      maxRedirects: 0,
    });
    return { status: response.status(), location: response.headers()['location'] };
  };

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
    admin = await newAdmin(config, db.url);
    resident = await newVerifiedResident(config, db.url, { displayName: 'Rémi Riverain' });

    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const meeting = await openMeetingWith(api.url, c, ['Budget participatif']);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: c.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[0].id, secret: false } },
      c.chair,
    );
    const [{ slug }] = await sql<{ slug: string }>(
      db.url,
      `SELECT slug FROM council WHERE id = $1`,
      [c.id],
    );
    voting = { ...c, slug };
    // A job that failed for good, as the worker records it.
    await sql(
      db.url,
      `INSERT INTO dead_letter (job_id, job_name, attempts, error) VALUES ('deliveries-42', 'deliver-email', 5, 'Le serveur d’e-mails ne répond pas')`,
    );
    // Back to today (the meeting's day was travelled to): the ballot stays open.
    clock.reset();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it.each([true, false])(
    'lets an agent create a council, change its charter, add and end a membership and run a draw in two steps (JavaScript %s)',
    async (javaScript) => {
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await signIn(page, agent);
        const slug = `les-tilleuls-${javaScript ? 'js' : 'sans-js'}`;
        const neighbourhood = `Les Tilleuls ${javaScript ? 'Est' : 'Ouest'}`;

        // Create: a missing field is said next to it, then the council is created.
        await page.goto(url('/mairie/conseils'));
        expect(await page.locator('h1').innerText()).toBe('Administration des conseils');
        await page.fill('#name', `Conseil des Tilleuls ${javaScript ? 'Est' : 'Ouest'}`);
        await page.fill('#slug', slug);
        await page.fill('#neighbourhood', neighbourhood);
        await submit(page, 'Créer le conseil');
        expect(await page.locator('.error-summary').innerText()).toContain(
          'Indiquez le périmètre.',
        );
        expect(await page.getAttribute('#perimeterDescription', 'aria-describedby')).toContain(
          'perimeterDescription-error',
        );
        expect(await page.inputValue('#slug')).toBe(slug);
        await page.fill('#perimeterDescription', 'De la rue des Tilleuls au canal.');
        await submit(page, 'Créer le conseil');
        expect(new URL(page.url()).pathname).toBe(`/mairie/conseils/${slug}`);
        expect(await notice(page)).toBe('Le conseil est créé, avec la charte par défaut.');
        // The notice has the focus (autofocus without JavaScript), right after the h1.
        await expect(
          page.evaluate(`(() => {
            const el = document.querySelector('.notice[role="status"]');
            return [document.activeElement === el, el?.previousElementSibling?.tagName];
          })()`),
        ).resolves.toEqual([true, 'H1']);
        // The form posted twice: the second is answered as the first, not with "slug taken"…
        const created = {
          name: `Conseil des Tilleuls ${javaScript ? 'Est' : 'Ouest'}`,
          slug,
          neighbourhood,
          perimeterDescription: 'De la rue des Tilleuls au canal.',
        };
        await expect(postAgain(page, '/mairie/conseils?/create', created)).resolves.toEqual({
          status: 303,
          location: `/mairie/conseils/${slug}?cree`,
        });
        // …but another council on the same slug is still refused, and one council exists.
        expect(
          (await postAgain(page, '/mairie/conseils?/create', { ...created, name: 'Un autre' }))
            .status,
        ).toBe(400);
        const [{ count }] = await sql<{ count: string }>(
          db.url,
          `SELECT count(*) FROM council WHERE slug = $1`,
          [slug],
        );
        expect(count).toBe('1');

        // The charter: each parameter explained; a bad number refused by the site, then a new version, audited, in the history.
        const hint = await page.locator('#supportThreshold-hint').innerText();
        expect(hint).toContain('soutenir une proposition');
        expect(await page.getAttribute('#supportThreshold', 'aria-describedby')).toBe(
          'supportThreshold-hint',
        );
        expect(await page.inputValue('#supportThreshold')).toBe('50');
        expect(await page.inputValue('#quorum')).toBe('');
        await page.fill('#supportThreshold', 'trente');
        await submit(page, 'Enregistrer une nouvelle version de la charte');
        expect(await page.locator('#supportThreshold-error').innerText()).toBe(
          'Erreur\u00a0: Indiquez un nombre entier positif ou nul.',
        );
        expect(await page.inputValue('#supportThreshold')).toBe('trente');
        await page.fill('#supportThreshold', '30');
        await page.fill('#quorum', '5');
        await submit(page, 'Enregistrer une nouvelle version de la charte');
        expect(await notice(page)).toBe(
          'La charte est modifiée\u00a0: une nouvelle version est en vigueur.',
        );
        expect(await page.locator('#charte ~ p').first().innerText()).toContain(
          'Version 2 en vigueur',
        );
        const history = await page.locator('ul.history > li').allInnerTexts();
        expect(history).toHaveLength(1);
        expect(history[0]).toContain('Soutiens nécessaires pour l’ordre du jour\u00a0: 50 → 30');
        expect(history[0]).toContain('Quorum\u00a0: majorité des membres (par défaut) → 5');
        let council = await councilBySlug(slug);
        expect(council.charter).toEqual({ version: 2, supportThreshold: 30, quorum: 5 });
        const audited = await sql<{ after: Record<string, unknown> }>(
          db.url,
          `SELECT after FROM audit_log WHERE action = 'council.charter-updated' AND object_id = $1`,
          [council.id],
        );
        expect(audited).toEqual([{ after: { version: 2, supportThreshold: 30, quorum: 5 } }]);

        // A membership: added by the person's e-mail address (then its college cannot shrink
        // below it: the API's refusal lands on the field), then ended with a reason.
        const member = await newAccount(config, db.url, { displayName: `Inès ${slug}` });
        await page.fill('#email', 'personne@example.fr');
        await page.selectOption('#college', 'ASSOCIATIONS');
        await submit(page, 'Ajouter le mandat');
        expect(await page.locator('#email-error').innerText()).toBe(
          'Erreur\u00a0: Aucun compte n’a cette adresse e-mail.',
        );
        await page.fill('#email', member.email.toUpperCase());
        await page.selectOption('#college', 'ASSOCIATIONS');
        await submit(page, 'Ajouter le mandat');
        expect(await notice(page)).toBe('Le mandat est ajouté.');
        expect(await page.locator('section[aria-labelledby="membres"]').innerText()).toContain(
          `${member.displayName}, membre`,
        );
        await page.fill('#associations', '0');
        await submit(page, 'Enregistrer une nouvelle version de la charte');
        expect(await page.locator('#associations-error').innerText()).toMatch(
          /^Erreur\u00a0: ne peut pas être inférieur aux 1 sièges occupés/,
        );
        expect(await page.getAttribute('#associations', 'aria-invalid')).toBe('true');
        expect(await page.locator('.error-summary a[href="#associations"]').count()).toBe(1);
        council = await councilBySlug(slug);
        expect(council.charter.version).toBe(2);
        const seat = council.colleges
          .find((g) => g.college === 'ASSOCIATIONS')!
          .members.find((m) => m.displayName === member.displayName)!;
        await page
          .locator('summary', { hasText: `Mettre fin au mandat de ${member.displayName}` })
          .click();
        await submit(page, `Terminer le mandat de ${member.displayName}`);
        expect(await page.locator(`#reason-${seat.id}-error`).innerText()).toBe(
          'Erreur\u00a0: Indiquez la raison de la fin du mandat.',
        );
        // The refused form stays open, its field focusable from the summary's link.
        expect(await page.locator(`#reason-${seat.id}`).isVisible()).toBe(true);
        await page.fill(`#reason-${seat.id}`, 'Démission de l’association.');
        await submit(page, `Terminer le mandat de ${member.displayName}`);
        expect(await notice(page)).toBe('Le mandat est terminé.');
        council = await councilBySlug(slug);
        expect(council.colleges.flatMap((g) => g.members)).toEqual([]);

        // A draw by lot: announce (the pool frozen, the seed's rule published), then draw.
        for (const gender of ['FEMALE', 'MALE', 'FEMALE']) {
          const person = await newVerifiedResident(config, db.url, {
            neighbourhood: normalizeName(neighbourhood),
          });
          await call(
            `mutation($input: VolunteerInput!) { volunteerForSortition(input: $input) }`,
            { input: { councilId: council.id, gender } },
            person,
          );
        }
        await page.fill('#drawSeats', '2');
        await page.fill('#seedRule', 'Les numéros du Loto du samedi 5 décembre');
        await submit(page, 'Annoncer le tirage');
        expect(await notice(page)).toBe(
          'Le tirage est annoncé\u00a0: la liste des volontaires est figée et publiée.',
        );
        const step2 = await page.locator('h3', { hasText: 'Étape 2' }).innerText();
        expect(step2).toMatch(/^Étape 2\u00a0: effectuer le tirage annoncé le /);
        expect(await page.locator('section[aria-labelledby="tirages"]').innerText()).toContain(
          '2 sièges parmi 3 volontaires. Règle de la graine publiée\u00a0: «\u202fLes numéros du Loto du samedi 5 décembre\u202f»',
        );
        await page.fill('#seed', '3 17 22 38 41 + 7');
        await submit(page, 'Effectuer le tirage');
        expect(await notice(page)).toBe('Le tirage est effectué et publié.');
        const { sortitions } = await call<{
          sortitions: { id: string; status: string; seed: string; result: string[] }[];
        }>(`query($id: ID!) { sortitions(councilId: $id) { id status seed result } }`, {
          id: council.id,
        });
        expect(sortitions).toHaveLength(1);
        expect(sortitions[0]).toMatchObject({ status: 'DRAWN', seed: '3 17 22 38 41 + 7' });
        expect(sortitions[0].result).toHaveLength(2);
        // The draw's form posted again (a double tap): the same success, not an error.
        await expect(
          postAgain(page, `/mairie/conseils/${slug}?/draw`, {
            sortitionId: sortitions[0].id,
            seed: '3 17 22 38 41 + 7',
          }),
        ).resolves.toEqual({
          status: 303,
          location: `/mairie/conseils/${slug}?tirage-effectue`,
        });
        const draw = await page
          .locator(`section[aria-labelledby="tirage-${sortitions[0].id}"]`)
          .innerText();
        expect(draw).toContain(
          `npm run verify-sortition -- ${sortitions[0].id} ${site.url}/graphql`,
        );
        expect(draw).toContain('Graine\u00a0: 3 17 22 38 41 + 7');
        // The people drawn sit in the residents' college, in office from today.
        const residents = await page
          .locator('h3', { hasText: 'Collège des habitant·es' })
          .innerText();
        expect(residents).toBe('Collège des habitant·es (2 sur 12 sièges)');
        expect(
          await page
            .locator('section[aria-labelledby="membres"] li', { hasText: 'tiré·e au sort' })
            .count(),
        ).toBe(2);
        // Step one again: the next draw can be announced.
        expect(await page.locator('h3', { hasText: 'Étape 1' }).count()).toBe(1);
      } finally {
        await context.close();
      }
    },
  );

  it('refuses a charter save made from a version another agent has since replaced, without JavaScript', async () => {
    const slug = 'les-platanes';
    await call(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          name: 'Conseil des Platanes',
          slug,
          neighbourhood: 'Les Platanes',
          perimeterDescription: 'Autour de la place des Platanes.',
        },
      },
      agent,
    );
    const first = await newPage(browser, { javaScript: false });
    const second = await newPage(browser, { javaScript: false });
    try {
      await signIn(first.page, agent);
      await signIn(second.page, agent);
      await first.page.goto(url(`/mairie/conseils/${slug}`));
      await second.page.goto(url(`/mairie/conseils/${slug}`));
      await second.page.fill('#supportThreshold', '40');
      await submit(second.page, 'Enregistrer une nouvelle version de la charte');
      expect(await notice(second.page)).toContain('La charte est modifiée');
      // The first page still shows version 1: its save would silently undo the 40.
      await first.page.fill('#supportThreshold', '45');
      await submit(first.page, 'Enregistrer une nouvelle version de la charte');
      expect(await first.page.locator('.error-summary').innerText()).toBe(
        'La charte a été modifiée entre-temps (version 2 en vigueur)\u00a0: vos changements ne sont pas enregistrés. Relisez la charte actuelle, puis refaites-les.',
      );
      expect(await first.page.inputValue('#supportThreshold')).toBe('40');
      expect((await councilBySlug(slug)).charter).toMatchObject({
        version: 2,
        supportThreshold: 40,
      });
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('shows the API’s refusal of a charter change while a ballot of the council is open, without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, agent);
      await page.goto(url(`/mairie/conseils/${voting.slug}`));
      await page.fill('#supportThreshold', '12');
      await submit(page, 'Enregistrer une nouvelle version de la charte');
      const summary = page.locator('.error-summary');
      expect(await summary.innerText()).toBe(
        'Un scrutin de ce conseil est ouvert\u00a0: la charte ne peut être modifiée qu’après sa clôture.',
      );
      expect(await summary.getAttribute('role')).toBe('alert');
      // What was typed stays, and nothing changed.
      expect(await page.inputValue('#supportThreshold')).toBe('12');
      expect((await councilBySlug(voting.slug)).charter.version).toBe(1);
    } finally {
      await context.close();
    }
  });

  it.each([true, false])(
    'lets an admin grant then revoke the agent role and see the queues (JavaScript %s)',
    async (javaScript) => {
      const person = await newVerifiedResident(config, db.url, {
        displayName: `Agathe Future ${javaScript ? 'A' : 'B'}`,
      });
      const roleOf = async () =>
        (
          await sql<{ role: string }>(db.url, `SELECT role FROM account WHERE id = $1`, [person.id])
        )[0].role;
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await signIn(page, admin);
        await page.goto(url('/mairie/agents'));
        expect(await page.locator('h1').innerText()).toBe('Agent·es et tâches de fond');
        // The worker's queues, as the API counts them.
        const queues = await page.locator('ul.queues caption code').allInnerTexts();
        expect(queues.sort()).toEqual(['deliveries', 'events', 'notifications', 'schedules']);
        const main = await page.locator('main').innerText();
        expect(main).toContain('Tâches échouées définitivement');
        expect(await page.locator('ul.failed > li').allInnerTexts()).toEqual([
          expect.stringMatching(
            /^deliver-email \(n° deliveries-42\) — le .+, après 5 essais\s+Le serveur d’e-mails ne répond pas$/,
          ),
        ]);

        const staffNames = () => page.locator('ul.staff li.account h4').allInnerTexts();
        expect(await staffNames()).toContain(admin.displayName);
        expect(await staffNames()).not.toContain(person.displayName);
        await page.fill('#q', person.email);
        await submit(page, 'Chercher');
        const row = page.locator('ul.results li.account', { hasText: person.displayName });
        expect(await row.locator('.role').innerText()).toBe('habitant·e');
        await Promise.all([
          page.waitForNavigation(),
          row
            .getByRole('button', { name: `Donner le rôle d’agent·e à ${person.displayName}` })
            .click(),
        ]);
        expect(await notice(page)).toContain('Le rôle d’agent·e est donné.');
        // The notice takes the focus when it mounts, which may come after its text is readable.
        await waitForFocus(page, '.notice[role="status"]');
        expect(await row.locator('.role').innerText()).toBe('agent·e de la mairie');
        expect(await roleOf()).toBe('AGENT');
        // Now among the staff, where the role is taken back.
        expect(await staffNames()).toContain(person.displayName);
        await Promise.all([
          page.waitForNavigation(),
          page
            .locator('ul.staff li.account', { hasText: person.displayName })
            .getByRole('button', { name: `Retirer le rôle d’agent·e à ${person.displayName}` })
            .click(),
        ]);
        expect(await notice(page)).toContain('Le rôle d’agent·e est retiré.');
        expect(await row.locator('.role').innerText()).toBe('habitant·e');
        expect(await staffNames()).not.toContain(person.displayName);
        expect(await roleOf()).toBe('RESIDENT');
        const changes = await sql<{ before: unknown; after: unknown }>(
          db.url,
          `SELECT before, after FROM audit_log WHERE action = 'account.role-changed' AND object_id = $1 ORDER BY id`,
          [person.id],
        );
        expect(changes.map((c) => [c.before, c.after])).toEqual([
          [{ role: 'RESIDENT' }, { role: 'AGENT' }],
          [{ role: 'AGENT' }, { role: 'RESIDENT' }],
        ]);
      } finally {
        await context.close();
      }
    },
  );

  it('refuses the town hall’s pages to those whose role cannot use them, and asks others to sign in', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      const response = await page.goto(url('/mairie/conseils'));
      expect(new URL(page.url()).pathname).toBe('/compte/connexion');
      expect(response?.status()).toBe(200);

      await signIn(page, resident);
      for (const path of [
        '/mairie/conseils',
        `/mairie/conseils/${voting.slug}`,
        '/mairie/agents',
      ]) {
        const refused = await page.goto(url(path));
        expect(refused?.status()).toBe(403);
        expect(await page.locator('h1').innerText()).toBe('Accès refusé');
        expect(await page.locator('main').innerText()).toContain('Vous n’avez pas le droit');
      }
      // A form posted anyway is refused by the site, and the API would refuse it too.
      const posted = await context.request.post(url('/mairie/agents?/grant'), {
        form: { accountId: resident.id, q: '' },
        headers: { origin: site.url },
        maxRedirects: 0,
      });
      expect(posted.status()).toBe(403);
      expect(
        (
          await sql<{ role: string }>(db.url, `SELECT role FROM account WHERE id = $1`, [
            resident.id,
          ])
        )[0].role,
      ).toBe('RESIDENT');
    } finally {
      await context.close();
    }
    // An agent runs councils but does not manage agents.
    const agentPage = await newPage(browser, { javaScript: false });
    try {
      await signIn(agentPage.page, agent);
      expect((await agentPage.page.goto(url('/mairie/agents')))?.status()).toBe(403);
      expect(await agentPage.page.locator('main').innerText()).toContain(
        'réservée aux administrateur·rices',
      );
    } finally {
      await agentPage.context.close();
    }
  });

  it.each([VIEWPORTS.narrow.width, VIEWPORTS.wide.width])(
    'has zero axe WCAG 2.1 A/AA violations, one h1, French spacing and no horizontal scroll at %i px',
    async (width) => {
      // The pages change nothing in the browser (forms post to the server): one pass, with
      // JavaScript, covers the HTML the flows above use without it.
      const { context, page } = await newPage(browser, { width });
      try {
        await signIn(page, admin);
        const [drawn] = await sql<{ slug: string }>(
          db.url,
          `SELECT c.slug FROM council c JOIN sortition s ON s.council_id = c.id ORDER BY c.slug LIMIT 1`,
        );
        const faults: string[] = [];
        for (const path of [
          '/mairie/conseils',
          `/mairie/conseils/${drawn?.slug ?? voting.slug}`,
          `/mairie/agents?q=${encodeURIComponent('Agathe')}`,
          '/mairie/conseils/pas-un-conseil',
        ]) {
          await page.goto(url(path));
          // The folded forms open, so that axe sees them too.
          await page.evaluate(
            'document.querySelectorAll("details").forEach((d) => (d.open = true))',
          );
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
