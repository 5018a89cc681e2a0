// What a phone downloads, kept to its budget (sizes, never timings): the
// WebAssembly and JavaScript of a first visit, and the HTML of every page a
// member opens, as served (compressed) and as the phone parses it
// (uncompressed) — also when the open cycle offers 5 000 products.
// scripts/phone-figures.sh prints the same figures with the timings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { BUDGET, firstVisit, memberPages, fetchRaw } from './phone.mjs';

let server;
before(async () => {
  server = await startServer({ seedArgs: ['--products', '5000'] });
});
after(async () => {
  await server?.stop();
});

test('a first visit downloads at most 120 KB of WebAssembly and JavaScript', async () => {
  const { total, lines } = await firstVisit(server.base);
  console.log(lines.join('\n') + `\ntotal: ${total} B`);
  assert.ok(lines.some((l) => l.startsWith('/pkg/pot-commun.wasm')), 'the islands runtime is counted');
  assert.ok(total <= BUDGET.firstVisitScripts, `${total} B > ${BUDGET.firstVisitScripts} B:\n${lines.join('\n')}`);
});

test('every member page stays within 15 KB sent and 60 KB parsed, with 5 000 products offered', async () => {
  const { lines, over, cookie } = await memberPages(server.base);
  console.log(lines.join('\n'));
  assert.deepEqual(over, [], `pages over budget:\n${over.join('\n')}`);
  // The offer really is large: the catalogue counts it.
  assert.match((await fetchRaw(server.base, '/catalogue', { cookie })).text, /5\s?000(<!>|\s)*produits/);
});
