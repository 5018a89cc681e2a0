// A member orders on a phone from the open demo cycle, changes the order,
// and cancels it; a coordinator sees the cycle and its orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, hydrated } from './harness.mjs';

const app = serverAndBrowser();

const qty = (page, name) => page.getByLabel(name, { exact: true });

test('a member orders, changes and cancels from a phone', async () => {
  const page = await phonePage(app.browser);
  await login(page, app.server.base, 'awa@exemple.fr'); // full price
  await page.getByRole('link', { name: 'Ma commande' }).click();
  await page.getByText('Vous pouvez commander et changer votre commande jusqu’à').waitFor();
  await hydrated(page);
  await page.getByLabel(/Centre social des Buers/).check();
  await qty(page, 'Lentilles vertes').fill('1,5');
  await qty(page, 'Miel de lavande').fill('1');
  await page.getByRole('button', { name: 'Confirmer ma commande' }).click();
  await page.getByText('C’est enregistré.').waitFor();
  const summary = page.locator('section.summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Lentilles vertes — 1,5 kg/);
  assert.match(await summary.innerText(), /16,55\s€/);
  assert.match(await summary.innerText(), /Centre social des Buers/);

  // A quantity off the product's step: a clear message, the order unchanged.
  await qty(page, 'Lentilles vertes').fill('0,7');
  await page.getByRole('button', { name: 'Confirmer ma commande' }).click();
  await page.getByRole('alert').filter({ hasText: 'Lentilles vertes : la quantité doit être un multiple de 0,5 kg' }).waitFor();
  assert.match(await summary.innerText(), /16,55\s€/);

  // Changed: more honey, no lentils.
  await qty(page, 'Lentilles vertes').fill('');
  await qty(page, 'Miel de lavande').fill('2');
  await page.getByRole('button', { name: 'Confirmer ma commande' }).click();
  await page.locator('section.summary', { hasText: '19,00' }).waitFor();
  assert.doesNotMatch(await page.locator('section.summary').innerText(), /Lentilles/);

  // A reload shows the order kept on the server.
  await page.reload();
  assert.equal(await qty(page, 'Miel de lavande').inputValue(), '2');

  await page.getByRole('button', { name: 'Annuler ma commande' }).click();
  await page.locator('section.summary').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('ordering works with JavaScript turned off', async () => {
  const page = await phonePage(app.browser, { javaScriptEnabled: false });
  await login(page, app.server.base, '06 11 22 33 11'); // 10 %
  await page.goto(`${app.server.base}/commande`);
  await page.getByLabel(/Salle commune de la tour Cervelières/).check();
  await qty(page, 'Miel de lavande').fill('1');
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
  assert.match(await page.locator('section.summary').innerText(), /0,95\s€/);
  await page.context().close();

  // The coordinator sees the cycle with its order.
  const coord = await phonePage(app.browser);
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await coord.goto(`${app.server.base}/coordination/cycles`);
  const row = coord.locator('ul.rows li', { hasText: 'Commande de la semaine' });
  assert.match(await row.innerText(), /commandes ouvertes/);
  assert.match(await row.innerText(), /1 commandes/);
  assert.deepEqual(coord.errors, []);
  await coord.context().close();
});

test('an unconfirmed basket survives a reload, and a confirmation that cannot get through is sent later', async () => {
  const page = await phonePage(app.browser);
  await login(page, app.server.base, 'aicha@exemple.fr');
  await page.goto(`${app.server.base}/commande`);
  await hydrated(page);
  await page.getByLabel(/Centre social des Buers/).check();
  await qty(page, 'Lentilles vertes').fill('2');
  // Not confirmed; the page reloads (a call, a tab the phone dropped).
  await page.reload();
  await page.getByText('Votre panier non confirmé a été retrouvé sur ce téléphone.').waitFor();
  assert.equal(await qty(page, 'Lentilles vertes').inputValue(), '2');
  await hydrated(page);

  // The phone says it is online but nothing gets through (a basement):
  // kept, told in words, no error, nothing lost.
  await page.route('**/api/place_order', (route) => route.abort('internetdisconnected'));
  await qty(page, 'Miel de lavande').fill('1');
  await page.getByRole('button', { name: 'Confirmer ma commande' }).click();
  await page.locator('.basket-restored', { hasText: 'Elle partira toute seule dès que le réseau revient' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(await qty(page, 'Lentilles vertes').inputValue(), '2');
  assert.equal(await qty(page, 'Miel de lavande').inputValue(), '1');
  assert.equal(await page.locator('section.summary').count(), 0, 'nothing on the server yet');

  // Through again: the next time the app opens, the kept basket leaves by
  // itself and the page shows what the server holds.
  await page.unroute('**/api/place_order');
  await page.reload();
  await page.waitForURL(/\/commande\?ok=1/);
  await page.locator('section.summary', { hasText: 'Miel de lavande' }).waitFor();
  assert.match(await page.locator('section.summary').innerText(), /Lentilles vertes — 2 kg/);
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('pot-commun-panier:')));
  await page.reload();
  assert.equal(await page.getByText('Votre panier non confirmé').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
