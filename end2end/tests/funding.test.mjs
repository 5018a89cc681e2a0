// Funders and impact, in Chromium at laptop size. The demo comes with six
// past cycles (a history, loaded with it). The treasurer records a funder
// and its grant; the coordination closes the week's cycle after a household
// at 10 % ordered; the treasurer reads the grant's use, then the year's
// report — charts with their tables, nobody named — prints it and
// downloads it as a spreadsheet. A member never sees any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, phonePage, login, hydrated, addToBasket, confirmBasket, accessible, artifacts } from './harness.mjs';

const app = serverAndBrowser({ seedArgs: ['--history', '6'] });
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

function dayInput(offsetDays) {
  const d = new Date(Date.now() + offsetDays * 86400000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

test('a treasurer records a grant and produces the report for the funder', async () => {
  const base = app.server.base;
  const treasurer = await phonePage(app.browser, LAPTOP);
  await login(treasurer, base, 'tresorerie@potcommun.fr');
  // Her menu leads to the money, not to the coordination.
  const staff = treasurer.getByRole('navigation', { name: 'Coordination et administration' });
  await staff.getByRole('link', { name: 'Financeurs' }).click();
  await treasurer.waitForURL(/\/coordination\/financeurs$/);

  await treasurer.getByLabel('Nom du financeur').fill('Fondation du Rhône');
  await treasurer.getByRole('button', { name: 'Ajouter le financeur' }).click();
  await treasurer.getByRole('region', { name: 'Financeurs', exact: true }).getByText('Fondation du Rhône').waitFor();

  const form = treasurer.getByRole('region', { name: 'Enregistrer une subvention' });
  await form.getByLabel('Financeur', { exact: true }).selectOption({ label: 'Fondation du Rhône' });
  await form.getByLabel(/Nom de la subvention/).fill('Aide alimentaire 2026');
  await form.getByLabel('Montant (€)').fill('20000');
  await form.getByLabel('Du', { exact: true }).fill(dayInput(-120));
  await form.getByLabel('Au', { exact: true }).fill(dayInput(200));
  await form.getByLabel('Ordre de priorité').fill('1');
  await form.getByLabel(/Seulement les tarifs jusqu’à/).fill('50');
  await form.getByRole('button', { name: 'Enregistrer la subvention' }).click();
  await treasurer.waitForURL(/\/coordination\/financeurs\/\d+/);
  const grantPage = treasurer.url().replace(/\?.*$/, '');
  await treasurer.getByRole('heading', { name: 'Fondation du Rhône — Aide alimentaire 2026' }).waitFor();
  assert.match(await treasurer.locator('main').innerText(), /Seulement les tarifs jusqu’à 50 %/);

  // Money received from the foundation.
  await treasurer.getByLabel('Jour').fill(dayInput(-10));
  await treasurer.getByLabel('Montant (€)').fill('40');
  await treasurer.getByRole('button', { name: 'Enregistrer l’argent reçu' }).click();
  await treasurer.getByText(/Reçu à ce jour : 40,00\s€/).waitFor();

  // Nadia's household (10 %) orders honey; the coordination closes the week.
  const nadia = await phonePage(app.browser);
  await login(nadia, base, 'nadia@exemple.fr');
  await addToBasket(nadia, base, 'miel', 'Miel de lavande', '2');
  await confirmBasket(nadia, base);
  const coord = await phonePage(app.browser, LAPTOP);
  await login(coord, base, 'claire@potcommun.fr');
  await coord.goto(`${base}/coordination/cycles`);
  await coord.getByRole('link', { name: 'Commande de la semaine' }).click();
  await hydrated(coord);
  await coord.getByText('Clore les commandes maintenant', { exact: true }).click();
  await coord.getByRole('button', { name: 'Oui, clore les commandes maintenant' }).click();
  await coord.getByText('commandes fermées').first().waitFor();

  // The grant's use: its money went to the past cycles and this one.
  await treasurer.goto(grantPage);
  const use = await treasurer.getByRole('region', { name: 'Utilisation' }).innerText();
  assert.match(use, /\d+,\d\d\s€ utilisés sur 20\s000,00\s€ \(\d+ %\)/);
  const cycles = await treasurer.getByRole('region', { name: 'Ce qu’elle a payé, cycle par cycle' }).innerText();
  assert.match(cycles, /Commande de la semaine/, 'the cycle just closed is paid for');
  assert.match(cycles, /Cycle généré 1/, 'the oldest cycle first');

  // The year's report: the whole association, then this grant.
  await treasurer.goto(`${base}/coordination/rapport?du=${dayInput(-120)}&au=${dayInput(0)}`);
  await treasurer.getByRole('heading', { name: 'Rapport d’activité' }).waitFor();
  const report = await treasurer.locator('main').innerText();
  assert.match(report, /Toute l’association/);
  assert.match(report, /Foyers servis\s+\d+/);
  assert.match(report, /< 5/, 'a tier of fewer than 5 households is not shown');
  assert.doesNotMatch(report, /Foyer Bouzid|Nadia|Foyer généré|06 \d\d/, 'nobody is named');
  // Three charts, each an SVG with its title, and each with its table.
  for (const [chart, table] of [['chart_households', 'table_households'], ['chart_funders', 'table_funders'], ['chart_produce', 'table_produce']]) {
    const svg = treasurer.locator(`svg[aria-labelledby^="${chart}"]`);
    assert.equal(await svg.count(), 1, chart);
    assert.ok((await svg.locator('title').first().textContent()).length > 10, `${chart} has a title`);
    assert.ok(await treasurer.locator(`table#${table} tbody tr`).count() >= 1, `${table} has rows`);
  }
  assert.ok(await treasurer.locator('svg[aria-labelledby^="chart_funders"] rect.bar').count() > 0, 'the funders chart has bars');
  const funders = await treasurer.locator('table#table_funders').innerText();
  assert.match(funders, /Fondation du Rhône/);
  assert.match(funders, /Non financé/);
  await accessible(treasurer, 'report');
  await treasurer.screenshot({ path: join(artifacts, 'funding-report-laptop.png'), fullPage: true });
  await treasurer.locator('figure', { has: treasurer.locator('svg[aria-labelledby^="chart_households"]') }).screenshot({ path: join(artifacts, 'funding-chart-households.png') });
  await treasurer.locator('figure', { has: treasurer.locator('svg[aria-labelledby^="chart_funders"]') }).screenshot({ path: join(artifacts, 'funding-chart-funders.png') });

  // Printed: a few A4 pages, the association's name on top, no form.
  await treasurer.emulateMedia({ media: 'print' });
  const printed = await treasurer.locator('main').innerText();
  assert.match(printed, /Pot Commun — groupement d’achat des Buers/);
  assert.doesNotMatch(printed, /Télécharger|Afficher/);
  const pdf = await treasurer.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 2 && pages <= 8, `${pages} A4 pages`);
  await treasurer.emulateMedia({ media: 'screen' });

  // The grant's own report, downloaded as a spreadsheet.
  await treasurer.getByLabel('Subvention', { exact: true }).selectOption({ label: 'Fondation du Rhône — Aide alimentaire 2026' });
  await treasurer.getByRole('button', { name: 'Afficher' }).click();
  await treasurer.getByText('Subvention : Fondation du Rhône — Aide alimentaire 2026').waitFor();
  const [download] = await Promise.all([treasurer.waitForEvent('download'), treasurer.getByRole('link', { name: 'Télécharger le tableur (.ods)' }).click()]);
  assert.match(download.suggestedFilename(), /^rapport-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.ods$/);
  const ods = readFileSync(await download.path());
  assert.equal(ods.subarray(0, 2).toString(), 'PK');
  assert.equal(ods.subarray(38, 38 + 46).toString(), 'application/vnd.oasis.opendocument.spreadsheet');
  const [csvDownload] = await Promise.all([treasurer.waitForEvent('download'), treasurer.getByRole('link', { name: 'Télécharger en CSV' }).click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  assert.match(csv, /Subvention : Fondation du Rhône — Aide alimentaire 2026/);
  assert.doesNotMatch(csv, /Foyer (Bouzid|généré)|Nadia|@exemple\.fr/);

  // A member: no funders, no report.
  await nadia.goto(`${base}/coordination/rapport`);
  assert.equal(await nadia.getByRole('heading', { name: 'Rapport d’activité' }).count(), 0);
  assert.doesNotMatch(await nadia.locator('main').innerText(), /Foyers servis|Coût solidaire/);
  const res = await nadia.request.get(`${base}/coordination/rapport.csv`);
  assert.equal(res.status(), 403);

  for (const p of [treasurer, nadia, coord]) assert.deepEqual(p.errors, []);
});
