// The installable app: a valid manifest with its icons, a service worker
// registered on every page, the WebAssembly sent brotli-compressed, and
// with the network cut the catalogue and "my order" still read from the
// phone, saying they are offline and since when, and so do the shifts, kept before they were opened; a page never
// opened says so in words, and so does a form posted with no network; a
// basket confirmed with no network reaches the server when the network
// returns, or is handed back with a message if the server refuses it, and
// so does one the browser posted on its own before the app took over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, phonePage, login, hydrated, siteRoot, stepperBox, addToBasket, confirmBasket } from './harness.mjs';

const app = serverAndBrowser();

test('the manifest and the service worker are valid and registered', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  const manifest = await (await page.request.get(`${base}/manifest.webmanifest`)).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.lang, 'fr');
  assert.equal(manifest.start_url, '/catalogue');
  for (const [size, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['192x192', 'maskable'], ['512x512', 'maskable']]) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
    assert.ok(icon, `${size} ${purpose}`);
    const res = await page.request.get(`${base}${icon.src}`);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'image/png');
  }
  const sw = await page.request.get(`${base}/sw.js`);
  assert.equal(sw.status(), 200);
  const source = await sw.text();
  assert.doesNotMatch(source, /__VERSION__/, 'the server writes the version in');
  assert.match(source, /const VERSION = '[0-9a-f]{16}'/);

  await login(page, base, 'awa@exemple.fr');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${base}/`);
  await page.context().close();
});

test('the WebAssembly goes out brotli-compressed, the same bytes', async () => {
  const base = app.server.base;
  const wasm = join(siteRoot, 'pkg', 'pot-commun.wasm');
  // The server writes the compressed copy in the background after a build.
  for (let i = 0; i < 600 && !existsSync(`${wasm}.br`); i++) await new Promise((r) => setTimeout(r, 200));
  const res = await fetch(`${base}/pkg/pot-commun.wasm`, { headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-encoding'), 'br');
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  const sent = statSync(`${wasm}.br`).size;
  assert.ok(sent < statSync(wasm).size / 2, `${sent} bytes sent`);
  assert.ok(Buffer.from(await res.arrayBuffer()).equals(readFileSync(wasm)), 'decodes to the file');
  // A browser that does not take brotli still gets it compressed.
  const gz = await fetch(`${base}/pkg/pot-commun.wasm`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.ok(Buffer.from(await gz.arrayBuffer()).equals(readFileSync(wasm)));
});

test('with no network the catalogue and my order still read, and say so', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  await login(page, base, 'nadia@exemple.fr');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Once the worker controls the page, the pages opened are kept.
  await page.reload();
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
  await page.goto(`${base}/catalogue`);
  await page.locator('li.product').first().waitFor();
  const products = await page.locator('li.product').count();
  const firstProduct = await page.locator('li.product').first().innerText();
  await page.goto(`${base}/commande`);
  await page.getByRole('heading', { name: 'Commande de la semaine' }).waitFor();
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('pages-') && (await (await caches.open(name)).match('/creneaux'))) return true;
    }
    return false;
  });

  await page.context().setOffline(true);
  await page.goto(`${base}/catalogue`);
  const banner = page.locator('.offline-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /^Hors connexion — copie enregistrée le \S+/);
  assert.equal(await page.locator('li.product').count(), products, 'the whole catalogue, from the phone');
  assert.equal(await page.locator('li.product').first().innerText(), firstProduct);
  await page.screenshot({ path: 'artifacts/offline-catalogue-phone.png', fullPage: false });

  await page.goto(`${base}/commande`);
  await page.locator('.offline-banner').waitFor();
  await page.getByRole('heading', { name: 'Commande de la semaine' }).waitFor();

  // Her shifts were never opened, but the worker kept them once she
  // signed in: readable too.
  await page.goto(`${base}/creneaux`);
  await page.locator('.offline-banner').waitFor();
  await page.getByRole('heading', { name: 'Bénévolat', level: 1 }).waitFor();

  // A form posted the browser's own way (before the app took over the
  // page) with no network: told in words that nothing was sent, and back to
  // the form in one tap.
  await page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form[action*="sign_up_for_shift"]')));
  await page.getByRole('alert').filter({ hasText: 'Pas de connexion internet : rien n’a été envoyé' }).waitFor();
  await page.getByRole('button', { name: 'Revenir au formulaire' }).click();
  await page.getByRole('heading', { name: 'Bénévolat', level: 1 }).waitFor();

  // A page neither opened nor kept: said in words, not a browser error.
  await page.goto(`${base}/commissions`);
  await page.getByText('Hors connexion : cette page n’est pas encore enregistrée sur ce téléphone.').waitFor();

  // Back online: the live page, no banner.
  await page.context().setOffline(false);
  await page.goto(`${base}/catalogue`);
  await page.locator('li.product').first().waitFor();
  assert.equal(await page.locator('.offline-banner').count(), 0);
  await page.context().close();
});

test('a basket confirmed with no network is sent when the network returns', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  const honey = stepperBox(page, 'Miel de lavande');
  const confirm = page.getByRole('button', { name: 'Confirmer ma commande' });
  const summary = page.locator('section.summary');
  const note = page.locator('.basket-restored');
  await login(page, base, 'awa@exemple.fr'); // full price: 9,50 € a jar
  await addToBasket(page, base, 'miel', 'Miel de lavande', '1');
  await confirmBasket(page, base);
  await page.locator('section.summary', { hasText: '9,50' }).waitFor();
  await hydrated(page);

  // In the basement: three jars, confirmed with no network.
  await page.context().setOffline(true);
  await honey.fill('3');
  await confirm.click();
  await note.filter({ hasText: 'Pas de réseau : votre commande est gardée sur ce téléphone' }).waitFor();
  assert.match(await summary.innerText(), /9,50\s€/, 'nothing reached the server yet');
  assert.equal(await page.locator('[role="alert"]').count(), 0, 'no error: it is kept, not lost');

  // Signal again: sent on its own, and the page shows what the server holds.
  await page.context().setOffline(false);
  await page.waitForURL(/\/commande\?ok=1/);
  await note.filter({ hasText: 'bien arrivée' }).waitFor();
  assert.match(await summary.innerText(), /Miel de lavande — 3 bocaux/);
  assert.match(await summary.innerText(), /28,50\s€/);
  await page.goto(`${base}/commande`);
  assert.equal(await honey.inputValue(), '3', 'kept by the server, not only by the phone');
  assert.equal(await note.count(), 0, 'nothing left waiting on the phone');

  // Refused once the network is back (a quantity no one can have): told,
  // and the basket is back in the form, the server's order unchanged.
  await hydrated(page);
  await page.context().setOffline(true);
  await honey.fill('99999');
  await confirm.click();
  await note.filter({ hasText: 'Pas de réseau' }).waitFor();
  await page.context().setOffline(false);
  await note.filter({ hasText: 'n’a pas été acceptée' }).waitFor();
  assert.equal(await honey.inputValue(), '99999', 'what was typed is handed back');
  assert.match(await summary.innerText(), /28,50\s€/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a basket the browser posted on its own with no network is kept, then sent', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  const honey = stepperBox(page, 'Miel de lavande');
  const note = page.locator('.basket-restored');
  await login(page, base, 'nadia@exemple.fr');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await addToBasket(page, base, 'miel', 'Miel de lavande', '2');
  await page.goto(`${base}/commande`);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
  await page.getByLabel(/Centre social des Buers/).check();

  // Posted the browser's own way (as before the app takes over the page),
  // and nothing gets through: the worker's page keeps it, no error.
  await page.context().setOffline(true);
  await page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form[data-basket]')));
  await note.filter({ hasText: 'Pas de réseau : votre commande est gardée sur ce téléphone' }).waitFor();
  assert.equal(await page.getByText('rien n’a été envoyé').count(), 0, 'kept, so not "nothing was sent"');

  // Signal again: sent from that page, with a way back to the order.
  await page.context().setOffline(false);
  await note.filter({ hasText: 'bien arrivée' }).waitFor();
  await note.getByRole('link').click();
  await page.waitForURL(`${base}/commande`);
  assert.match(await page.locator('section.summary').innerText(), /Miel de lavande — 2 bocaux/);
  assert.equal(await honey.inputValue(), '2');
  assert.equal(await note.count(), 0, 'nothing left waiting on the phone');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a shared phone: the next person finds nothing of the last one', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  const keptPaths = () => page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('pages-')) continue;
      for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
    }
    return paths;
  });
  await login(page, base, 'aicha@exemple.fr');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.goto(`${base}/profil`);
  await page.goto(`${base}/catalogue`);
  await page.locator('li.product').first().waitFor();
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('pages-') && (await (await caches.open(name)).match('/catalogue'))) return true;
    }
    return false;
  });
  // Her profile (her tier) is never kept; the catalogue is.
  let kept = await keptPaths();
  assert.ok(kept.includes('/catalogue'), kept.join(' '));
  assert.ok(!kept.includes('/profil'), `the profile is never kept: ${kept.join(' ')}`);
  // A basket waiting to be sent, left on the phone.
  await page.evaluate(() => localStorage.setItem('pot-commun-envoi:mine-1', JSON.stringify({ action: '/api/place_order', body: 'x=1', page: '/commande' })));

  // Someone else signs in on the same phone, without going through a logout
  // the worker saw (the session simply ended): Aïcha's pages and basket go.
  await page.context().clearCookies();
  const switched = Date.now();
  await login(page, base, 'nadia@exemple.fr');
  await page.waitForFunction(() => localStorage.getItem('pot-commun-envoi:mine-1') === null);
  // Every copy left on the phone was saved after Nadia signed in.
  await page.waitForFunction(async (since) => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('pages-')) continue;
      const cache = await caches.open(name);
      for (const r of await cache.keys()) {
        const copy = await cache.match(r);
        const at = Number(copy.headers.get('x-saved-at'));
        if (at && at < since) return false;
      }
    }
    return true;
  }, switched);
  kept = await keptPaths();
  assert.ok(!kept.includes('/profil'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
