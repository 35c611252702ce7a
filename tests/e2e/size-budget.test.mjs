// Download per tool (issue 16): every file a first visit to each URL requests, measured in
// headless Chromium from the requests it makes (service worker blocked, as before it is
// installed), each counted at its brotli size (quality 11, as a server would send it).
// Size is deterministic, so the budgets are a test. Prints the report the README quotes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { start } from './browser.mjs';

const app = await start();
after(() => app.close());

const KB = 1024;
// The release build rebuilds the standard library for size where setup could install its
// sources (scripts/env.sh `release`, SMALL_STD=1 in scripts/.toolchain.env); elsewhere the
// calculator is ~19 KB larger.
const env = 'scripts/.toolchain.env';
const small = existsSync(env) && /SMALL_STD=1/.test(readFileSync(env, 'utf8'));
// `budget` fails the run; `target` is issue 16's goal, printed beside the figure. The
// calculator stood at 151.6 KB once issue 17's catalogue of typed decisions landed, and at
// 146.6 KB once the notices became tables read back (`policy/unpack.rs`) instead of code
// that builds them: the budget is now the goal itself (it was 370 KB, then 155 KB); without
// the rebuilt standard library (~19 KB more) the same margin.
const CALC = (small ? 150 : 169) * KB;
const VIEWS = [
  { name: 'calc', path: '/?view=calc&region=meizhou&year=2022', waitFor: '[data-testid=notice-option]', budget: CALC, target: 150 * KB },
  { name: 'embed', path: '/?embed=1&region=meizhou&year=2022', waitFor: '[data-testid=notice-option]', budget: CALC, target: 150 * KB },
  { name: 'id', path: '/?view=id', waitFor: '[data-testid=id-input]', budget: 200 * KB, target: 200 * KB },
  { name: 'roster', path: '/?view=roster', waitFor: '[data-testid=roster-input]', budget: 200 * KB, target: 200 * KB },
  { name: 'household', path: '/?view=household', waitFor: '[data-testid=household-add]', budget: 200 * KB, target: 200 * KB },
  // The builder shows a live preview: the embedded calculator, its own file, in a frame.
  { name: 'embed builder', path: '/?view=embed', waitFor: '[data-testid=embed-snippet]', budget: 300 * KB, target: 300 * KB },
];

const brotli = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / KB).toFixed(1).padStart(7) + ' KB';

for (const v of VIEWS) {
  test(`a first visit to ${v.path} downloads at most ${v.budget / KB} KB (brotli)`, async () => {
    const requested = new Set();
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('request', (r) => { if (r.url().startsWith(app.server.url)) requested.add(new URL(r.url()).pathname); });
    await page.goto(app.server.url + v.path);
    await page.waitForSelector(v.waitFor);
    await page.waitForLoadState('networkidle');
    await context.close();
    const rows = [...requested].sort().map((p) => {
      const file = p.endsWith('/') ? join('dist', p, 'index.html') : join('dist', p);
      return { p, raw: readFileSync(file).length, br: brotli(file) };
    });
    const total = rows.reduce((s, r) => s + r.br, 0);
    console.log(`\n${v.name} (${v.path}): ${kb(total)} brotli, budget ${v.budget / KB} KB, target ${v.target / KB} KB`);
    for (const r of rows) console.log(`  ${r.p.padEnd(44)}${kb(r.raw)} raw${kb(r.br)} brotli`);
    const wasm = rows.filter((r) => r.p.endsWith('.wasm'));
    assert.equal(wasm.length, v.name === 'embed builder' ? 2 : 1, `one WebAssembly file per tool, got ${wasm.map((r) => r.p)}`);
    assert.ok(total <= v.budget, `${v.name}: ${(total / KB).toFixed(1)} KB > budget ${v.budget / KB} KB`);
  });
}
