// Every member's language, on a 360 × 740 phone: the same walk (log in,
// order, sign up for a shift, read a message) in Arabic, right to left, and
// in English; then every page in French, English and Arabic through an
// automated accessibility check. Screenshots go to end2end/artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launchBrowser, phonePage, login, words, accessible, fitsThePhone, speaks, artifacts, PASSWORD } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/// Everything a page in `lang` must be: its language and direction, fits
/// the phone, passes axe; and a screenshot to look at.
async function look(page, lang, name) {
  await page.waitForLoadState('networkidle');
  await speaks(page, lang);
  await fitsThePhone(page, `${lang} ${name}`);
  await accessible(page, `${lang} ${name}`);
  await page.screenshot({ path: join(artifacts, `language-${lang}-${name}.png`), fullPage: true });
}

async function walk(lang, identifier) {
  const w = words(lang);
  const base = server.base;
  // A French phone: the language is chosen on the login page, by its name.
  const page = await phonePage(browser);
  await page.goto(`${base}/connexion`);
  await speaks(page, 'fr');
  await page.getByRole('button', { name: w['language-own_name'] }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await look(page, lang, 'login');
  await page.getByLabel(w['login-identifier']).fill(identifier);
  await page.getByLabel(w['login-password']).fill(PASSWORD);
  await Promise.all([page.waitForURL(/\/catalogue/), page.getByRole('button', { name: w['login-submit'] }).click()]);
  await look(page, lang, 'catalogue');

  // Order: the product's name stays as the association typed it.
  await page.goto(`${base}/catalogue?q=miel`);
  const box = page.locator('li.product', { hasText: 'Miel de lavande' }).locator('input[name="qty"]');
  await box.fill('1');
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/basket_line') && r.request().method() === 'POST'),
    box.press('Enter'),
  ]);
  await page.goto(`${base}/commande`);
  await look(page, lang, 'basket');
  await page.getByLabel(/Centre social des Buers/).check();
  await Promise.all([page.waitForURL(/ok=1/), page.getByRole('button', { name: w['order-confirm'] }).click()]);
  await page.getByText(w['basket-confirmed']).waitFor();
  await look(page, lang, 'confirmed');

  // A shift, from the tab bar.
  await page.getByRole('link', { name: w['nav-shifts'] }).click();
  await page.waitForURL(/\/creneaux/);
  const open = page.locator('ul.shifts > li', { has: page.getByRole('button', { name: w['shift-sign_up'] }) }).first();
  const shiftId = await open.locator('input[name="shift_id"]').first().inputValue();
  await open.getByRole('button', { name: w['shift-sign_up'] }).click();
  await page.getByRole('button', { name: w['shift-withdraw'] }).first().waitFor();
  await look(page, lang, 'shifts');

  // The coordination (in French) removes that shift; the member reads it
  // in their own language.
  const coord = await phonePage(browser);
  await login(coord, base, 'claire@potcommun.fr');
  const removed = await coord.request.post(`${base}/api/delete_shift`, {
    form: { shift_id: shiftId, confirmed: 'yes' },
    headers: { accept: 'application/json' },
  });
  assert.ok(removed.ok(), `delete_shift: ${removed.status()}`);
  await page.getByRole('link', { name: new RegExp(`^${w['nav-messages']}`) }).click();
  await page.waitForURL(/\/messages/);
  const notice = (await page.locator('main li').first().innerText()).trim();
  if (lang === 'ar') assert.match(notice, /[\u0600-\u06FF]/, notice);
  else assert.match(notice, /removed/, notice);
  assert.doesNotMatch(notice, /supprimé|créneau/, notice);
  await look(page, lang, 'messages');

  assert.deepEqual(page.errors, []);
  await page.context().close();
  await coord.context().close();
}

test('in Arabic, right to left: log in, order, sign up for a shift, read a message', async () => {
  await walk('ar', '06 11 22 33 26');
});

test('in English: log in, order, sign up for a shift, read a message', async () => {
  await walk('en', 'mariam@exemple.fr');
});

const MEMBER_PAGES = ['/catalogue', '/commande', '/creneaux', '/ateliers', '/messages', '/profil', '/commissions', '/compte'];
const STAFF_PAGES = [
  '/coordination', '/coordination/cycles', '/coordination/foyers', '/coordination/produits', '/coordination/produits/nouveau',
  '/coordination/producteurs', '/coordination/categories', '/coordination/lieux', '/coordination/taches', '/admin',
  '/coordination/couts', '/coordination/adhesions', '/coordination/tresorerie', '/coordination/financeurs', '/coordination/rapport',
];
// A page of each kind that has an id, found from the lists as a person
// would: a cycle and each of its pages, a household and its order by phone,
// a product, a proposal, the distribution sheet.
const LINKS = [
  ['/coordination/cycles', /^\/coordination\/cycles\/\d+$/],
  ['/coordination/foyers', /^\/coordination\/foyers\/\d+$/],
  ['/coordination/produits', /^\/coordination\/produits\/\d+$/],
  ['/commissions', /^\/(propositions|elections)\/\d+$/],
  ['/coordination/financeurs', /^\/coordination\/financeurs\/\d+$/],
];
const CYCLE_PARTS = ['', '/produits', '/bilan', '/bons', '/reception', '/creneaux', '/distribution', '/argent'];

async function staffPages(page, base) {
  const found = [];
  for (const [list, pattern] of LINKS) {
    await page.goto(`${base}${list}`);
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const href = hrefs.find((h) => pattern.test(h));
    assert.ok(href, `a link like ${pattern} on ${list}`);
    if (href.startsWith('/coordination/cycles/')) found.push(...CYCLE_PARTS.map((p) => href + p));
    else if (href.startsWith('/coordination/foyers/')) found.push(href, `${href}/commande`, `${href}/compte`);
    else found.push(href);
  }
  return found;
}

/// A product's "why this price" page, from the catalogue.
async function whyThisPrice(page, base) {
  await page.goto(`${base}/catalogue`);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => /^\/catalogue\/\d+\/prix$/.test(h));
  assert.ok(href, 'a "why this price" link in the catalogue');
  return href;
}

async function everyPage(page, lang, paths) {
  for (const path of paths) {
    await page.goto(`${server.base}${path}`);
    await page.waitForLoadState('networkidle');
    await speaks(page, lang);
    await fitsThePhone(page, `${lang} ${path}`);
    await accessible(page, `${lang} ${path}`);
  }
}

test('every page, in each language, passes the accessibility check', async () => {
  // Before any account: the login page, in the language its buttons choose.
  const visitor = await phonePage(browser);
  for (const lang of ['fr', 'en', 'ar']) {
    await visitor.goto(`${server.base}/connexion`);
    await visitor.getByRole('button', { name: words(lang)['language-own_name'] }).click();
    await visitor.waitForFunction((l) => document.documentElement.lang === l, lang);
    await everyPage(visitor, lang, ['/connexion']);
  }
  await visitor.context().close();

  for (const who of ['aicha@exemple.fr', 'admin@potcommun.fr']) {
    const page = await phonePage(browser);
    await login(page, server.base, who);
    const pages = who.startsWith('admin') ? [...STAFF_PAGES, ...(await staffPages(page, server.base))] : [...MEMBER_PAGES, await whyThisPrice(page, server.base)];
    for (const lang of ['fr', 'en', 'ar']) {
      // The profile's language buttons, as a person would change it.
      await page.goto(`${server.base}/profil`);
      await page.getByRole('button', { name: words(lang)['language-own_name'] }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await everyPage(page, lang, pages);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
