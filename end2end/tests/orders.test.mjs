// A member orders from a phone where they find things: search the
// catalogue, step the quantity, see the basket at the bottom, confirm on
// the basket page; changes and cancels from there; "same as last time"
// once the next cycle opens; all of it with JavaScript and without. A
// coordinator sees the cycle and its orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, startServer, phonePage, login, hydrated, stepperBox, addToBasket, confirmBasket, parisInput } from './harness.mjs';

const app = serverAndBrowser();

const plus = (page, product) => page.locator(`button[aria-label$=": ${product}"][value="1"]`);
const minus = (page, product) => page.locator(`button[aria-label$=": ${product}"][value="-1"]`);

test('a member finds, steps, confirms, changes and cancels from a phone', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  await login(page, base, 'awa@exemple.fr'); // full price
  await hydrated(page);
  // Found by search, stepped to 1,5 kg at once, saved behind.
  await page.getByRole('searchbox').fill('lentilles');
  await Promise.all([page.waitForURL(/q=lentilles/), page.getByRole('button', { name: 'Chercher' }).click()]);
  for (let i = 0; i < 3; i++) await plus(page, 'Lentilles vertes').click();
  assert.equal(await stepperBox(page, 'Lentilles vertes').inputValue(), '1,5');
  const bar = page.locator('a.basket-bar');
  await bar.filter({ hasText: '1 produit · 7,05' }).waitFor();
  assert.match(await page.locator(`li.product:has-text("Lentilles vertes") output`).first().innerText(), /7,05\s€/);
  // Honey from another category, by its category filter.
  await page.getByRole('searchbox').fill('');
  await page.getByLabel('Rayon', { exact: true }).selectOption({ label: 'Sucré' });
  await Promise.all([page.waitForURL(/catalogue\?/), page.getByRole('button', { name: 'Chercher' }).click()]);
  await plus(page, 'Miel de lavande').click();
  await bar.filter({ hasText: '2 produits · 16,55' }).waitFor();
  // The tab bar is in reach on every page, the basket a tap away.
  assert.ok(await page.locator('nav.tabbar').isVisible());
  await Promise.all([page.waitForURL(/\/commande$/), bar.click()]);
  assert.equal(await page.locator('ul.basket li.product').count(), 2, 'the basket, not the whole offer');
  await page.getByLabel(/Centre social des Buers/).check();
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
  await page.getByText('C’est enregistré.').waitFor();
  const summary = page.locator('section.summary');
  assert.match(await summary.innerText(), /Lentilles vertes — 1,5 kg/);
  assert.match(await summary.innerText(), /16,55\s€/);
  assert.match(await summary.innerText(), /Centre social des Buers/);

  // A quantity off the product's step, typed: a clear message, nothing
  // changed.
  await stepperBox(page, 'Lentilles vertes').fill('0,7');
  await Promise.all([page.waitForURL(/commande/), stepperBox(page, 'Lentilles vertes').press('Enter')]);
  await page.getByRole('alert').filter({ hasText: 'Lentilles vertes : la quantité doit être un multiple de 0,5 kg' }).waitFor();
  assert.match(await summary.innerText(), /16,55\s€/);

  // Changed from the basket: no lentils, a second jar; confirmed again.
  await hydrated(page);
  for (let i = 0; i < 3; i++) await minus(page, 'Lentilles vertes').click();
  await plus(page, 'Miel de lavande').click();
  await page.waitForResponse((r) => r.url().endsWith('/api/basket_line'));
  await page.waitForLoadState('networkidle');
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
  await page.locator('section.summary', { hasText: '19,00' }).waitFor();
  assert.doesNotMatch(await page.locator('section.summary').innerText(), /Lentilles/);

  // A reload shows the order kept on the server.
  await page.reload();
  assert.equal(await stepperBox(page, 'Miel de lavande').inputValue(), '2');

  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Annuler ma commande' }).click()]);
  assert.equal(await page.locator('section.summary').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('ordering works with JavaScript turned off', async () => {
  const page = await phonePage(app.browser, { javaScriptEnabled: false });
  const base = app.server.base;
  await login(page, base, '06 11 22 33 11'); // 10 %
  await page.getByRole('searchbox').fill('lentilles');
  await Promise.all([page.waitForURL(/q=lentilles/), page.getByRole('button', { name: 'Chercher' }).click()]);
  // Each + posts and comes back to the product.
  for (let i = 0; i < 3; i++) {
    await Promise.all([page.waitForURL(/#p-\d+$/), plus(page, 'Lentilles vertes').click()]);
  }
  assert.equal(await stepperBox(page, 'Lentilles vertes').inputValue(), '1,5');
  await Promise.all([page.waitForURL(/#p-\d+$/), minus(page, 'Lentilles vertes').click()]);
  assert.equal(await stepperBox(page, 'Lentilles vertes').inputValue(), '1');
  // Typed and sent with Enter.
  await addToBasket(page, base, 'miel', 'Miel de lavande', '1');
  assert.match(await page.locator('a.basket-bar').innerText(), /2 produits · 1,42\s€/); // 0,47 + 0,95
  await Promise.all([page.waitForURL(/\/commande$/), page.locator('a.basket-bar').click()]);
  await page.getByLabel(/Salle commune de la tour Cervelières/).check();
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
  assert.match(await page.locator('section.summary').innerText(), /1,42\s€/);
  // A refusal comes back in words.
  await stepperBox(page, 'Miel de lavande').fill('beaucoup');
  await Promise.all([page.waitForURL(/commande/), stepperBox(page, 'Miel de lavande').press('Enter')]);
  await page.getByRole('alert').filter({ hasText: 'Miel de lavande' }).waitFor();
  // Changed from the basket (a jar more, each tap a page) and confirmed.
  await page.goto(`${base}/commande`);
  await Promise.all([page.waitForURL(/#p-\d+$/), plus(page, 'Miel de lavande').click()]);
  assert.match(await page.getByText('Votre panier a changé depuis votre commande').innerText(), /confirmez/);
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: 'Confirmer ma commande' }).click()]);
  assert.match(await page.locator('section.summary').innerText(), /Miel de lavande — 2 bocaux/);

  // The coordinator sees the cycle with its order.
  const coord = await phonePage(app.browser);
  await login(coord, base, 'claire@potcommun.fr');
  await coord.goto(`${base}/coordination/cycles`);
  const row = coord.locator('ul.rows li', { hasText: 'Commande de la semaine' });
  assert.match(await row.innerText(), /commandes ouvertes/);
  assert.match(await row.innerText(), /1 commande\b/);
  assert.deepEqual(coord.errors, []);
  await coord.context().close();

  // Then cancelled, still without JavaScript.
  await page.getByRole('button', { name: 'Annuler ma commande' }).click();
  await page.locator('section.summary').waitFor({ state: 'detached' });
  await page.getByText('Votre panier est vide').waitFor();
  await page.context().close();
});

test('an unconfirmed basket survives a reload, and a confirmation with no network is sent later', async () => {
  const page = await phonePage(app.browser);
  const base = app.server.base;
  await login(page, base, 'aicha@exemple.fr');
  await addToBasket(page, base, 'lentilles', 'Lentilles vertes', '2');
  await page.goto(`${base}/commande`);
  await hydrated(page);
  await page.getByLabel(/Centre social des Buers/).check();
  // Not confirmed; the page reloads (a call, a tab the phone dropped).
  await page.reload();
  await page.getByText('Votre panier non confirmé a été retrouvé sur ce téléphone.').waitFor();
  assert.ok(await page.getByLabel(/Centre social des Buers/).isChecked());
  assert.equal(await stepperBox(page, 'Lentilles vertes').inputValue(), '2');
  await hydrated(page);

  // No network: a change on the basket is kept on the phone, and the
  // confirmation is kept to be sent; told in words, no error.
  await page.context().setOffline(true);
  await stepperBox(page, 'Lentilles vertes').fill('3');
  await page.getByRole('button', { name: 'Confirmer ma commande' }).click();
  await page.locator('.basket-restored', { hasText: 'Elle partira toute seule dès que le réseau revient' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(await page.locator('section.summary').count(), 0, 'nothing on the server yet');

  // Signal again: it leaves by itself and the page shows what the server
  // holds, with the change made offline.
  await page.context().setOffline(false);
  await page.waitForURL(/\/commande\?ok=1/);
  await page.locator('section.summary', { hasText: 'Lentilles vertes — 3 kg' }).waitFor();
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('pot-commun-panier:')));
  await page.reload();
  assert.equal(await page.getByText('Votre panier non confirmé').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"same as last time" once the cycle has closed and the next one opened', async () => {
  const DAY = 86400;
  const server = await startServer(); // its own: its clock moves on
  const base = server.base;
  try {
    const page = await phonePage(app.browser);
    await login(page, base, 'awa@exemple.fr');
    await addToBasket(page, base, 'lentilles', 'Lentilles vertes', '1,5');
    await addToBasket(page, base, 'miel', 'Miel de lavande', '1');
    await confirmBasket(page, base);

    // The coordination plans the next cycle, opening after this one closes
    // (in six days), with a pickup window after it.
    const coord = await phonePage(app.browser);
    await login(coord, base, 'claire@potcommun.fr');
    const made = await coord.request.post(`${base}/api/create_cycle`, {
      headers: { accept: 'text/html' },
      form: { name: 'La semaine suivante', opens: parisInput(6 * DAY + 3600), closes: parisInput(12 * DAY), overlap_ok: 'on' },
      maxRedirects: 0,
    });
    assert.equal(made.status(), 302, await made.text());
    const next = /\/coordination\/cycles\/(\d+)/.exec(made.headers().location)[1];
    const [day, hour] = parisInput(13 * DAY).split('T');
    const window = await coord.request.post(`${base}/api/set_pickup`, {
      form: { cycle_id: next, pickup_point_id: '1', day, start: '10:00', end: '12:00' },
    });
    assert.equal(window.status(), 200, await window.text());
    assert.ok(hour);

    // A week later: the first cycle closed, the next open.
    await server.restart({ POT_COMMUN_CLOCK_OFFSET_SECS: String(6 * DAY + 2 * 3600) });
    await page.goto(`${server.base}/commande`);
    await page.getByRole('heading', { name: /La semaine suivante/ }).waitFor();
    await page.getByText('Votre panier est vide').waitFor();
    await Promise.all([page.waitForURL(/repris=2/), page.getByRole('button', { name: 'Comme la dernière fois' }).click()]);
    await page.getByText('Votre dernière commande est dans le panier (2 produits)').waitFor();
    assert.equal(await stepperBox(page, 'Lentilles vertes').inputValue(), '1,5');
    // Adjusted before confirming: one jar more.
    await hydrated(page);
    await page.locator('button[aria-label$=": Miel de lavande"][value="1"]').click();
    await page.waitForResponse((r) => r.url().endsWith('/api/basket_line'));
    await confirmBasket(page, server.base);
    // This cycle's order (the last one waits to be picked up on its own card).
    const summary = await page.locator('section.summary[aria-labelledby="my-order"]').innerText();
    assert.match(summary, /Lentilles vertes — 1,5 kg/);
    assert.match(summary, /Miel de lavande — 2 bocaux/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
    await coord.context().close();
  } finally {
    await server.stop();
  }
});
