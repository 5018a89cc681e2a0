// A coordinator's week without traps: on a laptop, plan the next cycle
// (offer chosen with "none" then a search; the overlap is warned), close the
// week's cycle after a confirmation, print the purchase orders, record a
// producer's whole delivery in one save with a shortfall and see it on the
// packing list; on a phone at the table, find a household, record a
// partial payment, see what is still owed and correct the mistake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, hydrated, parisInput, addToBasket, confirmBasket } from './harness.mjs';

const app = serverAndBrowser();
const DAY = 86400;
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

test('plan, close, print, receive: a week at the laptop', async () => {
  // Awa orders from the mill: 2 kg of lentils and 1 kg of flour.
  const awa = await phonePage(app.browser);
  await login(awa, app.server.base, 'awa@exemple.fr');
  await addToBasket(awa, app.server.base, 'lentilles', 'Lentilles vertes', '2');
  await addToBasket(awa, app.server.base, 'farine', 'Farine de blé T65', '1');
  await confirmBasket(awa, app.server.base);
  await awa.locator('section.summary').waitFor();
  assert.deepEqual(awa.errors, []);
  await awa.context().close();

  const coord = await phonePage(app.browser, LAPTOP);
  await login(coord, app.server.base, 'claire@potcommun.fr');

  // Plan the next cycle while the week's one still takes orders: warned.
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await hydrated(coord);
  await coord.getByLabel('Nom du cycle').fill('Commande de décembre');
  await coord.getByLabel('Ouverture des commandes').fill(parisInput(2 * DAY));
  await coord.getByLabel('Fermeture des commandes').fill(parisInput(9 * DAY));
  // The form posts; the page comes back at its error box, once loaded
  // (public/enhance.js runs before the load event).
  await Promise.all([coord.waitForURL(/#erreur$/), coord.getByRole('button', { name: 'Créer le cycle' }).click()]);
  const warning = coord.locator('#erreur');
  await warning.getByText(/Commande de la semaine : ses commandes sont ouvertes ou prévues aux mêmes dates/).waitFor();
  // The person is brought to the message.
  assert.ok(await warning.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)), 'the error box has the focus');
  // Meant after all: ticked, and planned (what was typed is still there).
  assert.equal(await coord.getByLabel('Nom du cycle').inputValue(), 'Commande de décembre');
  await coord.getByLabel(/créer quand même/).check();
  await coord.getByRole('button', { name: 'Créer le cycle' }).click();
  await coord.waitForURL(/\/coordination\/cycles\/\d+/);
  await coord.getByText(/Il s’ouvrira de lui-même/).waitFor();

  // Its offer: none, then six products found by search.
  await coord.getByRole('link', { name: 'Produits proposés et maximums du cycle' }).click();
  await hydrated(coord);
  await coord.getByText('150 produits cochés').waitFor();
  await coord.getByRole('button', { name: 'Décocher ceux affichés' }).click();
  await coord.getByText('0 produit coché').waitFor();
  for (const [search, name] of [['miel', 'Miel de lavande'], ['lentilles', 'Lentilles vertes'], ['lentilles', 'Lentilles corail'], ['pain', 'Pain complet'], ['pommes', 'Pommes Golden'], ['carot', 'Carottes']]) {
    await coord.getByLabel('Chercher un produit').fill(search);
    await coord.getByLabel(name, { exact: false }).first().check();
  }
  await coord.getByText('6 produits cochés').waitFor();
  // A filter by producer shows the producer's products only.
  await coord.getByLabel('Chercher un produit').fill('');
  await coord.getByLabel('Producteur').selectOption('Rucher des Coteaux');
  assert.equal(await coord.locator('ul.offer li:visible').count(), await coord.locator('ul.offer li:visible', { hasText: 'Rucher des Coteaux' }).count());
  await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await coord.getByText('C’est enregistré.').waitFor();
  await coord.reload();
  await coord.getByText('6 produits cochés').waitFor();

  // Close the week's cycle early: asked first, with the consequences.
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await hydrated(coord);
  await coord.getByText('Clore les commandes maintenant', { exact: true }).click();
  await coord.getByText(/1 foyer a commandé\. Les commandes s’arrêtent tout de suite/).waitFor();
  await coord.getByRole('button', { name: 'Oui, clore les commandes maintenant' }).click();
  await coord.getByText('commandes fermées').first().waitFor();

  // The purchase orders, printed: one page per producer, the association's
  // name and address on them, the internal summary nowhere.
  await coord.getByRole('link', { name: /Bons de commande, préparation/ }).click();
  await coord.getByRole('link', { name: /Bons de commande à imprimer/ }).click();
  await hydrated(coord);
  await coord.getByRole('button', { name: 'Imprimer les bons de commande' }).waitFor();
  await coord.emulateMedia({ media: 'print' });
  const printed = await coord.locator('main').innerText();
  assert.match(printed, /Pot Commun — groupement d’achat des Buers/);
  assert.match(printed, /17 rue Octavie, 69100 Villeurbanne/);
  assert.match(printed, /Commande pour Moulin de Chabeuil/);
  assert.match(printed, /Bon de commande n° C\d+-P\d+/);
  assert.doesNotMatch(printed, /Solidaire|Prix coûtant|Foyer Diallo|Imprimer les bons/);
  const producers = await coord.locator('.purchase-order').count();
  const pdf = await coord.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, producers, `${producers} producers, ${pages} pages`);
  await coord.emulateMedia({ media: 'screen' });

  // The mill's whole delivery in one save: 1,5 kg of lentils instead of 2,
  // the flour complete.
  await coord.goto(coord.url().replace(/\/bons$/, '/reception'));
  await hydrated(coord);
  const mill = coord.locator('fieldset', { hasText: 'Moulin de Chabeuil' });
  await mill.getByLabel(/Quantité arrivée/).first().waitFor();
  await coord.locator('ul.reception li', { hasText: 'Lentilles vertes' }).getByLabel(/Quantité arrivée/).fill('1,5');
  await coord.locator('ul.reception li', { hasText: 'Farine de blé T65' }).getByLabel(/Quantité arrivée/).fill('1');
  await coord.getByText('Pas encore enregistré : appuyez sur').waitFor();
  await coord.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await coord.locator('ul.reception li', { hasText: 'Lentilles vertes' }).getByText('Il manque 0,5 kg').waitFor();
  await coord.locator('ul.reception li', { hasText: 'Farine de blé T65' }).getByText('Tout est arrivé.').waitFor();

  // The packing list says the lentils were reduced.
  await coord.goto(coord.url().replace(/\/reception.*$/, '/bilan'));
  const bag = coord.locator('.bag', { hasText: 'Foyer Diallo' });
  assert.match(await bag.innerText(), /1,5 kg Lentilles vertes \(réduit : 2 kg commandés/);
  assert.deepEqual(coord.errors, []);
  await coord.context().close();
});

test('at the table on a phone: find, partial payment, what is owed, correction', async () => {
  // The week's cycle was closed by the test above; Awa's order waits.
  const coord = await phonePage(app.browser);
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await coord.getByRole('link', { name: 'Feuille de distribution' }).click();
  await hydrated(coord);

  // Find the household by typing part of its name.
  await coord.getByLabel('Chercher un foyer par son nom').fill('dial');
  const row = coord.locator('ul.sheet > li:visible');
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /Foyer Diallo/);
  // The bag's contents, one tap away.
  await row.getByText(/Contenu du sac/).click();
  await row.getByText(/Lentilles vertes/).waitFor();

  // She pays 5 € now.
  const due = (await row.innerText()).match(/à payer : ([\d,]+)\s€/)[1];
  await row.getByLabel(/Montant payé/).fill('5');
  await row.getByRole('button', { name: 'Remis et payé' }).click();
  const done = coord.locator('ul.sheet li.done', { hasText: 'Foyer Diallo' });
  await done.getByText(/Reste à payer/).waitFor();
  assert.match(await done.innerText(), new RegExp(`payé 5,00\\s€ sur ${due}\\s€`));
  await coord.getByText(/Caisse : espèces 5,00\s€/).waitFor();

  // A mistake: she had paid the whole amount. Corrected, with a reason.
  await done.getByText('Corriger ce paiement').click();
  await done.getByLabel(/Montant payé/).fill(due);
  await done.getByLabel('Pourquoi cette correction ?').fill('Elle avait tout payé en espèces');
  await done.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await done.getByText(/Raison : Elle avait tout payé en espèces/).waitFor();
  assert.doesNotMatch(await done.innerText(), /Reste à payer/);
  await coord.screenshot({ path: 'artifacts/table-phone.png', fullPage: false });
  assert.deepEqual(coord.errors, []);
  await coord.context().close();
});
