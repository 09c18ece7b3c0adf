import { AppConfig } from '@quorum/core';
import { Browser, Page } from 'playwright-core';
import { DEFAULT_PASSWORD, newAgent, newVerifiedResident, TestAccount } from '../support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  byId,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  MEETING_FIELDS,
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  qualifiedProposal,
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
} from './support/site';

const BUDGETS = ['login:account-ip', 'login:ip', 'login:account']
  .map((bucket) => `${bucket}=1000`)
  .join(',');

/**
 * `/mon-conseil` and the preparation of a meeting, in Chromium against the real API: the chair
 * schedules, builds and reorders the agenda, convenes (not too late), cancels; the opposition
 * fills its quota and writes statements. The chair's core steps without JavaScript.
 */
describe('The council members’ preparation pages', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  let proposalTitle: string;
  let minutesId: string;
  let closedMeetingId: string;
  let answeredId: string;
  let draftMeetingId: string;

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const meeting = async (id: string) =>
    (
      await call<{ meeting: MeetingView }>(
        `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`,
        {
          id,
        },
      )
    ).meeting;
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
  const text = (page: Page, selector: string) => page.locator(selector).innerText();
  const slugOf = async () =>
    (
      await call<{ councils: { edges: { node: { id: string; slug: string } }[] } }>(
        `{ councils(first: 100) { edges { node { id slug } } } }`,
        {},
      )
    ).councils.edges.find((e) => e.node.id === c.id)!.node.slug;
  const agendaTitles = (page: Page) => page.locator('.agenda h3').allInnerTexts();

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
    c = await newCouncilWithMembers(api.url, config, db.url, agent, {
      convocationNoticeDays: 5,
      oppositionAgendaQuota: 2,
    });
    // A closed meeting that adopted a proposal the town hall then answered, and whose draft
    // minutes take the opposition's statement, as the answer does.
    answeredId = await qualifiedProposal(api.url, config, db.url, c, 'Un jardin partagé');
    const closed = await openMeetingWith(api.url, c, ['Bilan de l’année']);
    closedMeetingId = closed.id;
    const present = c.members.slice(0, 5);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: closed.id,
          entries: present.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    const item = closed.agenda.find((i) => i.proposalId === answeredId)!;
    const { openBallot } = await call<{ openBallot: { id: string } }>(
      OPEN_BALLOT,
      { input: { agendaItemId: item.id, secret: false } },
      c.chair,
    );
    for (const m of present)
      await call(CAST, { input: { ballotId: openBallot.id, choice: 'FOR' } }, m);
    await call(CLOSE_BALLOT, { id: openBallot.id }, c.chair);
    await call(byId('closeMeeting'), { id: closed.id }, c.chair);
    minutesId = (
      await call<{ draftMinutes: { id: string } }>(
        `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
        { input: { meetingId: closed.id, summary: 'Un bilan positif.' } },
        c.secretary,
      )
    ).draftMinutes.id;
    // The site reads today from its own clock: the API's goes back to today too.
    clock.reset();
    await call(
      `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`,
      {
        input: {
          proposalId: answeredId,
          answer: 'ACCEPTED',
          justification: 'Le terrain de la rue Haute est disponible.',
        },
      },
      agent,
    );
    // A qualified proposal waits for the next meeting: the server places it on the one scheduled.
    proposalTitle = 'Des bancs sur la place du marché';
    await qualifiedProposal(api.url, config, db.url, c, proposalTitle);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('without JavaScript, the chair schedules a meeting, builds and reorders its agenda and convenes', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, c.chair);
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: 'Mon conseil' }).click(),
      ]);
      expect(await page.title()).toBe('Mon conseil – Conseils de quartier – Ville de Testville');
      // Where one is: the breadcrumb, as on the pages below.
      expect(await page.locator('main .meta').first().innerText()).toBe('Accueil › Mon conseil');
      const mandates = await text(page, 'table');
      expect(mandates).toContain('président·e');
      expect(mandates).toContain('Ensemble pour la ville');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: `Planifier une séance du ${c.name}` }).click(),
      ]);

      // Nothing filled in: every missing field is named, next to it and in the summary.
      await submit(page, 'Planifier la séance');
      expect(await text(page, '.error-summary h2')).toBe('Le formulaire contient 4 erreurs.');
      expect(await page.getAttribute('#place', 'aria-describedby')).toContain('place-error');
      // The summary's h2 comes after the page's h1.
      expect(
        await page
          .locator('h1, h2')
          .first()
          .evaluate((h) => h.tagName),
      ).toBe('H1');

      await page.fill('#place', 'Salle des fêtes, 2 rue des Écoles');
      await page.fill('#date', townDayIn(20));
      await page.fill('#time', '19:30');
      await page.check('input[name="accessible"][value="oui"]');
      await page.fill('#accessibilityDetails', 'Entrée de plain-pied côté cour.');
      await page.check('input[name="isPublic"][value="non"]');
      await submit(page, 'Planifier la séance');
      const meetingId = new URL(page.url()).pathname.split('/').pop()!;
      expect(await text(page, '[role="status"] .notice')).toContain('La séance est planifiée.');
      expect(await text(page, 'main')).toContain('Séance à huis clos.');
      expect(await text(page, 'h1')).toMatch(/^Préparer la séance du .* à 19\u00a0h 30$/);
      expect(await page.title()).toMatch(
        new RegExp(`^Préparer la séance du .* à 19\u00a0h 30 – ${c.name} – Conseils de quartier`),
      );
      // Placed by the server: the qualified proposal is already there.
      expect(await agendaTitles(page)).toEqual([proposalTitle]);
      expect(await text(page, '.agenda .meta')).toBe('Proposition retenue, inscrite d’office');

      for (const [kind, title] of [
        ['TOWN_HALL', 'Budget participatif 2027'],
        ['QUESTION', 'Horaires de la bibliothèque'],
      ]) {
        await page.check(`input[name="kind"][value="${kind}"]`);
        await page.fill('#title', title);
        await submit(page, 'Ajouter le point');
        expect(await text(page, '[role="status"] .notice')).toBe(
          'Le point est ajouté à l’ordre du jour.',
        );
      }
      expect(await agendaTitles(page)).toEqual([
        proposalTitle,
        'Budget participatif 2027',
        'Horaires de la bibliothèque',
      ]);
      await submit(page, `Descendre\u00a0: ${proposalTitle}`);
      await submit(page, 'Monter\u00a0: Horaires de la bibliothèque');
      const order = ['Budget participatif 2027', 'Horaires de la bibliothèque', proposalTitle];
      expect(await agendaTitles(page)).toEqual(order);
      expect((await meeting(meetingId)).agenda.map((i) => i.title)).toEqual(order);
      // The first cannot go up, nor the last down.
      expect(
        await page
          .getByRole('button', { name: 'Monter\u00a0: Budget participatif 2027' })
          .isDisabled(),
      ).toBe(true);

      expect(await text(page, '#convocation + p')).toContain('convoquez au plus tard le');
      await submit(page, 'Convoquer les membres');
      expect(await text(page, '[role="status"] .notice')).toBe(
        'La convocation et l’ordre du jour sont envoyés aux membres.',
      );
      expect(await text(page, '.badge')).toBe('Convoquée');
      expect((await meeting(meetingId)).status).toBe('CONVENED');
    } finally {
      await context.close();
    }
  }, 30_000);

  it('counts a double post once (a meeting, an item, a move) and refuses a day that does not exist', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, c.chair);
      const slug = await slugOf();
      // As a browser posts a form without JavaScript (SvelteKit answers JSON to other clients).
      const FORM_POST = { origin: site.url, accept: 'text/html' };
      // The same form posted twice, the second before the first is answered (a double tap).
      // Or one after the other (the form re-sent once the first is done): `inTurn`.
      const twice = async (path: string, form: Record<string, string>, inTurn = false) => {
        const post = () =>
          page.request.post(url(path), { form, headers: FORM_POST, maxRedirects: 0 });
        const answers = inTurn ? [await post(), await post()] : await Promise.all([post(), post()]);
        expect(answers.map((a) => a.status())).toEqual([303, 303]);
        expect(answers[1].headers().location).toBe(answers[0].headers().location);
        return answers[0].headers().location;
      };
      const keyOf = (path: string, form = 'form') =>
        page.goto(url(path)).then(() => page.locator(`${form} input[name="key"]`).inputValue());
      const councilMeetings = async () =>
        (
          await call<{ meetings: { edges: { node: { id: string } }[] } }>(
            `query($c: ID!) { meetings(councilId: $c, first: 100) { edges { node { id } } } }`,
            { c: c.id },
            c.chair,
          )
        ).meetings.edges.length;

      const path = `/mon-conseil/${slug}/nouvelle-seance`;
      const fields = {
        place: 'Gymnase municipal',
        date: townDayIn(25),
        time: '18:00',
        accessible: 'oui',
        isPublic: 'oui',
      };
      // 31 February is refused, not rolled over to 3 March; 25:00 neither.
      const wrong = await page.request.post(url(path), {
        form: { ...fields, date: '2027-02-31', time: '25:00', key: await keyOf(path) },
        headers: FORM_POST,
        maxRedirects: 0,
      });
      const refused = await wrong.text();
      expect(wrong.status()).toBe(400);
      expect(refused).toContain('Cette date n’existe pas. Indiquez une date valide');
      expect(refused).toContain('Cette heure n’existe pas. Indiquez une heure valide');

      const before = await councilMeetings();
      const location = await twice(path, { ...fields, key: await keyOf(path) });
      expect(await councilMeetings()).toBe(before + 1);
      const meetingId = new URL(location, site.url).pathname.split('/').pop()!;

      const prep = `/mon-conseil/seances/${meetingId}`;
      await twice(`${prep}?/add`, {
        kind: 'QUESTION',
        title: 'Stationnement rue Neuve',
        description: '',
        key: await keyOf(prep, 'form[action="?/add"]'),
      });
      const titles = async () => (await meeting(meetingId)).agenda.map((i) => i.title);
      expect((await titles()).filter((t) => t === 'Stationnement rue Neuve')).toHaveLength(1);
      // The same title from a new rendering of the form is a new item (the key, not the text).
      await page.goto(url(prep));
      await page.check('input[name="kind"][value="TOWN_HALL"]');
      await page.fill('#title', 'Travaux de voirie');
      await submit(page, 'Ajouter le point');
      const order = await titles();
      expect(order.slice(-2)).toEqual(['Stationnement rue Neuve', 'Travaux de voirie']);

      // "Monter" tapped twice on the same page moves the item one place (posted in turn: two
      // concurrent posts both read the order before either moves it).
      await page.goto(url(prep));
      const last = (await meeting(meetingId)).agenda.find((i) => i.title === 'Travaux de voirie')!;
      await twice(
        `${prep}?/move`,
        {
          itemId: last.id,
          direction: 'haut',
          order: await page.locator(`#point-${last.id} input[name="order"]`).inputValue(),
        },
        true,
      );
      expect((await titles()).slice(-2)).toEqual(['Travaux de voirie', 'Stationnement rue Neuve']);
      expect(await titles()).toHaveLength(order.length);
    } finally {
      await context.close();
    }
  }, 30_000);

  it('tells the chair a convocation is too late under the notice, and cancels a meeting with a reason', async () => {
    // In two days: the charter's five clear days cannot be given any more.
    const close = await newMeeting(api.url, c, { days: 2, place: 'Maison des associations' });
    await call(
      ADD_ITEM,
      { input: { meetingId: close.id, kind: 'TOWN_HALL', title: 'Fête de quartier' } },
      c.chair,
    );
    for (const javaScript of [false, true]) {
      const { context, page } = await newPage(browser, { javaScript });
      try {
        await signIn(page, c.chair);
        await page.goto(url(`/mon-conseil/seances/${close.id}`));
        expect(await text(page, '.notice.warning')).toContain(
          'Trop tard pour convoquer dans le délai de la charte',
        );
        await submit(page, 'Convoquer les membres');
        // One clear day left or none, by the time of day: the API's sentence says which.
        expect(await text(page, '.error-summary h2')).toMatch(
          /^Trop tard pour convoquer\u00a0: la charte exige 5 jours francs entre la convocation et la séance, et il n’en reste (aucun|qu’un)\.$/,
        );
        expect((await meeting(close.id)).status).toBe('DRAFT');
      } finally {
        await context.close();
      }
    }

    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, c.chair);
      await page.goto(url(`/mon-conseil/seances/${close.id}`));
      await submit(page, 'Annuler la séance');
      expect(await text(page, '#reason-error')).toBe(
        'Erreur\u00a0: Indiquez la raison de l’annulation.',
      );
      await page.fill('#reason', 'La salle n’est pas disponible ce soir-là.');
      await submit(page, 'Annuler la séance');
      expect(await text(page, '[role="status"] .notice')).toContain('La séance est annulée');
      expect(await text(page, '.badge')).toBe('Annulée');
      const cancelled = await meeting(close.id);
      expect(cancelled).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'La salle n’est pas disponible ce soir-là.',
      });
      await page.goto(url(`/seances/${close.id}`));
      expect(await text(page, '.notice.warning')).toContain(
        'La salle n’est pas disponible ce soir-là.',
      );
    } finally {
      await context.close();
    }
  }, 30_000);

  it('lets an opposition councillor fill the quota (the next item refused) and write and edit a statement', async () => {
    draftMeetingId = (await newMeeting(api.url, c, { days: 15 })).id;
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      await signIn(page, c.opposition);
      await page.goto(url('/mon-conseil'));
      expect(await text(page, 'table')).toContain('Élu·es de l’opposition');
      expect(await text(page, 'table')).toContain('Opposition citoyenne');
      await page.goto(url(`/mon-conseil/seances/${draftMeetingId}`));
      expect(await text(page, '#opposition + p')).toBe(
        'Quota de l’opposition\u00a0: 2 points par séance\u202f; 0 utilisé, 2 restants.',
      );
      // The chair's tools are not shown.
      expect(await page.getByRole('button', { name: 'Convoquer les membres' }).count()).toBe(0);

      await page.fill('#title', 'Sécurité aux abords de l’école');
      await submit(page, 'Inscrire le point');
      expect(await text(page, '#opposition + p')).toContain('1 utilisé, 1 restant.');
      // A second tab, opened while one item is left.
      const stale = await context.newPage();
      await stale.goto(url(`/mon-conseil/seances/${draftMeetingId}`));
      await page.fill('#title', 'Éclairage du parc');
      await submit(page, 'Inscrire le point');
      expect(await text(page, '#opposition + p')).toContain('2 utilisés, aucun restant.');
      expect(await text(page, 'section[aria-labelledby="opposition"]')).toContain(
        'Le quota est atteint pour cette séance.',
      );
      expect(await page.locator('#title').count()).toBe(0);
      // Their own items they may withdraw; the other one's not.
      expect(
        await page.getByRole('button', { name: 'Retirer\u00a0: Éclairage du parc' }).count(),
      ).toBe(1);

      await stale.fill('#title', 'Un troisième point');
      await submit(stale, 'Inscrire le point');
      expect(await text(stale, '.error-summary h2')).toBe(
        'Le quota de l’opposition pour cette séance (2 point(s)) est atteint.',
      );
      expect(
        (await meeting(draftMeetingId)).agenda.filter((i) => i.kind === 'OPPOSITION'),
      ).toHaveLength(2);

      // A statement on the draft minutes, then amended.
      await page.goto(url('/mon-conseil'));
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: `Expressions de l’opposition — ${c.name}` }).click(),
      ]);
      const target = page.locator(`#cible-${minutesId}`);
      // A second tab, opened before the statement exists.
      const staleStatements = await context.newPage();
      await staleStatements.goto(page.url());
      await submit(page, 'Publier l’expression — ' + (await target.locator('h3').innerText()));
      expect(await text(page, `#body-${minutesId}-error`)).toBe(
        'Erreur\u00a0: Écrivez le texte de l’expression.',
      );
      await page.fill(`#body-${minutesId}`, 'Nous regrettons *le retard* des travaux.');
      await submit(page, 'Publier l’expression — ' + (await target.locator('h3').innerText()));
      expect(await text(page, '[role="status"] .notice')).toBe('Votre expression est enregistrée.');
      expect(await target.locator('.prose em').innerText()).toBe('le retard');
      // Refused there (a statement exists now), with no error on the field: the typed text stays.
      const typed = 'Un autre texte, écrit dans le second onglet.';
      await staleStatements.fill(`#body-${minutesId}`, typed);
      await submit(
        staleStatements,
        'Publier l’expression — ' + (await target.locator('h3').innerText()),
      );
      expect(await text(staleStatements, '.error-summary h2')).toBe(
        'Vous avez déjà joint une expression ici\u00a0: modifiez-la.',
      );
      expect(await staleStatements.inputValue(`#body-${minutesId}`)).toBe(typed);
      expect(await staleStatements.inputValue(`#body-${answeredId}`)).toBe('');
      await page.fill(
        `#body-${minutesId}`,
        'Nous regrettons le retard des travaux et demandons un calendrier.',
      );
      await submit(
        page,
        'Enregistrer la modification — ' + (await target.locator('h3').innerText()),
      );
      const { meeting: closed } = await call<{
        meeting: {
          minutes: {
            id: string;
            oppositionStatements: { body: string; politicalGroup: string }[];
          }[];
        };
      }>(
        `query($id: ID!) { meeting(id: $id) { minutes { id oppositionStatements { body politicalGroup } } } }`,
        { id: closedMeetingId },
        c.secretary,
      );
      expect(closed.minutes.find((v) => v.id === minutesId)?.oppositionStatements).toEqual([
        {
          body: 'Nous regrettons le retard des travaux et demandons un calendrier.',
          politicalGroup: 'Opposition citoyenne',
        },
      ]);

      // Under the official answer too.
      const answer = page.locator(`#cible-${answeredId}`);
      expect(await answer.locator('h3').innerText()).toBe('Un jardin partagé');
      await page.fill(`#body-${answeredId}`, 'Nous suivrons la réalisation du jardin.');
      await submit(page, 'Publier l’expression — Un jardin partagé');
      expect(await text(page, '[role="status"] .notice')).toBe('Votre expression est enregistrée.');
      const { proposal } = await call<{
        proposal: { oppositionStatements: { body: string }[] };
      }>(`query($id: ID!) { proposal(id: $id) { oppositionStatements { body } } }`, {
        id: answeredId,
      });
      expect(proposal.oppositionStatements).toEqual([
        { body: 'Nous suivrons la réalisation du jardin.' },
      ]);
    } finally {
      await context.close();
    }
  }, 30_000);

  it('refuses what a member may not do, and hides the link from people who sit on no council', async () => {
    const { context, page } = await newPage(browser, { javaScript: false });
    try {
      const member = c.others[0];
      await signIn(page, member);
      const response = await page.goto(url(`/mon-conseil/${await slugOf()}/nouvelle-seance`));
      expect(response?.status()).toBe(403);
      expect(await text(page, 'main')).toContain(
        'Vous n’avez pas le droit de planifier une séance',
      );
      expect(
        (
          await page.goto(
            url(`/mon-conseil/seances/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`),
          )
        )?.status(),
      ).toBe(404);
      await context.clearCookies();
      const stranger = await newVerifiedResident(config, db.url);
      await signIn(page, stranger);
      expect(await page.getByRole('link', { name: 'Mon conseil' }).count()).toBe(0);
      expect((await page.goto(url(`/mon-conseil/seances/${draftMeetingId}`)))?.status()).toBe(403);
    } finally {
      await context.close();
    }
  }, 30_000);

  it('has no axe violation at 360 and 1280 px, one h1, French spacing, and no horizontal scroll (of the page or a table) at 360, 640 (200 % zoom) and 1280 px', async () => {
    const faults: string[] = [];
    const slug = await slugOf();
    const visits: [TestAccount, string[]][] = [
      [
        c.chair,
        [
          '/mon-conseil',
          `/mon-conseil/${slug}/nouvelle-seance`,
          `/mon-conseil/seances/${draftMeetingId}`,
        ],
      ],
      [
        c.opposition,
        [`/mon-conseil/seances/${draftMeetingId}`, `/mon-conseil/${slug}/expressions`],
      ],
    ];
    // One sign-in per person; each page at both widths.
    for (const [who, paths] of visits) {
      const { context, page } = await newPage(browser);
      try {
        await signIn(page, who);
        for (const path of paths) {
          await page.goto(url(path));
          // 640 CSS px: a 1280 px window at 200 % zoom (the layout only; axe at 360 and 1280).
          for (const width of [360, 640, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            if (width !== 640)
              faults.push(...(await axeViolations(page)).map((v) => `${width}px: ${v}`));
            if (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))
              faults.push(`${width}px ${path}: scrolls horizontally`);
            // Nor a table within the page (the mandates stack on a narrow screen).
            const sideways = await page
              .locator('.table-scroll')
              .evaluateAll(
                (regions) => regions.filter((r) => r.scrollWidth > r.clientWidth).length,
              );
            if (sideways > 0) faults.push(`${width}px ${path}: a table scrolls horizontally`);
            if (process.env.S17_SHOTS)
              await page.screenshot({
                path: `${process.env.S17_SHOTS}/${who === c.chair ? 'chair' : 'opp'}${path.replace(/\W+/g, '_')}-${width}.png`,
                fullPage: true,
              });
          }
          faults.push(...(await typographyFaults(page)).map((t) => `${path}: «${t}»`));
          if ((await page.locator('h1').count()) !== 1) faults.push(`${path}: not one h1`);
        }
      } finally {
        await context.close();
      }
    }
    expect(faults).toEqual([]);
  }, 120_000);
});
