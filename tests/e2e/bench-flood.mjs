// Measures (does not assert) issue 15's flooding attack in headless Chromium on the release
// build: a roster whose ID cells were crafted so that every one collides in the duplicate
// table's former, unkeyed hash (FxHash as the browser ran it: 32-bit words, over the ID
// packed into a number, see `Seen` in src/domain/roster/check.rs), against a roster of
// random IDs of the same shape (24 characters of 0-9 and A-Z). The table is now keyed at
// random for every check, so the two should take about the same time (target: within 2×).
//
//   node tests/e2e/bench-flood.mjs [rows]       (default 200000; after the release build)
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './browser.mjs';

const K = 0x9e3779b9;
const LIMIT = 37n ** 24n;
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
let seed = 12345;
const rnd32 = () => { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return (t ^ (t >>> 14)) >>> 0; };

/** The ID string whose packed value is `v` (base 37, digits 1..36), or null if `v` has a 0 digit. */
function unpack(v) {
  let s = '';
  while (v > 0n) {
    const d = Number(v % 37n);
    if (d === 0) return null;
    s = DIGITS[d - 1] + s;
    v /= 37n;
  }
  return s.length === 24 ? s : null;
}

/** `n` IDs whose packed values all have the same 32-bit FxHash: the top word cancels the rest. */
function crafted(n) {
  const out = new Set();
  while (out.size < n) {
    const w = [rnd32(), rnd32(), rnd32()];
    let h = 0;
    for (const x of w) h = Math.imul(rotl(h, 5) ^ x, K) >>> 0;
    const top = (rotl(h, 5) ^ 0x1234567) >>> 0;
    if (top >= 2 ** 30) continue;
    const v = (BigInt(top) << 96n) | (BigInt(w[2]) << 64n) | (BigInt(w[1]) << 32n) | BigInt(w[0]);
    if (v >= LIMIT) continue;
    const s = unpack(v);
    if (s) out.add(s);
  }
  return [...out];
}

/** `n` random IDs of the same shape. */
function random(n) {
  const out = new Set();
  while (out.size < n) out.add(Array.from({ length: 24 }, () => DIGITS[rnd32() % 36]).join(''));
  return [...out];
}

async function time(app, path, n) {
  const { page, context } = await app.open('/?view=roster', { waitFor: '[data-testid=roster-input]' });
  const t0 = Date.now();
  await page.getByTestId('roster-file').setInputFiles(path);
  await page.waitForFunction((n) => document.querySelector('[data-testid=roster-summary]')?.dataset.total === String(n), n, { timeout: 900000, polling: 20 });
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}

const n = Number(process.argv[2] ?? 200000);
const dir = mkdtempSync(join(tmpdir(), 'yibao-flood-'));
const app = await start();
try {
  const figures = {};
  for (const [name, ids] of [['random', random(n)], ['crafted', crafted(n)]]) {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, '姓名,身份证号码\n' + ids.map((id, i) => `x${i},${id}`).join('\n') + '\n');
    await time(app, path, n); // warm
    figures[name] = Math.min(await time(app, path, n), await time(app, path, n));
  }
  const ratio = figures.crafted / figures.random;
  console.log(`flood (${n.toLocaleString('en')} rows, upload → summary, best of 2): random ${figures.random} ms, crafted ${figures.crafted} ms, ratio ${ratio.toFixed(2)} (target ≤ 2)`);
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
