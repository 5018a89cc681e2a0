// What a phone downloads from the app: the first visit's scripts and every
// member page, measured as they arrive (compressed) and as the phone parses
// them. Used by the budget check (budget.test.mjs) and by the figures
// script (bench/phone.mjs).
import http from 'node:http';
import zlib from 'node:zlib';
import { PASSWORD } from './harness.mjs';

export const BUDGET = {
  // WebAssembly + JavaScript of a first visit, as sent (brotli where the
  // server has it).
  firstVisitScripts: 120 * 1024,
  pageServed: 15 * 1024,
  pageParsed: 60 * 1024,
};

/// One request as a phone makes it: the bytes as they arrive (not
/// decompressed), and the decompressed length.
export function fetchRaw(base, path, { cookie = '', method = 'GET', body = null, accept = 'text/html' } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const req = http.request(url, {
      method,
      headers: {
        'accept-encoding': 'br, gzip',
        accept,
        ...(cookie ? { cookie } : {}),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers['content-encoding'];
        const plain = enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw;
        resolve({ status: res.statusCode, headers: res.headers, served: raw.length, parsed: plain.length, text: plain.toString('utf8') });
      });
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

export async function memberCookie(base, identifier) {
  const body = new URLSearchParams({ identifier, password: PASSWORD }).toString();
  const res = await fetchRaw(base, '/api/login', { method: 'POST', body, accept: 'application/json' });
  if (res.status !== 200) throw new Error(res.text);
  return res.headers['set-cookie'].map((c) => c.split(';')[0]).join('; ');
}

/// The scripts a page makes the phone fetch: its <script src>, module
/// preloads, and the islands loader's JavaScript and WebAssembly.
export function scriptsOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.wasm)"/g)) found.add(m[1]);
  return [...found];
}

/// The WebAssembly and JavaScript of a first visit (login page, then the
/// catalogue), each file as sent: `{ total, lines }`.
export async function firstVisit(base) {
  const login = await fetchRaw(base, '/connexion');
  const cookie = await memberCookie(base, 'awa@exemple.fr');
  const catalogue = await fetchRaw(base, '/catalogue', { cookie });
  const files = new Set([...scriptsOf(login.text), ...scriptsOf(catalogue.text), '/sw.js']);
  // The islands runtime: its script and its WebAssembly, fetched on idle.
  files.add('/pkg/pot-commun.js');
  files.add('/pkg/pot-commun.wasm');
  let total = 0;
  const lines = [];
  for (const f of files) {
    const res = await fetchRaw(base, f, { accept: '*/*' });
    if (res.status !== 200) throw new Error(`${f}: ${res.status}`);
    total += res.served;
    lines.push(`${f}: ${res.served} B sent (${res.parsed} B)`);
  }
  return { total, lines };
}

/// Every page a member opens, with a basket of a few products:
/// `{ lines, over }` (over: the pages past their budget).
export async function memberPages(base) {
  const cookie = await memberCookie(base, 'awa@exemple.fr');
  // A basket of a few products, so the basket page has something to show.
  const catalogue = await fetchRaw(base, '/catalogue?q=miel', { cookie });
  const cycle = /name="cycle_id" value="(\d+)"/.exec(catalogue.text)?.[1];
  if (!cycle) throw new Error('no open cycle with steppers');
  const products = [...catalogue.text.matchAll(/name="product_id" value="(\d+)"/g)].map((m) => m[1]).slice(0, 5);
  if (products.length < 3) throw new Error('no honeys found');
  for (const product of products) {
    const body = new URLSearchParams({ cycle_id: cycle, product_id: product, qty: '', step: '1' }).toString();
    const res = await fetchRaw(base, '/api/basket_line', { cookie, method: 'POST', body, accept: 'application/json' });
    if (res.status !== 200) throw new Error(res.text);
  }
  const pages = ['/catalogue', '/catalogue?page=40', '/catalogue?q=lentilles', '/catalogue?categorie=1', '/commande', '/creneaux', '/ateliers', '/messages', '/profil', '/commissions', '/compte', '/catalogue/1/prix'];
  const lines = [];
  const over = [];
  for (const path of pages) {
    const res = await fetchRaw(base, path, { cookie });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    lines.push(`${path}: ${res.served} B sent, ${res.parsed} B parsed`);
    if (res.served > BUDGET.pageServed || res.parsed > BUDGET.pageParsed) over.push(lines.at(-1));
  }
  return { lines, over, cookie };
}
