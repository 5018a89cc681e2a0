// The association's money, in Chromium at phone size: a cost added by the
// coordination and a member reading "why this price"; a household paying
// part at the table and seeing what it owes, with a receipt; a top-up that
// pays the next order by itself; a membership taken with the charter; the
// till counted; the journal downloaded for the accountant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, phonePage, login, hydrated, addToBasket, confirmBasket, accessible, fitsThePhone } from './harness.mjs';

const app = serverAndBrowser();
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

test('a member understands their price and their balance', async () => {
  const base = app.server.base;
  // The coordination adds 10 centimes of transport to every product.
  const coord = await phonePage(app.browser, LAPTOP);
  await login(coord, base, 'claire@potcommun.fr');
  await coord.goto(`${base}/coordination/couts`);
  await coord.getByLabel('Nom').fill('Transport');
  await coord.getByLabel('Montant (€) ou pourcentage').fill('0,10');
  await coord.getByRole('button', { name: 'Ajouter ce coût' }).click();
  await coord.locator('ul.rows li', { hasText: 'Transport' }).getByText('0,10 € par unité').waitFor();

  // Awa opens "why this price" on the lentils: 4,70 € + 0,10 €.
  const awa = await phonePage(app.browser);
  await login(awa, base, 'awa@exemple.fr');
  await awa.goto(`${base}/catalogue?q=lentilles`);
  await awa.locator('li.product', { hasText: 'Lentilles vertes' }).getByRole('link', { name: 'Pourquoi ce prix ?' }).click();
  await awa.waitForURL(/\/catalogue\/\d+\/prix$/);
  const why = await awa.locator('main').innerText();
  assert.match(why, /Prix du producteur \(Moulin de Chabeuil\)\s+4,70\s€ \/ kg/);
  assert.match(why, /\+ Transport\s+0,10\s€ \/ kg/);
  assert.match(why, /Prix coûtant\s+4,80\s€ \/ kg/);
  assert.match(why, /Votre prix\s+4,80\s€ \/ kg/);
  await accessible(awa, 'why this price');
  await fitsThePhone(awa, 'why this price');

  // She orders 2 kg: 9,60 €.
  await addToBasket(awa, base, 'lentilles', 'Lentilles vertes', '2');
  await confirmBasket(awa, base);

  // Nadia's household leaves 10 € ahead at the desk, then orders honey
  // (9,50 + 0,10 at her tier: 0,96 €).
  await coord.goto(`${base}/coordination/foyers`);
  await coord.getByRole('link', { name: 'Foyer Bouzid' }).click();
  await coord.getByRole('link', { name: /Compte du foyer/ }).click();
  const record = coord.getByRole('region', { name: 'Enregistrer une opération' });
  await record.getByLabel('Opération', { exact: true }).selectOption('top_up');
  await record.getByLabel('Montant (€)', { exact: true }).fill('10');
  await record.getByLabel('Moyen de paiement').selectOption('cash');
  await record.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await coord.getByText('Le foyer a 10,00 € d’avance.').waitFor();
  const nadia = await phonePage(app.browser);
  await login(nadia, base, 'nadia@exemple.fr');
  await addToBasket(nadia, base, 'miel', 'Miel de lavande', '1');
  await confirmBasket(nadia, base);

  // Closed, then at the table on a phone.
  await coord.goto(`${base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await hydrated(coord);
  await coord.getByText('Clore les commandes maintenant', { exact: true }).click();
  await coord.getByRole('button', { name: 'Oui, clore les commandes maintenant' }).click();
  await coord.getByText('commandes fermées').first().waitFor();
  const table = await phonePage(app.browser);
  await login(table, base, 'claire@potcommun.fr');
  const sheet = await coord.getByRole('link', { name: 'Feuille de distribution' }).getAttribute('href');
  await table.goto(`${base}${sheet}`);
  await hydrated(table);
  // Nadia's credit covers her order: nothing to ask.
  const nadiaRow = table.locator('ul.sheet > li', { hasText: 'Foyer Bouzid' });
  assert.match(await nadiaRow.innerText(), /Foyer Bouzid — déjà réglé/);
  assert.doesNotMatch(await table.locator('main').innerText(), /solidaire|10 %/);
  await nadiaRow.getByLabel(/Montant payé/).fill('0');
  await nadiaRow.getByRole('button', { name: 'Remis et payé' }).click();
  await table.locator('ul.sheet li.done', { hasText: 'Foyer Bouzid' }).getByText('Remis — rien payé aujourd’hui').waitFor();
  // Awa pays 5 € of 9,60 €.
  const awaRow = table.locator('ul.sheet > li', { hasText: 'Foyer Diallo' });
  assert.match(await awaRow.innerText(), /Foyer Diallo — à payer : 9,60\s€/);
  await awaRow.getByLabel(/Montant payé/).fill('5');
  await awaRow.getByRole('button', { name: 'Remis et payé' }).click();
  await table.locator('ul.sheet li.done', { hasText: 'Foyer Diallo' }).getByText(/Reste à payer : 4,60\s€/).waitFor();
  await table.getByText(/Caisse : espèces 5,00\s€/).waitFor();
  // The cash counted at the end: once, with the gap.
  const buers = table.locator('section.card', { has: table.getByRole('heading', { name: 'Centre social des Buers' }) });
  await buers.getByText('Compter la caisse').click();
  await buers.getByLabel('Espèces comptées (€)').fill('5');
  await buers.getByRole('button', { name: 'Enregistrer le comptage' }).click();
  await table.getByText(/Caisse comptée : 5,00\s€ en espèces pour 5,00\s€ attendus \(écart 0,00\s€\), par Claire Dumas/).waitFor();
  assert.deepEqual(table.errors, []);

  // Awa's account says what she owes, in words, and gives her a receipt.
  await awa.goto(`${base}/profil`);
  await awa.getByRole('link', { name: 'Mon compte' }).click();
  await awa.getByText(/Votre foyer doit 4,60\s€/).waitFor();
  const entries = await awa.locator('ul.ledger').innerText();
  assert.match(entries, /Commande — Commande de la semaine\s+9,60\s€/);
  assert.match(entries, /Payé \(espèces\)\s+− 5,00\s€/);
  await accessible(awa, 'my account');
  await fitsThePhone(awa, 'my account');
  await awa.locator('ul.ledger li', { hasText: 'Payé' }).getByRole('link', { name: 'Reçu' }).click();
  await awa.getByRole('heading', { name: 'Reçu de paiement' }).waitFor();
  assert.match(await awa.locator('main').innerText(), /L’association a reçu 5,00\s€ du foyer Foyer Diallo \(espèces\)/);
  await awa.emulateMedia({ media: 'print' });
  assert.doesNotMatch(await awa.locator('main').innerText(), /Retour à mon compte/);
  await awa.emulateMedia({ media: 'screen' });

  // Her next order will ask for it: the account page says so.
  assert.match(await awa.goto(`${base}/compte`).then(() => awa.locator('main').innerText()), /ce qui reste est demandé à la prochaine distribution/);

  // Nadia's credit paid her order by itself: 10,00 − 0,96 left.
  await nadia.goto(`${base}/compte`);
  await nadia.getByText(/Vous avez 9,04\s€ d’avance/).waitFor();

  // Awa joins: the charter read and accepted, the fee owed.
  const membership = awa.locator('#adhesion');
  await membership.getByText('Votre foyer n’a pas encore adhéré.').waitFor();
  await membership.getByText(/Lire la charte/).click();
  await membership.getByText(/Le groupement d’achat est tenu par ses adhérents/).waitFor();
  await membership.getByLabel('J’ai lu la charte et je l’accepte').check();
  await membership.getByRole('button', { name: 'Adhérer' }).click();
  await awa.locator('#adhesion').getByText(/Votre foyer est adhérent jusqu’au .*2027/).waitFor();
  await awa.getByText(/Votre foyer doit 5,60\s€/).waitFor();
  for (const p of [awa, nadia, coord]) assert.deepEqual(p.errors, []);
  for (const p of [awa, nadia, coord, table]) await p.context().close();
});

test('the treasurer closes the cycle from the app: money page and journal', async () => {
  const base = app.server.base;
  const coord = await phonePage(app.browser, LAPTOP);
  await login(coord, base, 'claire@potcommun.fr');
  await coord.goto(`${base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await coord.getByRole('link', { name: 'Argent du cycle' }).click();
  const page = await coord.locator('main').innerText();
  // 2 kg at 4,80 € and a jar at 9,60 € (9,50 + 0,10) at 10 %.
  assert.match(page, /Au prix coûtant\s+19,20\s€/);
  assert.match(page, /Dû par les foyers\s+10,56\s€/);
  assert.match(page, /Coût de la solidarité\s+8,64\s€/);
  assert.match(page, /Caisse comptée : 5,00\s€/);
  await accessible(coord, 'cycle money');

  // The producer's invoice, typed against the purchase order.
  const honey = coord.locator('li', { hasText: 'Rucher des Coteaux' }).last();
  await honey.getByLabel('Montant facturé (€)').fill('9,50');
  await honey.getByRole('button', { name: 'Enregistrer la facture' }).click();
  await coord.locator('li', { hasText: 'Rucher des Coteaux' }).last().getByText(/Facturé : 9,50\s€ \(écart 0,00\s€\)/).waitFor();

  // The journal, downloaded.
  await coord.goto(`${base}/coordination/tresorerie`);
  const today = new Date().toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 10);
  await coord.getByLabel('Du', { exact: true }).fill(today);
  await coord.getByLabel('Au', { exact: true }).fill(today);
  const [download] = await Promise.all([coord.waitForEvent('download'), coord.getByRole('button', { name: 'Télécharger le journal (CSV)' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\uFEFFdate;compte;libelle;debit;credit;reference/);
  assert.match(csv, /"411";"Commande foyer \d+";9,60;0,00/);
  assert.match(csv, /"607";"Facture Rucher des Coteaux";9,50;0,00/);
  assert.doesNotMatch(csv, /Diallo|Bouzid/);
  const [debit, credit] = csv.trim().split('\n').slice(1).reduce(([d, c], l) => {
    const cells = l.split(';');
    return [d + Number(cells[3].replace(',', '')), c + Number(cells[4].replace(',', ''))];
  }, [0, 0]);
  assert.equal(debit, credit);
  await accessible(coord, 'treasury');
  assert.deepEqual(coord.errors, []);
  await coord.context().close();
});
