import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { WEB_BODY_LIMIT } from '../../../apps/api/src/http/web-site';
import { ensureChromium, freePort } from '../../../scripts/ensure-services';

const ROOT = join(__dirname, '..', '..', '..');

export interface RunningSite {
  url: string;
  /** What the site's server printed so far (its errors), for a failing test's message. */
  output(): string;
  close(): Promise<void>;
}

/** A free loopback port and the site's address on it (PUBLIC_URL, so e-mail links land here). */
export async function siteAddress(): Promise<{ port: number; url: string }> {
  const port = await freePort();
  return { port, url: `http://127.0.0.1:${port}` };
}

/**
 * The built site (dist/web, built by the global setup when its sources changed) run by
 * adapter-node's own server, calling the API under test. Production mounts the same handler in the API's server
 * (apps/api/src/http/web-site.ts); Jest's module sandbox cannot import() an ES module, hence a
 * child process here.
 */
export async function startSite(
  address: { port: number; url: string },
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<RunningSite> {
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist', 'web', 'index.js')], {
    env: {
      PATH: process.env.PATH,
      PORT: String(address.port),
      HOST: '127.0.0.1',
      ORIGIN: address.url,
      PUBLIC_URL: address.url,
      API_URL: apiUrl,
      TOWN_NAME: 'Ville de Testville',
      // As the API mounting the site sets it (loadWebSite).
      BODY_SIZE_LIMIT: WEB_BODY_LIMIT,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  let closing = false;
  // A site that dies mid-file fails every later test with ECONNREFUSED: say why, once.
  child.once('exit', (code, signal) => {
    if (!closing)
      process.stderr.write(
        `\nThe site under test exited (code ${code}, signal ${signal}). Its output:\n${output.join('')}\n`,
      );
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The site exited:\n${output.join('')}`);
    try {
      if ((await fetch(`${address.url}/theme.css`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`The site did not start:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: address.url,
    output: () => output.join(''),
    close: async () => {
      closing = true;
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One Chromium for the file (Debian's, installed when missing); a context per test. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
}

export const VIEWPORTS = {
  narrow: { width: 360, height: 800 },
  wide: { width: 1280, height: 900 },
};

export async function newPage(
  browser: Browser,
  options: { javaScript?: boolean; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'fr-FR',
  });
  return { context, page: await context.newPage() };
}

/**
 * axe's WCAG 2.1 A and AA rules: what it finds, as short lines a failing test prints.
 *
 * In AxeBuilder's legacy mode: `axe.run` in the page itself. Its default mode runs axe in each
 * frame, then opens a blank page in the context to merge the frames' results there: a page more
 * per check, about a quarter of a check's CPU (and a run checks pages hundreds of times). The
 * results are the same for a page without frames, which every page of the site is; one with a
 * frame fails here, so that its frame could not go unchecked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().length;
  if (frames !== 1)
    throw new Error(`${page.url()} has ${frames - 1} frame(s): check them (AxeBuilder's default)`);
  const result = await new AxeBuilder({ page })
    // Every rule still runs on every element; the passing and inapplicable ones (not read here)
    // come back with one element each instead of all: a tenth of the results to send back.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return result.violations.map(
    (v) =>
      `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Typography: no plain space before ; : ! ? (French wants a no-break one) in the page's text. */
export async function typographyFaults(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/.{0,20} [;:!?](?=\s|$).{0,10}/gm) ?? [];
}

/**
 * Waits until the focused element matches `selector`. Not `page.waitForFunction`: when its first
 * check fails it polls with `eval` inside the page, which the site's CSP (no 'unsafe-eval')
 * refuses. `page.evaluate` goes through the DevTools protocol, which the CSP does not govern.
 */
export async function waitForFocus(page: Page, selector: string, timeoutMs = 5000): Promise<void> {
  const check = `document.activeElement?.matches(${JSON.stringify(selector)}) === true`;
  for (const started = Date.now(); ;) {
    if (await page.evaluate(check)) return;
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `The focus did not reach ${selector} within ${timeoutMs} ms (on ${await page.evaluate(
          'document.activeElement?.outerHTML.slice(0, 120)',
        )})`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until SvelteKit has hydrated the page: its router starts right after hydration and sets
 * `history.scrollRestoration` to 'manual' (a fresh context has no scroll position to restore, the
 * only other place that sets it). Polled through `page.evaluate`, as `waitForFocus` is.
 */
export async function waitForHydration(page: Page, timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); ;) {
    if (await page.evaluate("history.scrollRestoration === 'manual'")) return;
    if (Date.now() - started > timeoutMs)
      throw new Error(`${page.url()} was not hydrated within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
