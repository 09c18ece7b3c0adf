import { createHash } from 'node:crypto';
import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_PASSWORD, newAgent, newVerifiedResident, TestAccount } from '../support/factories';
import {
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
  qualifiedProposal,
} from '../support/meeting-fixtures';
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

interface MinutesView {
  id: string;
  version: number;
  status: string;
  document: string;
  contentHash: string | null;
}
const MINUTES_OF = `query($id: ID!) { meeting(id: $id) { minutes { id version status document contentHash } } }`;

/**
 * The secretary's minutes (`/seances/:id/proces-verbal`: draft with its preview, submit, put on a
 * later meeting's agenda, correct), the town hall's pages (`/mairie/proces-verbaux`: publish and
 * show the SHA-256; `/mairie/reponses`: answer an adopted proposal, mark it carried out) and the
 * public `/redevabilite`, in Chromium against the real API; the core steps without JavaScript.
 */
describe('The minutes, official answers and accountability pages of the site', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  let held: MeetingView;
  let later: MeetingView;
  let benches: string;
  let lights: string;
  const faults: string[] = [];

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const minutesOf = async (meetingId: string) =>
    // As an agent: drafts, submitted and adopted versions are for the council and the town hall.
    (await call<{ meeting: { minutes: MinutesView[] } }>(MINUTES_OF, { id: meetingId }, agent))
      .meeting.minutes;

  const submit = async (page: Page, button: string | RegExp) => {
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: button, exact: typeof button === 'string' }).click(),
    ]);
  };
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
  /** Whether the element has the focus and comes right after the page's h1 (notices, summaries). */
  const focusedAfterH1 = (page: Page, selector: string) =>
    page.evaluate<{ focused: boolean; afterH1: boolean }>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      return {
        focused: !!el && document.activeElement === el,
        afterH1: el?.previousElementSibling?.tagName === 'H1',
      };
    })()`);
  /** A browser signed in as `who` (after any clock travel: tokens follow the API's clock). */
  async function signedIn(who: TestAccount, javaScript: boolean) {
    const { context, page } = await newPage(browser, { javaScript });
    await page.goto(url('/compte/connexion'));
    await page.fill('#email', who.email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await submit(page, 'Se connecter');
    expect(new URL(page.url()).pathname).toBe('/');
    return { context, page };
  }

  /** axe, one h1, French spacing and no horizontal scroll on a page at 360 and 1280 px, as its visitor. */
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
          expect(response?.status()).toBe(200);
          // Folded parts open, so that axe reads them too.
          await page
            .locator('details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          // SHOTS=<folder>: also saves each page as audited, to look at it.
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

  async function ballot(itemId: string, voters: TestAccount[]): Promise<BallotView> {
    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: itemId, secret: false } },
      c.chair,
    );
    for (const who of voters)
      await call(CAST, { input: { ballotId: openBallot.id, choice: 'FOR' } }, who);
    return (await call<{ closeBallot: BallotView }>(CLOSE_BALLOT, { id: openBallot.id }, c.chair))
      .closeBallot;
  }

  /** The meeting's day: five members present, every item put to a ballot and adopted, closed. */
  async function holdAndAdoptAll(meeting: MeetingView) {
    const present = c.members.slice(0, 5);
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: present.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      c.chair,
    );
    for (const item of meeting.agenda)
      expect((await ballot(item.id, present)).result?.adopted).toBe(true);
    await call(byId('closeMeeting'), { id: meeting.id }, c.chair);
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
    // Two qualified proposals, placed by the server on the next meeting, adopted there.
    benches = await qualifiedProposal(api.url, config, db.url, c, 'Des bancs au square');
    lights = await qualifiedProposal(api.url, config, db.url, c, 'Éclairer la rue des Lilas');
    held = await openMeetingWith(api.url, c, ['Budget participatif']);
    expect(held.agenda.map((i) => i.proposalId)).toEqual(expect.arrayContaining([benches, lights]));
    await holdAndAdoptAll(held);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('lets the secretary draft the minutes with a preview and submit them, without JavaScript', async () => {
    const { context, page } = await signedIn(c.secretary, false);
    try {
      await page.goto(url(`/seances/${held.id}`));
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: /Suivre le procès-verbal/ }).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe(`/seances/${held.id}/proces-verbal`);
      expect(await page.locator('main').innerText()).toContain(
        'Aucune version n’est encore rédigée.',
      );
      // The first save makes the draft, the record filled in by the server.
      await submit(page, 'Préparer le brouillon');
      const preview = page.locator('section#apercu');
      expect(await preview.locator('h2').innerText()).toBe('Aperçu du brouillon (version 1)');
      expect(await preview.innerText()).toContain('Budget participatif');
      expect(await page.locator('#summary-hint').innerText()).toContain('**gras**');
      await page.fill(
        '#summary',
        'Le débat a porté sur **les bancs** du square.\n\n- trois bancs\n- deux arbres',
      );
      await submit(page, 'Enregistrer et prévisualiser');
      expect(await page.locator('p.notice[role="status"]').innerText()).toContain(
        'Le brouillon est enregistré.',
      );
      // The preview is the API's rendering of the Markdown: bold and a list.
      expect(await preview.locator('strong', { hasText: 'les bancs' }).count()).toBe(1);
      expect(await preview.locator('li').allInnerTexts()).toEqual(
        expect.arrayContaining(['trois bancs', 'deux arbres']),
      );
      expect(await page.inputValue('#summary')).toContain('**les bancs**');

      await submit(page, 'Soumettre le procès-verbal au conseil');
      const text = await page.locator('main').innerText();
      expect(text).toContain('Le procès-verbal est soumis');
      expect(text).toContain('Version 1\u00a0: Soumis');
      // The secretary does not set agendas: no form to put the minutes on one.
      expect(await page.locator('form[action="?/inscribe"]').count()).toBe(0);
      expect(await page.locator('#summary').count()).toBe(0);
      expect((await minutesOf(held.id)).map((m) => m.status)).toEqual(['SUBMITTED']);
    } finally {
      await context.close();
    }
  });

  it('lets the chair put them on a later meeting’s agenda, where a ballot adopts them, without JavaScript', async () => {
    later = await newMeeting(api.url, c, { days: 12, place: 'Maison des associations' });
    const { context, page } = await signedIn(c.chair, false);
    try {
      await page.goto(url(`/seances/${held.id}/proces-verbal`));
      const options = await page.locator('#meetingId option').allInnerTexts();
      expect(options).toHaveLength(1);
      expect(options[0]).toContain('Maison des associations');
      await submit(page, 'Inscrire à l’ordre du jour');
      expect(await page.locator('p.notice[role="status"]').innerText()).toContain(
        'inscrit à l’ordre du jour',
      );
    } finally {
      await context.close();
    }
    // The meeting day's pages are another's: the later meeting is held through the API.
    const { meeting } = await call<{ meeting: MeetingView }>(
      `query($id: ID!) { meeting(id: $id) { id startsAt status agenda { id kind title proposalId addedBy } } }`,
      { id: later.id },
    );
    expect(meeting.agenda.map((i) => i.kind)).toEqual(['MINUTES']);
    await call(byId('convokeMeeting'), { id: later.id }, c.chair);
    meetingDayOf(later);
    await call(byId('openMeeting'), { id: later.id }, c.chair);
    await holdAndAdoptAll(meeting);
    expect((await minutesOf(held.id)).map((m) => m.status)).toEqual(['ADOPTED']);
  });

  it('lets an agent publish the adopted minutes and shows their SHA-256, also on the public meeting page, without JavaScript', async () => {
    const anonymous = await newPage(browser, { javaScript: false });
    await anonymous.page.goto(url('/redevabilite'));
    expect(await anonymous.page.locator('main').innerText()).toContain(
      'Procès-verbaux adoptés, à publier',
    );
    await anonymous.context.close();
    await audit(null, '/redevabilite');

    const { context, page } = await signedIn(agent, false);
    try {
      await page.goto(url('/mairie/proces-verbaux'));
      const row = page.locator('li.owed-minutes', { hasText: c.name });
      expect(await row.count()).toBe(1);
      expect(await row.locator('h3').innerText()).toContain('(version 1)');
      await audit(context, '/mairie/proces-verbaux');
      // Each "Publier" names its council and meeting: buttons are told apart by their names.
      expect(
        await row
          .getByRole('button', { name: `Publier le procès-verbal de ${c.name}, séance du` })
          .count(),
      ).toBe(1);
      await Promise.all([
        page.waitForNavigation(),
        row.getByRole('button', { name: /^Publier/ }).click(),
      ]);
      const [published] = await minutesOf(held.id);
      expect(published.status).toBe('PUBLISHED');
      const hash = createHash('sha256').update(published.document, 'utf8').digest('hex');
      expect(published.contentHash).toBe(hash);
      // A second tap on "Publier": the same success page, with its SHA-256, not an error.
      const success = `/mairie/proces-verbaux?publie=${published.id}&seance=${held.id}`;
      await expect(
        postAgain(page, '/mairie/proces-verbaux?/publish', {
          minutesId: published.id,
          meetingId: held.id,
        }),
      ).resolves.toEqual({ status: 303, location: success });
      const notice = page.locator('div.notice[role="status"]');
      await expect(focusedAfterH1(page, 'div.notice[role="status"]')).resolves.toEqual({
        focused: true,
        afterH1: true,
      });
      expect(await notice.innerText()).toContain('Le procès-verbal est publié');
      expect(await notice.locator('code.hash').innerText()).toBe(hash);
      expect(await page.locator('li.owed-minutes', { hasText: c.name }).count()).toBe(0);
      expect(await page.locator('main').innerText()).toContain(
        'Aucun procès-verbal adopté n’attend de publication.',
      );

      await Promise.all([
        page.waitForNavigation(),
        notice.getByRole('link', { name: 'Voir le procès-verbal publié' }).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe(`/seances/${held.id}`);
      const section = page.locator(`section#pv-${published.id}`);
      expect(await section.locator('code.hash').innerText()).toBe(hash);
      expect(await section.locator('.prose').first().innerText()).toContain(
        'Le débat a porté sur les bancs du square.',
      );
    } finally {
      await context.close();
    }
  });

  it('lets the secretary start a corrected version and shows what changed, with JavaScript', async () => {
    const { context, page } = await signedIn(c.secretary, true);
    try {
      await page.goto(url(`/seances/${held.id}/proces-verbal`));
      expect(await page.inputValue('#summary')).toContain('**les bancs**');
      await page.fill(
        '#summary',
        'Le débat a porté sur **les bancs** du square.\n\n- quatre bancs\n- deux arbres',
      );
      await submit(page, 'Commencer une version corrigée');
      const versions = await minutesOf(held.id);
      expect(versions.map((v) => [v.version, v.status])).toEqual([
        [1, 'PUBLISHED'],
        [2, 'DRAFT'],
      ]);
      const [v1, v2] = versions;
      const second = page.locator(`section#version-${v2.id}`);
      expect(await second.locator('h3').innerText()).toBe('Version 2 — brouillon');
      expect(await second.locator(`a[href="#version-${v1.id}"]`).innerText()).toBe('version 1');
      expect(
        await page.locator(`section#version-${v1.id} a[href="#version-${v2.id}"]`).innerText(),
      ).toBe('version 2');
      const changes = await second.locator('ul.changes li').allInnerTexts();
      expect(changes).toEqual(['Retiré\u00a0: - trois bancs', 'Ajouté\u00a0: - quatre bancs']);
      expect(await page.locator(`section#version-${v1.id} code.hash`).innerText()).toBe(
        v1.contentHash,
      );
      await audit(context, `/seances/${held.id}/proces-verbal`);
    } finally {
      await context.close();
    }
  });

  it('lets an agent answer an adopted proposal and mark it carried out, without JavaScript', async () => {
    const { context, page } = await signedIn(agent, false);
    try {
      await page.goto(url('/mairie/reponses'));
      await audit(context, '/mairie/reponses');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: 'Répondre à «\u202fDes bancs au square\u202f»' }).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe(`/mairie/reponses/${benches}`);
      await audit(context, `/mairie/reponses/${benches}`);

      // Nothing chosen: both errors, tied to their fields, in a summary that has the focus.
      await submit(page, 'Publier la réponse officielle');
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.locator('h2').innerText()).toBe('Le formulaire contient 2 erreurs.');
      await expect(focusedAfterH1(page, '.error-summary')).resolves.toEqual({
        focused: true,
        afterH1: true,
      });
      expect(
        await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual(['#answer', '#justification']);
      expect(await page.getAttribute('#justification', 'aria-describedby')).toContain(
        'justification-error',
      );
      expect(await page.getAttribute('#answer', 'aria-describedby')).toBe('answer-error');

      await page.check('#answer-ACCEPTED');
      await page.fill('#justification', 'Trois bancs seront posés au printemps.');
      await submit(page, 'Publier la réponse officielle');
      expect(await page.locator('p.notice[role="status"]').innerText()).toContain(
        'La réponse officielle est publiée',
      );
      await expect(focusedAfterH1(page, 'p.notice[role="status"]')).resolves.toEqual({
        focused: true,
        afterH1: true,
      });
      // The answer posted again (a double tap): the same success; another answer is refused.
      const answerForm = {
        answer: 'ACCEPTED',
        justification: 'Trois bancs seront posés au printemps.',
      };
      await expect(
        postAgain(page, `/mairie/reponses/${benches}?/answer`, answerForm),
      ).resolves.toEqual({ status: 303, location: `/mairie/reponses/${benches}?fait=repondu` });
      expect(
        (
          await postAgain(page, `/mairie/reponses/${benches}?/answer`, {
            ...answerForm,
            answer: 'DECLINED',
          })
        ).status,
      ).toBe(400);
      expect(await page.locator('main h2').first().innerText()).toBe(
        'Réponse donnée\u00a0: acceptée',
      );
      await submit(page, 'Marquer comme réalisée');
      expect(await page.locator('p.notice[role="status"]').innerText()).toContain(
        'marquée comme réalisée',
      );
      await expect(postAgain(page, `/mairie/reponses/${benches}?/implement`, {})).resolves.toEqual({
        status: 303,
        location: `/mairie/reponses/${benches}?fait=realisee`,
      });
      expect(await page.getByRole('button', { name: 'Marquer comme réalisée' }).count()).toBe(0);

      await page.goto(url(`/propositions/${benches}`));
      const main = await page.locator('main').innerText();
      expect(main).toContain('Réponse officielle de la mairie');
      expect(main).toContain('acceptée');
      expect(main).toContain('Trois bancs seront posés au printemps.');
      expect(main).toContain('Réalisée');
    } finally {
      await context.close();
    }
  });

  it('lets an agent decline a proposal, which then has nothing to carry out, with JavaScript', async () => {
    const { context, page } = await signedIn(agent, true);
    try {
      await page.goto(url(`/mairie/reponses/${lights}`));
      await page.check('#answer-DECLINED');
      await page.fill('#justification', 'La rue est déjà éclairée depuis 2025.');
      await submit(page, 'Publier la réponse officielle');
      expect(await page.locator('main h2').first().innerText()).toBe(
        'Réponse donnée\u00a0: refusée',
      );
      expect(await page.getByRole('button', { name: 'Marquer comme réalisée' }).count()).toBe(0);
      await page.goto(url('/mairie/reponses'));
      const text = await page.locator('main').innerText();
      expect(text).not.toContain('Éclairer la rue des Lilas');
      expect(text).toContain('Aucune réponse n’est attendue.');
      await page.goto(url(`/propositions/${lights}`));
      expect(await page.locator('main').innerText()).toContain('refusée');
    } finally {
      await context.close();
    }
  });

  it('refuses the town hall’s pages to residents and sends visitors to sign in', async () => {
    const resident = await newVerifiedResident(config, db.url);
    const { context, page } = await signedIn(resident, false);
    try {
      for (const path of [
        '/mairie/reponses',
        '/mairie/proces-verbaux',
        `/mairie/reponses/${benches}`,
      ]) {
        const response = await page.goto(url(path));
        expect(response?.status()).toBe(403);
        expect(await page.locator('h1').innerText()).toBe('Accès refusé');
        expect(await page.locator('main').innerText()).toContain('Vous n’avez pas le droit');
      }
      // Not a member of the council: the minutes page shows no form to write them.
      await page.goto(url(`/seances/${held.id}/proces-verbal`));
      expect(await page.locator('form[action="?/draft"]').count()).toBe(0);
    } finally {
      await context.close();
    }
    const visitor = await newPage(browser, { javaScript: false });
    try {
      await visitor.page.goto(url('/mairie/proces-verbaux'));
      expect(new URL(visitor.page.url()).pathname).toBe('/compte/connexion');
    } finally {
      await visitor.context.close();
    }
  });

  it('sends the old address /mairie/comptes-rendus on to /mairie/proces-verbaux, for good (308)', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await fetch(url('/mairie/comptes-rendus?publie=x&seance=y'), {
        method,
        redirect: 'manual',
      });
      expect(response.status).toBe(308);
      expect(response.headers.get('location')).toBe('/mairie/proces-verbaux?publie=x&seance=y');
    }
  });

  it('found no accessibility, spacing or layout fault on the pages it visited', () => {
    expect(faults).toEqual([]);
  });
});
