// Volunteer shifts on a phone: a member commits to a slot in two taps from
// any page and withdraws; the coordinator sees the coverage change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, hydrated } from './harness.mjs';

const app = serverAndBrowser();

// A shift's block by its task name: the name starts the block (a task's
// description may mention another task, "compter les caisses").
const shiftBlock = (page, list, task) => page.locator(`${list} > li`, { hasText: new RegExp(`^\\s*${task}`) }).first();
const coverageOf = async (page, task) => (await shiftBlock(page, 'ul.coverage', task).locator('p.status').innerText()).trim();

test('a member signs up and withdraws; the coordinator sees coverage change', async () => {
  const coord = await phonePage(app.browser);
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await coord.getByRole('link', { name: 'Créneaux de bénévolat' }).click();
  await coord.locator('ul.coverage').waitFor();
  assert.match(await coverageOf(coord, 'Caisse · Centre social des Buers'), /^0 \/ 1/);

  const page = await phonePage(app.browser);
  await login(page, app.server.base, 'aicha@exemple.fr');
  await hydrated(page);
  // Tap 1: the menu. Tap 2: "Je m'inscris" on the till shift.
  await page.getByRole('link', { name: 'Bénévolat' }).click();
  const till = shiftBlock(page, 'ul.shifts', 'Caisse');
  await till.getByText('Reste 1 place').waitFor();
  await till.getByRole('button', { name: 'Je m’inscris' }).click();
  await till.getByText('Vous êtes inscrit·e. Merci !').waitFor();
  const mine = page.locator('section', { hasText: 'Mes prochains créneaux' });
  assert.match(await mine.innerText(), /Caisse/);
  await page.screenshot({ path: 'artifacts/shifts-phone.png', fullPage: false });

  // Signing up for the distribution at the same time is refused in words.
  const distribution = shiftBlock(page, 'ul.shifts', 'Distribution');
  await distribution.getByRole('button', { name: 'Je m’inscris' }).click();
  await page.getByRole('alert').filter({ hasText: 'Vous avez déjà un créneau à ce moment-là.' }).waitFor();

  await coord.reload();
  assert.match(await coverageOf(coord, 'Caisse · Centre social des Buers'), /^1 \/ 1/);
  assert.match(await shiftBlock(coord, 'ul.coverage', 'Caisse · Centre social des Buers').innerText(), /Aïcha/);

  await mine.getByRole('button', { name: 'Me retirer de ce créneau' }).click();
  await page.getByText('Vous n’avez pas encore de créneau.').waitFor();
  await coord.reload();
  assert.match(await coverageOf(coord, 'Caisse · Centre social des Buers'), /^0 \/ 1/);

  assert.deepEqual(page.errors, []);
  assert.deepEqual(coord.errors, []);
  await page.context().close();
  await coord.context().close();
});

test('signing up works with JavaScript turned off', async () => {
  const page = await phonePage(app.browser, { javaScriptEnabled: false });
  await login(page, app.server.base, '06 11 22 33 11');
  await page.goto(`${app.server.base}/creneaux`);
  const prep = shiftBlock(page, 'ul.shifts', 'Préparation des commandes');
  await Promise.all([page.waitForURL(/ok=1/), prep.getByRole('button', { name: 'Je m’inscris' }).click()]);
  assert.match(await page.locator('section', { hasText: 'Mes prochains créneaux' }).innerText(), /Préparation des commandes/);
  await page.context().close();
});
