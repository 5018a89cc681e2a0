// Workshops on a phone: a member proposes, a coordinator approves, two
// members sign up to a one-place workshop (the second waits), the first
// withdraws and the second gets the place by itself and is told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, hydrated, parisInput } from './harness.mjs';

const app = serverAndBrowser();

const card = (page, title) => page.locator('ul.workshops > li', { hasText: title }).first();

test('from a proposal to a full workshop, and the waiting list moves up', async () => {
  const title = 'Cuisine du panier d’hiver';
  const awa = await phonePage(app.browser);
  await login(awa, app.server.base, 'awa@exemple.fr');
  await hydrated(awa);
  // Under "Plus" in the tab bar, one tap away.
  await awa.locator('nav.tabbar summary', { hasText: 'Plus' }).click();
  await awa.getByRole('link', { name: 'Ateliers' }).click();
  await awa.locator('summary', { hasText: 'Proposer un atelier' }).click();
  await awa.getByLabel('Titre').fill(title);
  await awa.getByLabel('Ce qui se passe pendant l’atelier').fill('On cuisine ensemble les courges et les poireaux du panier, puis on partage.');
  await awa.getByLabel('Date', { exact: true }).fill(parisInput(3 * 86400).slice(0, 10));
  await awa.getByLabel('Début', { exact: true }).fill('14:00');
  await awa.getByLabel('Fin', { exact: true }).fill('16:30');
  await awa.getByLabel('Lieu', { exact: true }).fill('Centre social des Buers, cuisine');
  await awa.getByLabel('Nombre de places').fill('1');
  await awa.getByLabel('Langues parlées (facultatif)').fill('français, wolof');
  await awa.getByRole('button', { name: 'Envoyer ma proposition' }).click();
  const mine = awa.locator('#mes-propositions');
  await mine.getByText(title).waitFor();
  assert.match(await mine.innerText(), /en attente de validation/);

  // The coordinator types nothing but "Valider".
  const coord = await phonePage(app.browser);
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await coord.goto(`${app.server.base}/ateliers`);
  await hydrated(coord);
  const toDecide = coord.locator('section', { hasText: 'Ateliers à valider' }).locator('li', { hasText: title });
  await toDecide.getByRole('button', { name: 'Valider' }).click();
  await card(coord, title).waitFor();

  // Nadia takes the only place.
  const nadia = await phonePage(app.browser);
  await login(nadia, app.server.base, 'nadia@exemple.fr');
  await nadia.goto(`${app.server.base}/ateliers`);
  await hydrated(nadia);
  await card(nadia, title).getByText('Reste 1 place').waitFor();
  await card(nadia, title).getByRole('button', { name: 'Je m’inscris' }).click();
  await card(nadia, title).getByText('Vous êtes inscrit·e. À bientôt !').waitFor();

  // Aïcha finds it full and joins the waiting list.
  const aicha = await phonePage(app.browser);
  await login(aicha, app.server.base, 'aicha@exemple.fr');
  await aicha.goto(`${app.server.base}/ateliers`);
  await hydrated(aicha);
  await card(aicha, title).getByText('Complet').waitFor();
  await card(aicha, title).getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
  await card(aicha, title).getByText('Vous êtes sur la liste d’attente, position 1').waitFor();
  await aicha.screenshot({ path: 'artifacts/workshops-phone.png', fullPage: false });

  // Nadia withdraws: Aïcha gets the place by itself and is told.
  await card(nadia, title).getByRole('button', { name: 'Me désinscrire' }).click();
  await card(nadia, title).getByText('Complet').waitFor();
  await aicha.reload();
  await card(aicha, title).getByText('Vous êtes inscrit·e. À bientôt !').waitFor();
  await aicha.getByRole('link', { name: /Messages 1 message non lu/ }).click();
  await aicha.getByText(/Une place s’est libérée : vous êtes inscrit·e à l’atelier « Cuisine du panier d’hiver »/).waitFor();

  // The host sees who comes.
  await awa.goto(`${app.server.base}/ateliers`);
  await card(awa, title).getByRole('link', { name: 'Qui vient ?' }).click();
  await awa.getByText('Inscrit·es : 1 · avec les enfants : 1').waitFor();
  assert.match(await awa.locator('main').innerText(), /Aïcha/);
  assert.doesNotMatch(await awa.locator('main').innerText(), /Nadia/);

  for (const p of [awa, coord, nadia, aicha]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
