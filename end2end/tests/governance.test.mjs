// A commission elected in the app adds a product to the next cycle by vote,
// and a member who never sat on it can see why. The server is restarted
// days ahead (POT_COMMUN_CLOCK_OFFSET_SECS) so that it closes the election
// and the vote on time by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, parisInput } from './harness.mjs';

const app = serverAndBrowser();
const DAY = 86400;
const HOUR = 3600;
const PRODUCT = 'Pain au sarrasin et figues';

async function member(who) {
  const page = await phonePage(app.browser);
  await login(page, app.server.base, who);
  return page;
}

const go = (page, path) => page.goto(`${app.server.base}${path}`);

test('an election fills the seats, then the commission adds a product to the next cycle', async () => {
  const coord = await member('claire@potcommun.fr');
  const awa = await member('awa@exemple.fr');
  const nadia = await member('nadia@exemple.fr');
  const aicha = await member('aicha@exemple.fr');

  // The coordinator creates the commission and opens its election.
  await go(coord, '/commissions');
  await coord.getByLabel('Nom', { exact: true }).fill('Commission catalogue');
  await coord.getByLabel('Nombre de sièges').fill('2');
  await coord.getByRole('button', { name: 'Créer la commission' }).click();
  const card = coord.locator('section.commission', { hasText: 'Commission catalogue' });
  await card.waitFor();
  await card.getByText('Lancer une élection').click();
  await card.getByLabel('Début du vote').fill(parisInput(DAY));
  await card.getByLabel('Fin du vote').fill(parisInput(2 * DAY));
  await card.getByRole('button', { name: /Lancer l’élection/ }).click();
  await coord.waitForURL(/\/elections\/\d+/);
  const electionPath = new URL(coord.url()).pathname;

  // Candidacy: Awa and Nadia stand.
  for (const page of [awa, nadia]) {
    await go(page, electionPath);
    await page.getByLabel('Quelques mots pour vous présenter').fill('Je fais mes courses ici depuis trois ans.');
    await page.getByRole('button', { name: 'Je me présente' }).click();
    await page.getByText('C’est enregistré.').waitFor();
  }

  // A day later, the vote is open: a secret approval ballot.
  await app.server.restart({ POT_COMMUN_CLOCK_OFFSET_SECS: String(DAY + HOUR) });
  for (const [page, names] of [[awa, ['Awa Diallo', 'Nadia Bouzid']], [nadia, ['Nadia Bouzid']], [aicha, ['Awa Diallo']]]) {
    await go(page, electionPath);
    for (const n of names) await page.getByLabel(n).check();
    await page.getByRole('button', { name: 'Déposer mon bulletin' }).click();
    await page.getByText('Votre bulletin est compté.').waitFor();
  }

  // Two days later the server has closed it by itself: Awa and Nadia sit.
  await app.server.restart({ POT_COMMUN_CLOCK_OFFSET_SECS: String(2 * DAY + HOUR) });
  await go(aicha, '/commissions');
  const members = aicha.locator('section.commission', { hasText: 'Commission catalogue' });
  assert.match(await members.innerText(), /Awa Diallo — jusqu’au/);
  assert.match(await members.innerText(), /Nadia Bouzid — jusqu’au/);

  // Two days without a click: the coordination's session has ended (12 h
  // unused), so she signs in again. The coordinator plans the next cycle;
  // Awa proposes a product.
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await go(coord, '/coordination/cycles');
  await coord.getByLabel('Nom du cycle').fill('Cycle de décembre');
  await coord.getByLabel('Ouverture des commandes').fill(parisInput(3 * DAY));
  await coord.getByLabel('Fermeture des commandes').fill(parisInput(5 * DAY));
  // The week's cycle still takes orders then: the overlap is meant.
  await coord.getByLabel(/créer quand même/).check();
  await coord.getByRole('button', { name: 'Créer le cycle' }).click();
  await coord.waitForURL(/\/coordination\/cycles\/\d+/);

  await go(awa, '/commissions');
  await awa.getByRole('link', { name: 'Ouvrir une proposition' }).click();
  await awa.getByLabel('Titre').fill('Ajouter un pain au sarrasin');
  await awa.getByLabel('Pourquoi, en mots simples').fill('Sans gluten ajouté : plusieurs foyers le demandent.');
  await awa.getByLabel('Type de proposition').selectOption('add_product');
  await awa.getByLabel('Fin du vote').fill(parisInput(2 * DAY + 3 * HOUR));
  await awa.getByLabel('Prix du producteur par unité (€)').fill('5,10');
  await awa.getByLabel('Nom', { exact: true }).fill(PRODUCT);
  await awa.getByRole('button', { name: 'Ouvrir une proposition' }).click();
  await awa.waitForURL(/\/propositions\/\d+/);
  const proposalPath = new URL(awa.url()).pathname;
  for (const page of [awa, nadia]) {
    await go(page, proposalPath);
    await page.getByRole('button', { name: 'Pour', exact: true }).click();
    await page.getByText('Vous avez voté : Pour').waitFor();
  }

  // After its closing time the server closes it, approved, and attaches it
  // to the cycle that has not opened; when that cycle opens, the product is
  // in the catalogue.
  await app.server.restart({ POT_COMMUN_CLOCK_OFFSET_SECS: String(2 * DAY + 4 * HOUR) });
  await app.server.restart({ POT_COMMUN_CLOCK_OFFSET_SECS: String(3 * DAY + HOUR) });

  // Sophie never sat on a commission: she finds the product and why.
  const sophie = await member('06 11 22 33 02');
  await go(sophie, '/catalogue?q=sarrasin');
  const product = sophie.locator('li.product', { hasText: PRODUCT });
  await product.waitFor();
  await product.getByRole('link', { name: /Choisi par une commission/ }).click();
  await sophie.waitForURL(/\/propositions\/\d+/);
  // The app may still be loading the proposal after the address changed.
  await sophie.locator('main h1', { hasText: 'sarrasin' }).waitFor();
  const page = await sophie.locator('main').innerText();
  assert.match(page, /adoptée/);
  assert.match(page, /Pour 2 · Contre 0 · Abstention 0/);
  assert.match(page, /Sans gluten ajouté/);
  assert.match(page, /Cycle de décembre/);
  await sophie.screenshot({ path: 'artifacts/proposal-phone.png', fullPage: false });

  for (const p of [coord, awa, nadia, aicha, sophie]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
