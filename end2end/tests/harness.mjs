// Starts the release server on a free port with a fresh SQLite database
// loaded with the demo association, and Debian's Chromium at phone size.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'end2end', 'artifacts');
export const siteRoot = join(root, 'target', 'site');
mkdirSync(artifacts, { recursive: true });

const serverBin = process.env.POT_COMMUN_BIN || join(root, 'target', 'release', 'server');
export const PHONE = { width: 360, height: 740 };
export const PASSWORD = 'potcommun';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/// Starts the release server on a fresh demo database. `restart(env)`
/// starts it again on the same database (a new port), with more
/// environment: the governance test plays later moments with
/// POT_COMMUN_CLOCK_OFFSET_SECS.
/// `seedArgs` go to `seed-demo` (`['--products', '5000']`: a large offer).
export async function startServer({ seedArgs = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pot-commun-e2e-'));
  const baseEnv = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(dir, 'e2e.db')}`,
    LEPTOS_SITE_ROOT: siteRoot,
    RUST_LOG: 'warn',
  };
  execFileSync(serverBin, ['seed-demo', ...seedArgs], { env: baseEnv, stdio: 'ignore' });
  const server = { base: '', proc: null };
  async function launch(extraEnv = {}) {
    const port = await freePort();
    const env = { ...baseEnv, LISTEN: `127.0.0.1:${port}`, ...extraEnv };
    server.proc = spawn(serverBin, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    server.base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`${server.base}/healthz`);
        if (res.ok) break;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function halt() {
    server.proc.kill('SIGINT');
    await new Promise((r) => server.proc.once('exit', r));
  }
  await launch();
  server.restart = async (extraEnv) => {
    await halt();
    await launch(extraEnv);
  };
  server.stop = async () => {
    await halt();
    rmSync(dir, { recursive: true, force: true });
  };
  return server;
}

/// "2026-12-03T20:00" for an <input type="datetime-local">, Paris time,
/// `secondsFromNow` after now (plus the offset the server plays at).
export function parisInput(secondsFromNow) {
  const d = new Date(Date.now() + secondsFromNow * 1000);
  return d.toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).replace(' ', 'T').slice(0, 16);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
    ],
  });
}

/// A fresh phone-sized page. Its `errors` collects uncaught errors (a failed
/// hydration shows up there), which every test checks at its end.
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', isMobile: true, hasTouch: true, ...options });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`${e.message} on ${page.url()}`));
  // The whole app runs under its Content-Security-Policy: any violation
  // (an inline script without the nonce, a resource from elsewhere) is an
  // error every test checks at its end.
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text())) page.errors.push(`CSP on ${page.url()}: ${m.text()}`);
  });
  return page;
}

/// Waits until the WebAssembly app has taken over the page.
export async function hydrated(page) {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm')));
  await page.waitForLoadState('networkidle');
}

/// Logs in through the form, as a person would.
export async function login(page, base, identifier) {
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Téléphone ou e-mail').fill(identifier);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await Promise.all([page.waitForURL(/\/catalogue/), page.getByRole('button', { name: 'Se connecter' }).click()]);
}

/// One release server and one browser for a test file: `app.server` and
/// `app.browser` once the file's tests start, stopped after the last one.
export function serverAndBrowser(options = {}) {
  const app = {};
  before(async () => {
    app.server = await startServer(options);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/// Puts `qty` of `product` in the basket from the catalogue, found by
/// `search`: typed into its stepper's box and sent with Enter, as a member
/// may (with JavaScript the page saves it behind; without, the form posts
/// and comes back). Returns once the server has it.
export async function addToBasket(page, base, search, product, qty) {
  await page.goto(`${base}/catalogue?q=${encodeURIComponent(search)}`);
  const box = stepperBox(page, product);
  await box.fill(qty);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/basket_line') && r.request().method() === 'POST'),
    box.press('Enter'),
  ]);
  await page.waitForLoadState();
}

/// A product's stepper box (its label: "Miel de lavande : quantité en bocal").
export function stepperBox(page, product) {
  const name = product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${name} : quantité en`));
}

/// Confirms the basket from its page at the pickup point named `point`.
export async function confirmBasket(page, base, point = /Centre social des Buers/) {
  await page.goto(`${base}/commande`);
  await page.getByLabel(point).check();
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
}

/// The sentences of a language without blanks, by key, read from its
/// translation file: tests find buttons by the words a person reads.
export function words(lang) {
  const text = readFileSync(join(root, 'app', 'locales', `${lang}.ftl`), 'utf8');
  const out = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z]+-[a-z0-9_]+) = (.*)$/);
    if (m && !m[2].includes('{')) out[m[1]] = m[2];
  }
  return out;
}

const AXE = readFileSync(join(root, 'end2end', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/// Runs axe-core on the page as it is (WCAG 2.1 A and AA rules) and fails
/// on any serious or critical violation, naming the first elements.
export async function accessible(page, name) {
  // Evaluated by the browser's debugger: the page's Content-Security-Policy
  // (scripts with the page's nonce only) is not weakened for the test.
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(bad, [], `${name}: accessibility`);
}

/// The page fits a phone: no sideways scroll, and no two things a person
/// reads or taps drawn over each other (what a fixed or sticky bar covers
/// while scrolling aside).
export async function fitsThePhone(page, name) {
  // On a phone, a page wider than the screen widens the layout viewport
  // itself (innerWidth grows with it) and zooms out: compare with the
  // screen the page was given, not with what it made of it.
  const width = page.viewportSize().width;
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  assert.ok(scroll <= width && inner <= width, `${name}: ${Math.max(scroll, inner)} px wide on a ${width} px screen`);
  const overlaps = await page.evaluate(() => {
    const pinned = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const p = getComputedStyle(e).position;
        if (p === 'fixed' || p === 'sticky') return true;
      }
      return false;
    };
    const seen = [...document.querySelectorAll('main :is(a, button, input:not([type=hidden]), select, textarea, summary, label, h1, h2, p, output)')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      // checkVisibility: what a closed <details> holds is laid out but not shown.
      .filter(({ e, r }) => r.width > 2 && r.height > 2 && e.checkVisibility({ visibilityProperty: true }) && !e.closest('.visually-hidden') && !pinned(e));
    const found = [];
    for (let i = 0; i < seen.length && found.length < 5; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const [a, b] = [seen[i], seen[j]];
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) found.push(`${a.e.tagName} "${a.e.textContent.trim().slice(0, 30)}" × ${b.e.tagName} "${b.e.textContent.trim().slice(0, 30)}"`);
      }
    }
    return found;
  });
  assert.deepEqual(overlaps, [], `${name}: overlapping`);
}

/// `<html lang dir>` as the language wants them.
export async function speaks(page, lang) {
  const { l, d } = await page.evaluate(() => ({ l: document.documentElement.lang, d: document.documentElement.dir }));
  assert.deepEqual([l, d], [lang, lang === 'ar' ? 'rtl' : 'ltr'], `${page.url()}: lang and dir`);
}
