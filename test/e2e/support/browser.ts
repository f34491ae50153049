/**
 * Debian's Chromium through playwright-core: a new empty context per launch (a persistent profile
 * where a test closes and reopens the browser). `watch(page)`
 * records what a test must never see: console errors, page errors, failed or off-site
 * requests and CSP violations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The day every browser test lives on: 1 June 2026, 09:00 in Japan. No test reads the real clock
 * (test/unit/test-clock.test.ts holds that): each context's clock is installed at this time and then
 * runs on, so timers work and dates are the same on any day the suite is run.
 */
export const TEST_NOW = new Date('2026-06-01T00:00:00Z');

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** How long any wait for a state may take before the test fails (ms) */
export const LOADED_MACHINE_WAIT = 120_000;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface Browser {
  context: BrowserContext;
  /** The profile directory of a persistent browser ('' for a context of the shared browser). */
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A browser whose storage is kept on disk and survives closing it (then `close({ keepProfile:
   * true })` and launch again with `profileDir`). Without it, `launch` gives a new, empty context of
   * one Chromium shared by the test file: the same empty storage as a new profile, without
   * starting a browser process for each test (about 4 s each on the 2-core machine).
   */
  persistent?: boolean;
  profileDir?: string;
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  deviceScaleFactor?: number;
  timezoneId?: string;
}

/** The Chromium this test file's contexts share: started on first use, closed after the file (test/e2e/support/setup.ts). */
let shared: Promise<PlaywrightBrowser> | undefined;
export async function closeSharedBrowser(): Promise<void> {
  const b = shared;
  shared = undefined;
  if (b) await (await b).close();
}

/** A new browser context: empty storage, the test clock installed, every wait two minutes at most. */
export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const settings = {
    locale: 'ja-JP',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    acceptDownloads: true,
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    ...(opts.reducedMotion ? { reducedMotion: opts.reducedMotion } : {}),
    ...(opts.forcedColors ? { forcedColors: opts.forcedColors } : {}),
    // Browser zoom: 200 % on a 1280-px window is a 640-px CSS viewport at 2 device pixels per px.
    ...(opts.deviceScaleFactor ? { deviceScaleFactor: opts.deviceScaleFactor } : {}),
  };
  const persistent = opts.persistent === true || opts.profileDir !== undefined;
  const profileDir = persistent ? (opts.profileDir ?? mkdtempSync(join(tmpdir(), 'navi-profile-'))) : '';
  let context: BrowserContext;
  if (persistent) {
    context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: ARGS, ...settings });
  } else {
    shared ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await (await shared).newContext(settings);
  }
  await context.clock.install({ time: TEST_NOW });
  // Tests wait for states, never for fixed times: a loaded machine may take long to reach a state,
  // so every wait (and vitest's expect.poll, vitest.config.ts) gives it two minutes before failing.
  context.setDefaultTimeout(LOADED_MACHINE_WAIT);
  return {
    context,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (persistent && !keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface Watch {
  errors: string[];
  offsite: string[];
  failed: string[];
}

/** Records console errors, page errors, CSP violations, failed and off-origin requests. */
export function watch(page: Page, origin: string): Watch {
  const w: Watch = { errors: [], offsite: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) w.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`${page.url()}: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:')) w.offsite.push(u);
  });
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (!/ERR_ABORTED/.test(why)) w.failed.push(`${r.url()} (${why})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') w.failed.push(`${r.url()} (${r.status()})`);
  });
  return w;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/** Runs axe-core with the WCAG 2.2 A/AA rules and returns the violations, summarised. */
export async function axe(page: Page, opts: { include?: string } = {}): Promise<AxeViolation[]> {
  // CSP blocks addScriptTag; evaluating the source in the page's context is allowed.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (include) => {
    // @ts-expect-error axe is the global the script above defined
    const r = await window.axe.run(include ? { include: [include] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  }, opts.include ?? null);
  return result as AxeViolation[];
}

/** A readable report of axe violations for assertion messages. */
export const formatAxe = (url: string, v: AxeViolation[]) => v.map((x) => `${url}: [${x.id}] ${x.help} ${x.nodes.join(' ')}`).join('\n');
