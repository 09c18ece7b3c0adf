import { AppConfig } from '@quorum/core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { newAgent, TestAccount } from '../support/factories';
import {
  ADD_ITEM,
  byId,
  CLOSE_BALLOT,
  CouncilWithMembers,
  meetingDayOf,
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
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
  waitForFocus,
} from './support/site';

/**
 * Meeting day in the browser (issue 17): the chair opens the meeting, records attendance, runs a
 * public and a secret ballot; members vote from their phones (one for a proxy too) with a confirm
 * step; the projector page follows live without a reload. The same without JavaScript (reloads),
 * and by keyboard only. Seeded through the API: a council of seven, a meeting convened.
 */
describe('The meeting day pages: /seances/:id/direct and /seances/:id/projection', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let browser: Browser;
  let c: CouncilWithMembers;
  const contexts: BrowserContext[] = [];
  /** Every address the test's pages asked for or showed: a vote's choice must be in none. */
  const visited: string[] = [];
  const expectNoChoiceInAddresses = () => {
    expect(visited.length).toBeGreaterThan(0);
    expect(
      visited.filter((u) => /choix|[?&=](FOR|AGAINST|ABSTAIN)\b|pour=/.test(decodeURIComponent(u))),
    ).toEqual([]);
  };

  const url = (path: string) => `${site.url}${path}`;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(api.url, query, variables, who);

  /** A convened meeting with two town-hall items, its day come (the clock moves per test). */
  async function convened(days: number): Promise<MeetingView> {
    const scheduled = await newMeeting(api.url, c, { days });
    for (const title of ['Rénovation du square Jean-Moulin', 'Nom de la nouvelle passerelle'])
      await call(
        ADD_ITEM,
        { input: { meetingId: scheduled.id, kind: 'TOWN_HALL', title } },
        c.chair,
      );
    const { convokeMeeting } = await call<{ convokeMeeting: MeetingView }>(
      byId('convokeMeeting'),
      { id: scheduled.id },
      c.chair,
    );
    meetingDayOf(scheduled);
    return convokeMeeting;
  }

  /**
   * A page signed in as `who` (the session cookie the site sets at sign-in), or anonymous.
   * "Without JavaScript" is the server's HTML with the site's own scripts refused (what a browser
   * without JavaScript gets), so that axe can still run in the page.
   */
  async function pageOf(
    who: TestAccount | null,
    options: { javaScript?: boolean; width?: number } = {},
  ): Promise<Page> {
    const { context, page } = await newPage(browser, { width: options.width });
    contexts.push(context);
    // A step that does not happen fails within the test's time, naming the step.
    context.setDefaultTimeout(8_000);
    if (options.javaScript === false)
      await context.route(/\/_app\/.*\.js(\?.*)?$/, (route) => route.abort());
    if (who) await context.addCookies([{ name: 'quorum-access', value: who.token, url: site.url }]);
    page.on('request', (request) => visited.push(request.url()));
    page.on('framenavigated', (frame) => visited.push(frame.url()));
    return page;
  }

  const button = (page: Page, name: string | RegExp) =>
    page.getByRole('button', { name, exact: typeof name === 'string' });
  const submit = async (page: Page, name: string | RegExp) => {
    await Promise.all([page.waitForNavigation(), button(page, name).click()]);
  };
  const notice = (page: Page) => page.locator('main p.notice[role="status"]').first().innerText();
  const text = (page: Page, selector = 'main') => page.locator(selector).innerText();
  /** Waits (without a reload) until the element shows the text. */
  const waitForText = (page: Page, selector: string, shown: string) =>
    page.locator(selector, { hasText: shown }).first().waitFor({ state: 'attached' });

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
  }

  /** Picks a choice: the confirm step is the posted choice's answer (without JavaScript too). */
  async function pick(page: Page, choice: 'Pour' | 'Contre' | 'Abstention', forWhom?: TestAccount) {
    const name = forWhom ? `${choice} (au nom de ${forWhom.displayName})` : choice;
    await submit(page, name);
    const confirm = page.getByRole('group', { name: /^Confirmez/ });
    expect(await confirm.innerText()).toContain('Un vote est définitif');
    // Focused on arrival, with JavaScript or without (autofocus).
    await waitForFocus(page, '.confirm');
  }
  /** Picks a choice then confirms it. */
  async function vote(page: Page, choice: 'Pour' | 'Contre' | 'Abstention', forWhom?: TestAccount) {
    await pick(page, choice, forWhom);
    await submit(page, /^Confirmer/);
  }

  /** Zero axe WCAG 2.1 A/AA violations, one h1, French spacing, no horizontal scroll, both widths. */
  async function checkPage(page: Page) {
    for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
      await page.setViewportSize(viewport);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await typographyFaults(page)).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
        true,
      );
    }
  }

  const votesCast = async (meetingId: string) => {
    const { meeting } = await call<{
      meeting: { agenda: { ballot: { status: string; votesCast: number } | null }[] };
    }>(`query($id: ID!) { meeting(id: $id) { agenda { ballot { status votesCast } } } }`, {
      id: meetingId,
    });
    return meeting.agenda.map((i) => i.ballot?.votesCast ?? null);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const address = await siteAddress();
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_URL: address.url, TRUST_PROXY: '1' });
    api = await startApi(config);
    [site, browser] = await Promise.all([startSite(address, api.url), launchBrowser()]);
    const agent = await newAgent(config, db.url);
    c = await newCouncilWithMembers(api.url, config, db.url, agent);
  });

  jest.setTimeout(120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    visited.splice(0);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    await db?.drop();
  });

  it('plays a meeting live: attendance, quorum, a public and a secret ballot, results on the projector without reload', async () => {
    const meeting = await convened(10);
    const [a, b, d] = c.others;
    // Five members on their phones; `a` holds the proxy of `d`.
    const voters = [c.coChair, c.secretary, c.opposition, a, b];
    const chair = await pageOf(c.chair);
    // From the meeting's public page, on to its live page.
    await chair.goto(url(`/seances/${meeting.id}`));
    // (A navigation in the page, with JavaScript: wait for the new page's heading.)
    await chair.getByRole('link', { name: 'Suivre la séance en direct' }).click();
    await waitForText(chair, 'h1', 'Séance en direct');
    expect(await text(chair)).toContain('La séance n’est pas encore ouverte.');
    await submit(chair, 'Ouvrir la séance');
    expect(await notice(chair)).toContain('La séance est ouverte.');

    const projector = await pageOf(null);
    await projector.goto(url(`/seances/${meeting.id}/projection`));
    await projector.waitForSelector('.projection[data-live="on"]', { state: 'attached' });
    expect(await text(projector, '#direct')).toContain('Aucun vote pour l’instant.');
    const phones: Page[] = [];
    for (const who of voters) {
      const phone = await pageOf(who, { width: VIEWPORTS.narrow.width });
      await phone.goto(url(`/seances/${meeting.id}/direct`));
      phones.push(phone);
    }
    await Promise.all(
      phones.map((p) => p.waitForSelector('.live[data-live="on"]', { state: 'attached' })),
    );

    // Attendance: the quorum follows the form as the chair fills it in, then is recorded.
    await chair.waitForSelector('.live[data-live="on"]', { state: 'attached' });
    await markAttendance(chair, [c.chair, ...voters], [[d, a]]);
    await waitForText(chair, '#quorum', '6 présents et 1 représenté');
    expect(await text(chair, '#quorum')).toContain('quorum de 4\u00a0: atteint');
    await checkPage(chair);
    await submit(chair, 'Enregistrer les présences');
    expect(await notice(chair)).toBe('Les présences sont enregistrées.');
    expect(await text(chair, '#quorum')).toContain(
      '6 présents et 1 représenté sur 7 membres en fonction\u202f; quorum de 4\u00a0: atteint.',
    );

    // A public ballot: the members' pages and the projector see it open, live.
    await submit(chair, 'Ouvrir le scrutin');
    expect(await notice(chair)).toContain('Le scrutin est ouvert');
    await waitForText(projector, '#direct', 'Vote en cours');
    expect(await text(projector)).toContain('Atteint\u00a0: 7 sur 4 requis');
    // From now on a vote moves the count from the live event alone: no re-read of the page.
    const projectorReads: string[] = [];
    projector.on('request', (r) => {
      if (r.url().includes('__data.json')) projectorReads.push(r.url());
    });
    await Promise.all(phones.map((p) => p.getByText('Mon vote').waitFor()));
    const [coChair, secretary, opposition, holder, other] = phones;
    await vote(coChair, 'Pour');
    expect(await notice(coChair)).toBe('Votre vote est enregistré\u00a0: pour. Il est définitif.');
    await vote(secretary, 'Contre');
    await vote(opposition, 'Contre');
    await vote(holder, 'Abstention');
    expect(await text(holder)).toContain('Votre vote est enregistré.');
    await vote(holder, 'Pour', d);
    expect(await notice(holder)).toBe(
      `Vote enregistré pour ${d.displayName} (par pouvoir)\u00a0: pour. Il est définitif.`,
    );
    // The choice is said once: a reload no longer shows it.
    await holder.reload();
    expect(await text(holder)).not.toContain('\u00a0: pour.');

    // Sent twice (the confirm page open twice, a reconnect): counted once, and the page says so.
    await pick(other, 'Pour');
    const again = await pageOf(b, { width: VIEWPORTS.narrow.width });
    await again.goto(url(`/seances/${meeting.id}/direct`));
    await again.getByText('Mon vote').waitFor();
    await pick(again, 'Pour');
    await checkPage(again);
    await submit(other, /^Confirmer/);
    await submit(again, /^Confirmer/);
    expect(await notice(again)).toBe(
      'Ce vote était déjà enregistré\u00a0: il ne compte qu’une fois et ne peut pas être modifié.',
    );
    expect((await votesCast(meeting.id))[0]).toBe(6);

    // The chair sees how many voted (live), then closes: the projector shows the result.
    const presiding = chair.locator('section[aria-labelledby="presider"]');
    await waitForText(chair, 'section[aria-labelledby="presider"]', '6 votes exprimés');
    await vote(chair, 'Pour');
    await waitForText(chair, 'section[aria-labelledby="presider"]', '7 votes exprimés');
    await waitForText(projector, '#direct', '7 votes sur 7');
    expect(projectorReads).toEqual([]);
    // The count is shown, but outside the live regions: a screen reader is not told each vote.
    expect(await text(projector, '#direct [aria-live]')).not.toMatch(/\d+ votes? sur/);
    expect(await text(chair, '.live')).toContain('7 votes sur 7');
    expect(await text(chair, '.live [aria-live]')).not.toMatch(/\d+ votes? sur/);
    expect(await presiding.innerText()).toContain('sur 7 membres présents ou représentés');
    await submit(chair, 'Clore le scrutin');
    await waitForText(projector, '#direct', 'Délibération adoptée');
    expect(await projector.locator('#direct td').allInnerTexts()).toEqual(['4', '2', '1']);
    const roll = chair.locator('table', {
      has: chair.locator('caption', { hasText: 'Vote nominal' }),
    });
    expect(await roll.innerText()).toContain(
      `${d.displayName} (par pouvoir, donné à ${a.displayName})`,
    );
    await checkPage(projector);

    // A secret ballot: counts only, never who voted what.
    await chair.check('input[name="secret"][value="oui"]');
    await submit(chair, 'Ouvrir le scrutin');
    await Promise.all(
      phones.map((p) => waitForText(p, 'section[aria-labelledby="voter"]', 'Scrutin secret')),
    );
    for (const [phone, choice] of [
      [coChair, 'Contre'],
      [secretary, 'Contre'],
      [holder, 'Pour'],
    ] as const)
      await vote(phone, choice);
    await vote(holder, 'Contre', d);
    await waitForText(chair, 'section[aria-labelledby="presider"]', '4 votes exprimés');
    for (const name of [c.coChair, c.secretary].map((m) => m.displayName))
      expect(await presiding.innerText()).not.toContain(name);
    await submit(chair, 'Clore le scrutin');
    await waitForText(projector, '#direct', 'Délibération rejetée');
    expect(await projector.locator('#direct td').allInnerTexts()).toEqual(['1', '3', '0']);
    const main = await text(chair);
    expect(main).toContain('Scrutin secret\u00a0: le vote de chaque membre n’est pas publié.');
    expect(await chair.locator('caption', { hasText: 'Vote nominal' }).count()).toBe(1);
    await submit(chair, 'Clore la séance');
    expect(await notice(chair)).toBe('La séance est close.');
    // Closing the meeting is not a ballot change: the projector shows it at its next reload.
    await projector.reload();
    expect(await text(projector, 'h1')).toContain('Terminée');
    expectNoChoiceInAddresses();
  });

  it('plays the same core steps without JavaScript, a reload showing what changed', async () => {
    const meeting = await convened(12);
    const [a, b] = c.others;
    const chair = await pageOf(c.chair, { javaScript: false });
    const direct = url(`/seances/${meeting.id}/direct`);
    await chair.goto(direct);
    await submit(chair, 'Ouvrir la séance');
    await markAttendance(chair, [c.chair, c.coChair, a], [[b, a]]);
    // A proxy given to someone absent: refused next to the field, what was typed kept.
    await chair.selectOption(`#proxy-${c.secretary.id}`, c.opposition.id);
    await chair.check(`input[name="status-${c.secretary.id}"][value="REPRESENTED"]`);
    await submit(chair, 'Enregistrer les présences');
    expect(await chair.locator('.error-summary').innerText()).toContain(
      'Un pouvoir ne peut être confié qu’à un membre présent.',
    );
    expect(await chair.locator(`#proxy-${c.secretary.id}`).getAttribute('aria-describedby')).toBe(
      `proxy-${c.secretary.id}-error`,
    );
    expect(await chair.isChecked(`input[name="status-${b.id}"][value="REPRESENTED"]`)).toBe(true);
    await checkPage(chair);
    await chair.check(`input[name="status-${c.secretary.id}"][value="ABSENT"]`);
    await submit(chair, 'Enregistrer les présences');
    expect(await text(chair, '#quorum')).toContain('3 présents et 1 représenté');
    expect(await text(chair, '#quorum')).toContain('quorum de 4\u00a0: atteint.');

    const projector = await pageOf(null, { javaScript: false });
    await projector.goto(url(`/seances/${meeting.id}/projection`));
    // Item 2 was voted meanwhile (another chair's screen): the refused form keeps the choices
    // sent, so a second click does not open a public ballot on item 1.
    const [first, second] = meeting.agenda.map((i) => i.id);
    const { openBallot } = await call<{ openBallot: { id: string } }>(
      OPEN_BALLOT,
      { input: { agendaItemId: second, secret: false } },
      c.chair,
    );
    await call(CLOSE_BALLOT, { id: openBallot.id }, c.chair);
    await chair.check(`input[name="agendaItemId"][value="${second}"]`);
    await chair.check('input[name="secret"][value="oui"]');
    await submit(chair, 'Ouvrir le scrutin');
    expect(await chair.locator('.error-summary').count()).toBe(1);
    expect(await chair.isChecked('input[name="secret"][value="oui"]')).toBe(true);
    expect(await chair.isChecked(`input[name="agendaItemId"][value="${first}"]`)).toBe(false);
    await chair.check(`input[name="agendaItemId"][value="${first}"]`);
    await chair.check('input[name="secret"][value="non"]');
    await submit(chair, 'Ouvrir le scrutin');
    expect(await notice(chair)).toContain('Le scrutin est ouvert');

    // A member not recorded present is told whom to see, not left with an empty page.
    const absent = await pageOf(c.opposition, { javaScript: false });
    await absent.goto(direct);
    expect(await text(absent)).toContain(
      'Vous n’êtes pas enregistré·e présent·e\u00a0: adressez-vous au ou à la secrétaire de séance.',
    );

    const holder = await pageOf(a, { javaScript: false, width: VIEWPORTS.narrow.width });
    await holder.goto(direct);
    await vote(holder, 'Pour');
    // The same confirmation posted again (a second screen of the same holder): counted once.
    const resend = await pageOf(a, { javaScript: false, width: VIEWPORTS.narrow.width });
    await resend.goto(direct);
    await pick(resend, 'Contre', b);
    await vote(holder, 'Contre', b);
    expect(await notice(holder)).toBe(
      `Vote enregistré pour ${b.displayName} (par pouvoir)\u00a0: contre. Il est définitif.`,
    );
    await submit(resend, /^Confirmer/);
    expect(await notice(resend)).toContain('Ce vote était déjà enregistré');
    await holder.goto(direct);
    expect(await text(holder)).toContain(`Vote enregistré pour ${b.displayName} (par pouvoir).`);
    await checkPage(holder);
    const coChair = await pageOf(c.coChair, { javaScript: false });
    await coChair.goto(direct);
    await vote(coChair, 'Pour');

    await projector.reload();
    expect(await text(projector, '#direct')).toContain('3 votes sur 4');
    await chair.reload();
    expect(await text(chair, 'section[aria-labelledby="presider"]')).toContain('3 votes exprimés');
    await submit(chair, 'Clore le scrutin');
    // One wording for the outcome on every page.
    expect(await text(chair, 'section[aria-labelledby="odj"]')).toContain('Délibération adoptée');
    expect(await text(chair, '.live')).toContain('délibération adoptée (pour 2, contre 1');
    await projector.reload();
    expect(await text(projector, '#direct')).toContain('Délibération adoptée');
    expect(await projector.locator('#direct td').allInnerTexts()).toEqual(['2', '1', '0']);
    await checkPage(projector);
    expect((await votesCast(meeting.id))[0]).toBe(3);
    expectNoChoiceInAddresses();
  });

  it('answers 404 for a live feed whose meeting id is not a UUID', async () => {
    const response = await fetch(url('/seances/pas-une-seance/flux'));
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });

  it('records attendance and casts a vote with the keyboard only', async () => {
    const meeting = await convened(14);
    await call(byId('openMeeting'), { id: meeting.id }, c.chair);
    const chair = await pageOf(c.chair);
    const direct = url(`/seances/${meeting.id}/direct`);
    await chair.goto(direct);
    await chair.waitForSelector('.live[data-live="on"]', { state: 'attached' });

    /** Presses Tab until the focused element matches the selector. */
    const tabTo = async (page: Page, selector: string) => {
      const check = `!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`;
      for (let i = 0; i < 120; i++) {
        if (await page.evaluate(check)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const present = [c.chair, c.coChair, c.secretary, c.opposition];
    for (const p of present) {
      // Into the member's radio group (on the checked one, absent), then left twice: present.
      await tabTo(chair, `input[name="status-${p.id}"]`);
      await chair.keyboard.press('ArrowLeft');
      await chair.keyboard.press('ArrowLeft');
      expect(await chair.isChecked(`input[name="status-${p.id}"][value="PRESENT"]`)).toBe(true);
    }
    await tabTo(chair, 'form[action="?/attendance"] button');
    await Promise.all([chair.waitForNavigation(), chair.keyboard.press('Enter')]);
    expect(await notice(chair)).toBe('Les présences sont enregistrées.');
    expect(await text(chair, '#quorum')).toContain('4 présents et 0 représenté');

    await call(OPEN_BALLOT, { input: { agendaItemId: meeting.agenda[0].id } }, c.chair);
    const member = await pageOf(c.opposition, { width: VIEWPORTS.narrow.width });
    await member.goto(direct);
    await tabTo(member, 'fieldset.choices button[value="AGAINST"]');
    await Promise.all([member.waitForNavigation(), member.keyboard.press('Enter')]);
    // The confirm step takes focus; the next Tab is its button.
    await waitForFocus(member, '.confirm');
    await member.keyboard.press('Tab');
    await Promise.all([member.waitForNavigation(), member.keyboard.press('Enter')]);
    expect(await notice(member)).toBe('Votre vote est enregistré\u00a0: contre. Il est définitif.');
    expect((await votesCast(meeting.id))[0]).toBe(1);
    // Keep the attendance the API recorded in the check: four present, no proxy.
    const { meeting: recorded } = await call<{ meeting: MeetingView }>(
      `query($id: ID!) { meeting(id: $id) { attendance { accountId status } } }`,
      { id: meeting.id },
    );
    expect(recorded.attendance.filter((e) => e.status === 'PRESENT')).toHaveLength(4);
    expectNoChoiceInAddresses();
  });
});
