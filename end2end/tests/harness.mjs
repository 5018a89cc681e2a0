// Starts the release server on a free port with a fresh SQLite database
// loaded with the demo association, and Debian's Chromium at phone size.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
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
  page.on('pageerror', (e) => page.errors.push(e.message));
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
export function serverAndBrowser() {
  const app = {};
  before(async () => {
    app.server = await startServer();
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
