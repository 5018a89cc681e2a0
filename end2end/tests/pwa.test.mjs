// The installable app: a valid manifest with its icons, a service worker
// registered on every page, and with the network cut the catalogue and
// "my order" still read from the phone, saying they are offline and since
// when; a page never opened says so in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login } from './harness.mjs';

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

test('with no network the catalogue and my order still read, and say so', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  await login(page, base, 'nadia@exemple.fr');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Once the worker controls the page, the pages opened are kept.
  await page.reload();
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
  await page.goto(`${base}/catalogue`);
  await page.getByText('Miel de lavande').first().waitFor();
  await page.goto(`${base}/commande`);
  await page.getByRole('heading', { name: 'Ma commande' }).waitFor();

  await page.context().setOffline(true);
  await page.goto(`${base}/catalogue`);
  const banner = page.locator('.offline-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /^Hors connexion : vous lisez la copie enregistrée sur ce téléphone le \S+/);
  await page.getByText('Miel de lavande').first().waitFor();
  await page.screenshot({ path: 'artifacts/offline-catalogue-phone.png', fullPage: false });

  await page.goto(`${base}/commande`);
  await page.locator('.offline-banner').waitFor();
  await page.getByRole('heading', { name: 'Ma commande' }).waitFor();

  // A page never opened on this phone: said in words, not a browser error.
  await page.goto(`${base}/ateliers`);
  await page.getByText('Hors connexion : cette page n’est pas encore enregistrée sur ce téléphone.').waitFor();

  // Back online: the live page, no banner.
  await page.context().setOffline(false);
  await page.goto(`${base}/catalogue`);
  await page.getByText('Miel de lavande').first().waitFor();
  assert.equal(await page.locator('.offline-banner').count(), 0);
  await page.context().close();
});
