// After ordering: the coordinator closes early, reads the purchase order,
// records a producer's shortage (the member is told), and hands over the
// order at the distribution table on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, phonePage, login, hydrated, addToBasket, confirmBasket } from './harness.mjs';

const app = serverAndBrowser();

test('close, purchase order, shortage, distribution', async () => {
  // Two households order honey.
  for (const [who, jars] of [['awa@exemple.fr', '2'], ['aicha@exemple.fr', '1']]) {
    const page = await phonePage(app.browser);
    await login(page, app.server.base, who);
    await addToBasket(page, app.server.base, 'miel', 'Miel de lavande', jars);
    await confirmBasket(page, app.server.base);
    await page.locator('section.summary').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }

  const coord = await phonePage(app.browser);
  await login(coord, app.server.base, 'claire@potcommun.fr');
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await hydrated(coord);
  // Closing asks first, saying what it does.
  await coord.getByText('Clore les commandes maintenant', { exact: true }).click();
  await coord.getByText('2 foyers ont commandé.').waitFor();
  await coord.getByRole('button', { name: 'Oui, clore les commandes maintenant' }).click();
  await coord.getByText('commandes fermées').first().waitFor();

  // The purchase order sums both households.
  await coord.getByRole('link', { name: /Bons de commande, préparation/ }).click();
  await coord.getByRole('link', { name: /Bons de commande à imprimer/ }).click();
  const honeyLine = coord.locator('tr', { hasText: 'Miel de lavande' }).first();
  await honeyLine.waitFor();
  assert.match(await honeyLine.innerText(), /3 bocaux/);
  assert.match(await honeyLine.innerText(), /28,50\s€/);

  // Printed on A4, each producer's purchase order starts a page of its own
  // and fits on it.
  await coord.emulateMedia({ media: 'print' });
  const sections = await coord.locator('.print-page').count();
  const producers = await coord.locator('.purchase-order').count();
  assert.ok(producers >= 1);
  const pdf = await coord.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, sections, `${sections} sections to print, ${pages} pages`);
  for (const box of await coord.locator('.purchase-order').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    assert.ok(box < 1000, `a purchase order ${box}px tall does not fit one A4 page`);
  }
  await coord.emulateMedia({ media: 'screen' });

  // Only 2 jars arrived: one each, in turn.
  await coord.goBack();
  await coord.goBack();
  await coord.getByRole('link', { name: 'Réception des livraisons' }).click();
  const honey = coord.locator('ul.reception li', { hasText: 'Miel de lavande' });
  assert.match(await honey.innerText(), /Commandé : 3 bocaux/);
  await honey.getByLabel(/Quantité arrivée/).fill('2');
  await coord.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await honey.getByText('Arrivé : 2 bocaux').waitFor();
  await honey.getByText('Il manque 1 bocal').waitFor();

  // Awa is told, from the menu's unread count.
  const awa = await phonePage(app.browser);
  await login(awa, app.server.base, 'awa@exemple.fr');
  await awa.getByRole('link', { name: /Messages 1 message non lu/ }).waitFor();
  await awa.getByRole('link', { name: /Messages/ }).click();
  await awa.getByText('vous recevrez 1 bocal de Miel de lavande au lieu de 2 bocaux').waitFor();
  assert.deepEqual(awa.errors, []);
  await awa.context().close();

  // At the table: Awa's household pays its new total, 9,50 €.
  await coord.goto(`${app.server.base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await coord.getByRole('link', { name: 'Feuille de distribution' }).click();
  const row = coord.locator('ul.sheet li', { hasText: 'Foyer Diallo' });
  assert.match(await row.innerText(), /à payer : 9,50\s€/);
  await row.getByLabel('Moyen de paiement').selectOption('card');
  await row.getByRole('button', { name: 'Remis et payé' }).click();
  await coord.locator('ul.sheet li.done', { hasText: 'Foyer Diallo' }).waitFor();
  assert.match(await coord.locator('ul.sheet li', { hasText: 'Foyer Diallo' }).innerText(), /9,50\s€ \(carte\)/);
  await coord.screenshot({ path: 'artifacts/distribution-phone.png', fullPage: false });
  assert.deepEqual(coord.errors, []);
  await coord.context().close();
});
