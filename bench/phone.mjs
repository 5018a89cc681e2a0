// The figures of a member's phone, printed (a measurement, not a test; run
// on a quiet machine after `cargo leptos build --release`, through
// scripts/phone-figures.sh):
//   1. sizes: the WebAssembly and JavaScript of a first visit, and every
//      member page as sent and as parsed, with 5 000 products offered;
//   2. Lighthouse, mobile preset (simulated slow 4G, 4× CPU), the median
//      of 5 runs on /catalogue, the basket and /creneaux;
//   3. a throttled phone (Chromium, 4× CPU, 400 kbit/s, 400 ms latency):
//      from the login page to a confirmed order of three products found by
//      search, time and bytes;
//   4. static files on a kept-alive connection: requests per second.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import { startServer, launchBrowser, PHONE, PASSWORD } from '../end2end/tests/harness.mjs';
import { BUDGET, firstVisit, memberPages, memberCookie } from '../end2end/tests/phone.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.LIGHTHOUSE_RUNS || 5);
const only = new Set((process.env.ONLY || 'sizes,lighthouse,phone,static').split(','));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

const server = await startServer({ seedArgs: ['--products', '5000'] });
try {
  if (only.has('sizes')) {
    const scripts = await firstVisit(server.base);
    console.log(`## First visit: WebAssembly + JavaScript ${kb(scripts.total)} (budget ${kb(BUDGET.firstVisitScripts)})`);
    scripts.lines.forEach((l) => console.log(`  ${l}`));
    const pages = await memberPages(server.base);
    console.log(`## Member pages, 5 000 products offered (budget ${kb(BUDGET.pageServed)} sent, ${kb(BUDGET.pageParsed)} parsed)`);
    pages.lines.forEach((l) => console.log(`  ${l}`));
  }

  if (only.has('lighthouse')) {
    const lighthouse = join(root, 'bench', 'node_modules', '.bin', 'lighthouse');
    const cookie = await memberCookie(server.base, 'awa@exemple.fr');
    const out = join(root, 'target', 'lighthouse');
    mkdirSync(out, { recursive: true });
    console.log(`## Lighthouse mobile, median of ${runs} runs`);
    for (const path of ['/catalogue', '/commande', '/creneaux']) {
      const perf = [], tbt = [], a11y = [], lcp = [];
      for (let i = 0; i < runs; i++) {
        const file = join(out, `${path.replace(/\W/g, '') || 'root'}-${i}.json`);
        // Lighthouse now and then loses its trace (NO_NAVSTART): that run
        // is made again, up to three times.
        const run = () => execFileSync(lighthouse, [
          `${server.base}${path}`, '--quiet', '--output=json', `--output-path=${file}`,
          '--only-categories=performance,accessibility',
          `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
        ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'ignore'] });
        for (let attempt = 1; ; attempt++) {
          try { run(); break; } catch (e) { if (attempt === 3) throw e; }
        }
        const r = JSON.parse(readFileSync(file, 'utf8'));
        perf.push(Math.round(r.categories.performance.score * 100));
        a11y.push(Math.round(r.categories.accessibility.score * 100));
        tbt.push(r.audits['total-blocking-time'].numericValue);
        lcp.push(r.audits['largest-contentful-paint'].numericValue);
      }
      console.log(`  ${path}: Performance ${median(perf)} (${perf.join(', ')}) · Total Blocking Time ${Math.round(median(tbt))} ms · LCP ${Math.round(median(lcp))} ms · Accessibility ${median(a11y)}`);
    }
  }

  if (only.has('phone')) {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(120000); // a throttled phone is slow; a minute or two is still an answer
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400 * 1024 / 8, uploadThroughput: 400 * 1024 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    const started = Date.now();
    await page.goto(`${server.base}/connexion`);
    await page.getByLabel('Téléphone ou e-mail').fill('aicha@exemple.fr');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await Promise.all([page.waitForURL(/\/catalogue/), page.getByRole('button', { name: 'Se connecter' }).click()]);
    const wanted = [['lentilles vertes', 'Lentilles vertes', 3], ['miel de lavande', 'Miel de lavande', 1], ['pois chiches', 'Pois chiches', 1]];
    for (const [n, [search, product, taps]] of wanted.entries()) {
      await page.getByRole('searchbox').fill(search);
      const found = `q=${search.replace(/ /g, '+')}&`;
      await Promise.all([page.waitForURL((u) => u.href.includes(found)), page.getByRole('button', { name: 'Chercher' }).click()]);
      // Tapped once the page's script is there, as a member sees the page
      // settle; each tap then changes the box at once.
      await page.waitForFunction(() => !!window.potCommunBasket);
      for (let i = 0; i < taps; i++) await page.locator(`button[value="1"][aria-label$=": ${product}"]`).first().click();
      // Saved: the bar counts it.
      await page.locator('a.basket-bar', { hasText: `${n + 1} produit` }).waitFor();
    }
    await Promise.all([page.waitForURL(/\/commande/), page.getByRole('link', { name: /Voir mon panier/ }).click()]);
    await page.getByLabel(/Centre social des Buers/).check();
    await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
    const ms = Date.now() - started;
    console.log(`## Throttled phone (4× CPU, 400 kbit/s, 400 ms): login to a confirmed order of three products found by search`);
    console.log(`  ${(ms / 1000).toFixed(1)} s, ${kb(bytes)} transferred`);
    await browser.close();
  }

  if (only.has('static')) {
    // One kept-alive connection asking for the stylesheet again and again.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () => new Promise((resolve, reject) => {
      http.get(`${server.base}/pkg/pot-commun.css`, { agent, headers: { 'accept-encoding': 'br' } }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
    for (let i = 0; i < 20; i++) await get();
    const n = 300;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await get();
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`## Static file on one kept-alive connection`);
    console.log(`  ${(n / secs).toFixed(0)} requests/s, ${(secs / n * 1000).toFixed(2)} ms each`);
    agent.destroy();
  }
} finally {
  await server.stop();
}
