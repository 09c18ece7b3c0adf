/**
 * `npm run screenshots [URL]`: the main pages at 360 and 1280 px, signed out and signed in (a demo
 * account), into docs/screenshots/. Run it against `npm start` (demo data), default
 * http://localhost:3000.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, Page } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-services';

const BASE = (process.argv[2] ?? process.env.SITE_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
);
const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const DEMO = { email: 'karim.habitant@demo.quorum.local', password: 'quorum-demo-2026' };
const DEMO_AGENT = { email: 'agent.martin@demo.quorum.local', password: 'quorum-demo-2026' };

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${BASE}/compte/connexion`);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/compte')),
    page.click('main button'),
  ]);
}

async function firstProposal(page: Page): Promise<string> {
  await page.goto(`${BASE}/propositions?statut=PUBLISHED`);
  const href = await page.locator('.cards a').first().getAttribute('href');
  return href ?? '/propositions';
}

/** The first works project of the demo data (its detour, versions, reports and answers). */
async function firstWorks(page: Page): Promise<string> {
  await page.goto(`${BASE}/travaux`);
  const href = await page.locator('main a[href^="/travaux/"]').first().getAttribute('href');
  return href ?? '/travaux';
}

/** The oldest meeting of the demo data that took place: results, roll calls, published minutes. */
async function pastMeeting(page: Page): Promise<string> {
  await page.goto(`${BASE}/seances`);
  const href = await page
    .locator('main li', { hasText: 'Terminée' })
    .last()
    .locator('a')
    .first()
    .getAttribute('href');
  return href ?? '/seances';
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox'],
  });
  try {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      const proposal = await firstProposal(page);
      const meeting = await pastMeeting(page);
      const works = await firstWorks(page);
      const shots: [string, string][] = [
        ['accueil', '/'],
        ['propositions', '/propositions'],
        ['proposition', proposal],
        ['connexion', '/compte/connexion'],
        ['conseils', '/conseils'],
        // The demo council with a draw by lot.
        ['conseil', '/conseils/les-coteaux'],
        ['seance', meeting],
        // Issue 19: the solidarity information page, works and detours, accessible places.
        ['solidarite', '/solidarite'],
        ['travaux', works],
        ['lieux', '/lieux'],
      ];
      for (const [name, path] of shots) {
        await page.goto(`${BASE}${path}`);
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      }
      await signIn(page, DEMO);
      for (const [name, path] of [
        ['proposition-connecte', proposal],
        ['nouvelle-proposition', '/propositions/nouvelle'],
        ['mon-compte', '/mon-compte'],
      ] as const) {
        await page.goto(`${BASE}${path}`);
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      }
      // The town hall's pages, as an agent.
      await context.clearCookies();
      await signIn(page, DEMO_AGENT);
      for (const [name, path] of [
        ['mairie', '/mairie'],
        ['mairie-habitants', '/mairie/habitants'],
        ['mairie-moderation', '/mairie/moderation'],
      ] as const) {
        await page.goto(`${BASE}${path}`);
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Screenshots written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
