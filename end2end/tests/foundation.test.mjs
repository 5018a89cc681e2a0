// A member on a phone logs in, searches, sees prices at their tier; a
// coordinator adds a product and a member sees it; the catalogue works with
// JavaScript turned off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, phonePage, login, hydrated, artifacts } from './harness.mjs';

const app = serverAndBrowser();

test('a member searches the catalogue on a phone and sees prices at their tier', async () => {
  const page = await phonePage(app.browser);
  await login(page, app.server.base, 'nadia@exemple.fr'); // 10 % tier
  await page.getByRole('searchbox', { name: 'Chercher un produit' }).fill('lentilles');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.waitForURL(/q=lentilles/);
  const card = page.locator('li.product', { hasText: 'Lentilles vertes' });
  await card.waitFor();
  assert.match(await card.locator('.price').innerText(), /0,47\s€/);
  assert.equal(await page.locator('li.product').count(), 2);
  // Nothing on the page names the household's tier.
  assert.doesNotMatch(await page.locator('main').innerText(), /solidaire/i);
  // Big enough to tap: the search button is at least 44 px high.
  const box = await page.getByRole('button', { name: 'Chercher' }).boundingBox();
  assert.ok(box.height >= 44, `button is ${box.height}px high`);
  // The whole catalogue, as a member's phone shows it.
  await page.goto(`${app.server.base}/catalogue`);
  await page.locator('li.product').first().waitFor();
  await page.screenshot({ path: join(artifacts, 'catalogue-phone.png') });
  // Logging out is on the profile page; afterwards the catalogue asks to log in.
  // Under "Plus" in the tab bar, one tap away.
  await page.locator('nav.tabbar summary', { hasText: 'Plus' }).click();
  await page.getByRole('link', { name: 'Mon profil' }).click();
  await Promise.all([page.waitForURL(/\/connexion/), page.getByRole('button', { name: 'Se déconnecter' }).click()]);
  await page.goto(`${app.server.base}/catalogue`);
  await page.waitForURL(/\/connexion\?next=/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a coordinator adds a product and a member sees it', async () => {
  const page = await phonePage(app.browser);
  await login(page, app.server.base, 'claire@potcommun.fr');
  await page.getByRole('link', { name: 'Coordination' }).click();
  await page.getByRole('link', { name: 'Produits' }).click();
  await page.getByRole('link', { name: 'Nouveau produit' }).click();
  // The page's script is there: what was typed comes back after a refusal.
  await hydrated(page);
  await page.getByLabel('Nom', { exact: true }).fill('Topinambours');
  await page.getByLabel('Description').fill('Terreux et doux, à rôtir.');
  await page.getByLabel('Rayon').selectOption({ label: 'Légumes' });
  await page.getByLabel('Producteur', { exact: true }).selectOption({ label: 'GAEC des Trois Chênes' });
  await page.getByLabel('Prix du producteur par unité (€)').fill('3,20');
  await page.getByLabel('Se commande par (ex. 0,5)').fill('0,5');
  await page.getByLabel('Bio').check();
  // A bad price first: the message names the field, nothing is saved.
  await page.getByLabel('Prix du producteur par unité (€)').fill('-3');
  await Promise.all([page.waitForURL(/#erreur$/), page.getByRole('button', { name: 'Enregistrer' }).click()]);
  await page.getByRole('alert').filter({ hasText: 'négatif' }).waitFor();
  await page.getByLabel('Prix du producteur par unité (€)').fill('3,20');
  await Promise.all([page.waitForURL(/\/coordination\/produits\?ok=1/), page.getByRole('button', { name: 'Enregistrer' }).click()]);
  await page.getByText('C’est enregistré.').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const member = await phonePage(app.browser);
  await login(member, app.server.base, 'aicha@exemple.fr'); // 50 % tier
  await member.goto(`${app.server.base}/catalogue?q=topinambour`);
  const card = member.locator('li.product', { hasText: 'Topinambours' });
  await card.waitFor();
  assert.match(await card.innerText(), /1,60\s€/);
  assert.match(await card.innerText(), /par 0,5 kg/);
  assert.deepEqual(member.errors, []);
  await member.context().close();
});

test('the catalogue works with JavaScript turned off', async () => {
  const page = await phonePage(app.browser, { javaScriptEnabled: false });
  // A wrong password comes back with a clear message, without JavaScript.
  await page.goto(`${app.server.base}/connexion`);
  await page.getByLabel('Téléphone ou e-mail').fill('06 11 22 33 11');
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect' }).waitFor();
  await login(page, app.server.base, '06 11 22 33 11');
  await page.getByRole('combobox', { name: 'Label' }).selectOption('equitable');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.waitForURL(/label=equitable/);
  const cards = page.locator('li.product');
  const n = await cards.count();
  assert.ok(n > 0);
  assert.equal(await page.locator('li.product .badge-equitable').count(), n);
  // Changing one's tier is a plain form post too.
  await page.goto(`${app.server.base}/profil`);
  await page.getByLabel(/Prix coûtant/).check();
  await Promise.all([page.waitForURL(/ok=tier/), page.getByRole('button', { name: 'Enregistrer' }).click()]);
  await page.goto(`${app.server.base}/catalogue?q=lentilles+vertes`);
  assert.match(await page.locator('li.product .price').first().innerText(), /4,70\s€/);
  await page.context().close();
});
