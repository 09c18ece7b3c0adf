import { join } from 'node:path';
import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { newAgent, TestAccount } from '../support/factories';
import {
  CouncilWithMembers,
  meetingDayOf,
  MeetingView,
  newCouncilWithMembers,
  ok,
  qualifiedProposal,
  townDayIn,
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
  VIEWPORTS,
} from './support/site';

interface MinutesView {
  id: string;
  status: string;
  contentHash: string | null;
}

/**
 * A whole meeting through the pages (issue 17, "Done when"), each person in a browser context of
 * their own at once: the chair schedules it (/mon-conseil/…/nouvelle-seance), the opposition adds
 * its item, the chair convenes; on the day the chair opens it (/seances/:id/direct), records
 * attendance with one proxy, runs a public and a secret ballot that five members' phones vote in,
 * the projector (/seances/:id/projection) showing each result; closed, the secretary drafts the
 * minutes (/seances/:id/proces-verbal), the chair puts them on a later meeting, adopted there by a
 * ballot of the meeting-day page; the agent publishes them (/mairie/proces-verbaux, the hash on
 * the public page) and answers the adopted proposal (/mairie/reponses). Seeded through the API
 * only: the accounts, the council and its members, a qualified proposal. Then the same without
 * JavaScript, a reload showing what changed.
 */

/**
 * SCREENSHOTS=docs/screenshots: the meeting-day pages as this test shows them (the chair's and a
 * member's page while a ballot is open, the projector with its result), for the README.
 */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
}

describe('A whole meeting in the browser, from its scheduling to the published minutes', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let agent: TestAccount;
  let c: CouncilWithMembers;
  const contexts: BrowserContext[] = [];

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);
  const meeting = async (id: string) =>
    (
      await call<{ meeting: MeetingView & { minutes: MinutesView[] } }>(
        `query($id: ID!) { meeting(id: $id) { id status startsAt agenda { id kind title proposalId }
           minutes { id status contentHash } } }`,
        { id },
        agent,
      )
    ).meeting;

  /** A page signed in as `who` (the site's session cookie), or anonymous; scripts refused when off. */
  async function pageOf(
    who: TestAccount | null,
    javaScript: boolean,
    width: number = VIEWPORTS.wide.width,
  ): Promise<Page> {
    const { context, page } = await newPage(browser, { width });
    contexts.push(context);
    // A step that does not happen fails within the test's time, naming the step.
    context.setDefaultTimeout(8_000);
    if (!javaScript) await context.route(/\/_app\/.*\.js(\?.*)?$/, (route) => route.abort());
    if (who) await context.addCookies([{ name: 'quorum-access', value: who.token, url: site.url }]);
    return page;
  }

  const submit = async (page: Page, name: string | RegExp) => {
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
    ]);
  };
  const follow = async (page: Page, name: string | RegExp) => {
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name }).first().click()]);
  };
  const text = (page: Page, selector = 'main') => page.locator(selector).first().innerText();
  /** What was just done (each page says it in a polite status, first in main). */
  const notice = (page: Page) => text(page, 'main .notice:not(.warning)');

  /**
   * The page shows `shown` in `selector`: with JavaScript it comes live (no reload), without it a
   * reload brings it.
   */
  async function sees(page: Page, selector: string, shown: string, javaScript: boolean) {
    if (!javaScript) await page.reload();
    await page
      .locator(selector, { hasText: shown })
      .first()
      .waitFor({ state: 'attached' })
      .catch(async (e) => {
        throw new Error(`${e}\n${await text(page, 'body')}`);
      });
  }

  /** Picks a choice then confirms it on the confirm step. */
  async function vote(page: Page, choice: 'Pour' | 'Contre' | 'Abstention', forWhom?: TestAccount) {
    await submit(page, forWhom ? `${choice} (au nom de ${forWhom.displayName})` : choice);
    expect(await text(page, '.confirm')).toContain('Un vote est définitif');
    await submit(page, /^Confirmer/);
    expect(await notice(page)).toMatch(/^Vot(re vote est|e) enregistré.* Il est définitif\.$/s);
  }

  /** Opens a ballot on the item of that title, public or secret, from the chair's page. */
  async function openBallot(chair: Page, title: string, secret: boolean) {
    await chair.locator('label.option', { hasText: title }).locator('input').check();
    await chair.check(`input[name="secret"][value="${secret ? 'oui' : 'non'}"]`);
    await submit(chair, 'Ouvrir le scrutin');
    expect(await notice(chair)).toContain('Le scrutin est ouvert');
  }

  /** The chair schedules a meeting from /mon-conseil, in `days` of the town; its preparation page. */
  async function schedule(chair: Page, days: number, place: string): Promise<string> {
    await chair.goto(url('/mon-conseil'));
    await follow(chair, `Planifier une séance du ${c.name}`);
    await chair.fill('#place', place);
    await chair.fill('#date', townDayIn(days));
    await chair.fill('#time', '19:30');
    await chair.check('input[name="accessible"][value="oui"]');
    await chair.check('input[name="isPublic"][value="oui"]');
    await submit(chair, 'Planifier la séance');
    expect(await notice(chair)).toContain('La séance est planifiée.');
    return new URL(chair.url()).pathname.split('/').pop()!;
  }

  async function convene(chair: Page, meetingId: string) {
    await chair.goto(url(`/mon-conseil/seances/${meetingId}`));
    await submit(chair, 'Convoquer les membres');
    expect(await notice(chair)).toBe('La convocation et l’ordre du jour sont envoyés aux membres.');
    expect((await meeting(meetingId)).status).toBe('CONVENED');
  }

  /** Marks attendance in the chair's form: present, or represented by a holder. */
  async function markAttendance(
    page: Page,
    present: TestAccount[],
    proxies: [TestAccount, TestAccount][],
  ) {
    for (const p of present) await page.check(`input[name="status-${p.id}"][value="PRESENT"]`);
    for (const [represented, holder] of proxies) {
      await page.check(`input[name="status-${represented.id}"][value="REPRESENTED"]`);
      await page.selectOption(`#proxy-${represented.id}`, holder.id);
    }
    await submit(page, 'Enregistrer les présences');
    expect(await notice(page)).toBe('Les présences sont enregistrées.');
  }

  /** Opens the meeting on its live page and waits, with JavaScript, for the live updates to run. */
  async function live(page: Page, meetingId: string, javaScript: boolean) {
    await page.goto(url(`/seances/${meetingId}/direct`));
    if (javaScript) await page.waitForSelector('.live[data-live="on"]', { state: 'attached' });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const address = await siteAddress();
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_URL: address.url, TRUST_PROXY: '1' });
    api = await startApi(config);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);
    agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent);
  });

  // Each test is a whole meeting (about 50 s alone on a quiet machine, 107 s in a full run at a
  // load of 17): the bound is a hang guard, not a speed.
  jest.setTimeout(240_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  /** The whole meeting, with or without the site's scripts; `days` from now, a later one after. */
  async function wholeMeeting(javaScript: boolean, days: number, proposalTitle: string) {
    const proposalId = await qualifiedProposal(api.url, config, db.url, c, proposalTitle);
    const oppositionTitle = `Sécurité aux abords de l’école (${days})`;
    const [a, b, d] = c.others;
    const chair = await pageOf(c.chair, javaScript);

    // Scheduled by the chair: the server puts the qualified proposal on it.
    const heldId = await schedule(chair, days, 'Salle des fêtes, 2 rue des Écoles');
    expect(await chair.locator('.agenda h3').allInnerTexts()).toEqual([proposalTitle]);

    // The opposition councillor adds an item on the preparation page.
    const opposition = await pageOf(c.opposition, javaScript, VIEWPORTS.narrow.width);
    await opposition.goto(url(`/mon-conseil/seances/${heldId}`));
    expect(await text(opposition, '#opposition + p')).toContain('0 utilisé');
    await opposition.fill('#title', oppositionTitle);
    await submit(opposition, 'Inscrire le point');
    expect(await text(opposition, '#opposition + p')).toContain('1 utilisé');

    await convene(chair, heldId);
    const held = await meeting(heldId);
    expect(held.agenda.map((i) => [i.kind, i.title])).toEqual([
      ['QUALIFIED_PROPOSAL', proposalTitle],
      ['OPPOSITION', oppositionTitle],
    ]);

    // The day has come: the chair opens the meeting from its live page.
    meetingDayOf(held);
    await chair.goto(url(`/seances/${heldId}`));
    await follow(chair, 'Suivre la séance en direct');
    await submit(chair, 'Ouvrir la séance');
    expect(await notice(chair)).toContain('La séance est ouverte.');

    const projector = await pageOf(null, javaScript);
    await projector.goto(url(`/seances/${heldId}/projection`));
    if (javaScript)
      await projector.waitForSelector('.projection[data-live="on"]', { state: 'attached' });
    // Five members on their phones; `a` holds the proxy of `d`.
    const secretary = await pageOf(c.secretary, javaScript, VIEWPORTS.narrow.width);
    const phones = [opposition, secretary];
    for (const who of [c.coChair, a, b])
      phones.push(await pageOf(who, javaScript, VIEWPORTS.narrow.width));
    await Promise.all([chair, ...phones].map((p) => live(p, heldId, javaScript)));
    const [, , coChair, holder, other] = phones;

    // Attendance with one proxy: the quorum is shown.
    await markAttendance(chair, [c.chair, c.coChair, c.secretary, c.opposition, a, b], [[d, a]]);
    expect(await text(chair, '#quorum')).toContain(
      '6 présents et 1 représenté sur 7 membres en fonction\u202f; quorum de 4\u00a0: atteint.',
    );

    // A public ballot on the proposal: the phones and the projector see it open.
    await openBallot(chair, proposalTitle, false);
    await sees(projector, '#direct', 'Vote en cours', javaScript);
    expect(await text(projector)).toContain('Atteint\u00a0: 7 sur 4 requis');
    await Promise.all(phones.map((p) => sees(p, 'main', 'Mon vote', javaScript)));
    // The members vote at once, each from their phone; the holder for themself, then for `d`.
    await Promise.all([
      vote(coChair, 'Pour'),
      vote(secretary, 'Pour'),
      vote(opposition, 'Contre'),
      vote(holder, 'Abstention').then(() => vote(holder, 'Pour', d)),
      vote(other, 'Pour'),
    ]);
    await sees(chair, 'section[aria-labelledby="presider"]', '6 votes exprimés', javaScript);
    if (javaScript)
      await Promise.all([shot(chair, 'seance-direct'), shot(phones[0], 'seance-direct-vote')]);
    await vote(chair, 'Pour');
    await submit(chair, 'Clore le scrutin');
    await sees(projector, '#direct', 'Proposition adoptée', javaScript);
    expect(await projector.locator('#direct td').allInnerTexts()).toEqual(['5', '1', '1']);
    expect(await axeViolations(projector)).toEqual([]);
    if (javaScript) await shot(projector, 'seance-projection');

    // A secret ballot on the opposition's item: counts only.
    await openBallot(chair, oppositionTitle, true);
    await Promise.all(
      phones.map((p) => sees(p, 'section[aria-labelledby="voter"]', 'Scrutin secret', javaScript)),
    );
    await Promise.all([
      vote(opposition, 'Pour'),
      vote(holder, 'Pour').then(() => vote(holder, 'Pour', d)),
      vote(other, 'Pour'),
      vote(coChair, 'Contre'),
      vote(secretary, 'Contre'),
    ]);
    await sees(chair, 'section[aria-labelledby="presider"]', '6 votes exprimés', javaScript);
    expect(await text(chair, 'section[aria-labelledby="presider"]')).not.toContain(
      c.secretary.displayName,
    );
    await submit(chair, 'Clore le scrutin');
    await sees(projector, '#direct', 'Délibération adoptée', javaScript);
    expect(await projector.locator('#direct').innerText()).toContain(oppositionTitle);
    expect(await projector.locator('#direct td').allInnerTexts()).toEqual(['4', '2', '0']);
    await submit(chair, 'Clore la séance');
    expect(await notice(chair)).toBe('La séance est close.');
    await projector.reload();
    expect(await text(projector, 'h1')).toContain('Terminée');

    // The secretary drafts the minutes and submits them.
    await secretary.goto(url(`/seances/${heldId}`));
    await follow(secretary, /Suivre le procès-verbal/);
    await submit(secretary, 'Préparer le brouillon');
    await secretary.fill('#summary', `Le conseil a adopté **${proposalTitle}**.`);
    await submit(secretary, 'Enregistrer et prévisualiser');
    // The preview comes with the page the save leads to: wait for it, not for the first navigation.
    await secretary.locator('section#apercu strong', { hasText: proposalTitle }).waitFor();
    expect(
      await secretary.locator('section#apercu strong', { hasText: proposalTitle }).count(),
    ).toBe(1);
    await submit(secretary, 'Soumettre le procès-verbal au conseil');
    expect(await text(secretary)).toContain('Le procès-verbal est soumis');

    // Put on a later meeting by the chair, then adopted there by a ballot of the live page.
    const laterId = await schedule(chair, 12, 'Maison des associations');
    await chair.goto(url(`/seances/${heldId}/proces-verbal`));
    await chair.selectOption('#meetingId', laterId);
    await submit(chair, 'Inscrire à l’ordre du jour');
    expect(await notice(chair)).toContain('inscrit à l’ordre du jour');
    await convene(chair, laterId);
    const later = await meeting(laterId);
    expect(later.agenda.map((i) => i.kind)).toEqual(['MINUTES']);
    meetingDayOf(later);
    await live(chair, laterId, javaScript);
    await submit(chair, 'Ouvrir la séance');
    await Promise.all(phones.map((p) => live(p, laterId, javaScript)));
    await markAttendance(chair, [c.chair, c.coChair, c.secretary, c.opposition, a, b], []);
    await projector.goto(url(`/seances/${laterId}/projection`));
    if (javaScript)
      await projector.waitForSelector('.projection[data-live="on"]', { state: 'attached' });
    await openBallot(chair, later.agenda[0].title, false);
    await Promise.all(phones.map((p) => sees(p, 'main', 'Mon vote', javaScript)));
    await Promise.all(phones.map((phone) => vote(phone, 'Pour')));
    await sees(chair, 'section[aria-labelledby="presider"]', '5 votes exprimés', javaScript);
    await submit(chair, 'Clore le scrutin');
    await sees(projector, '#direct', 'Procès-verbal adopté', javaScript);
    await submit(chair, 'Clore la séance');
    expect((await meeting(heldId)).minutes.map((m) => m.status)).toEqual(['ADOPTED']);

    // Published by the agent, the hash on the agent's page and on the public meeting page.
    const town = await pageOf(agent, javaScript);
    await town.goto(url('/mairie/proces-verbaux'));
    const row = town.locator('li.owed-minutes', { hasText: c.name });
    await Promise.all([
      town.waitForNavigation(),
      row.getByRole('button', { name: /^Publier/ }).click(),
    ]);
    const [published] = (await meeting(heldId)).minutes;
    expect(published.status).toBe('PUBLISHED');
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(town, 'div.notice[role="status"] code.hash')).toBe(published.contentHash);
    await projector.goto(url(`/seances/${heldId}`));
    expect(await text(projector, `section#pv-${published.id} code.hash`)).toBe(
      published.contentHash,
    );

    // The adopted proposal answered by the agent.
    await town.goto(url('/mairie/reponses'));
    await follow(town, `Répondre à «\u202f${proposalTitle}\u202f»`);
    await town.check('#answer-ACCEPTED');
    await town.fill('#justification', 'Les travaux commencent au printemps.');
    await submit(town, 'Publier la réponse officielle');
    expect(await notice(town)).toContain('La réponse officielle est publiée');
    await projector.goto(url(`/propositions/${proposalId}`));
    expect(await text(projector)).toContain('Les travaux commencent au printemps.');
  }

  it('plays a whole meeting with JavaScript, the results live on the projector', async () => {
    await wholeMeeting(true, 10, 'Des bancs sur la place du marché');
  });

  it('plays the same core steps without JavaScript, a reload showing what changed', async () => {
    await wholeMeeting(false, 30, 'Un jardin partagé rue Haute');
  });
});
