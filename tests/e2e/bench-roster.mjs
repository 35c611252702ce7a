// Measures (does not assert) the roster check in headless Chromium on the release build, on
// rosters from a deterministic generator with the mix of issue 14 (name, ID, mobile; about
// 30% of the IDs wrong: check character, impossible date, too short, a letter among the
// digits, spaces and lower-case x), the way staff work:
//   - paste: the user clicks into the roster box (focus), pastes a moment later (800 ms): a
//     `paste` event carrying the text (a ClipboardEvent with a DataTransfer, as the browser
//     sends it) → the page can paint again; then, as the paste is shown, submit → summary
//     (`COLD=1` skips the focus, so the worker starts only with the paste);
//   - upload: the file given to the file input → summary;
//   - export of the result → the download;
//   - the longest main-thread task meanwhile (PerformanceObserver 'longtask');
//   - the renderer's peak resident memory during an upload (from /proc, Linux), against
//     the file's size.
//
//   node tests/e2e/bench-roster.mjs                 (after `trunk build --release --offline`)
//   node tests/e2e/bench-roster.mjs paste 100000    one scenario: paste | upload | export
//   node tests/e2e/bench-roster.mjs upload 5000000
import { writeFileSync, mkdtempSync, rmSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './browser.mjs';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const M = '10X98765432';
const ck = (s) => { let t = 0; for (let i = 0; i < 17; i++) t += Number(s[i]) * W[i]; return M[t % 11]; };
const REG = ['440103', '440106', '441402', '441481', '441202', '620702', '110105', '310104', '810000', '830000'];

/** The roster of /work/shared/bench/gen_roster.py, in JavaScript: `n` rows, a header. */
export function roster(n, seed = 7) {
  let a = seed >>> 0;
  const rnd = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const d0 = Date.UTC(1940, 0, 1) / 864e5, d1 = Date.UTC(2024, 11, 31) / 864e5;
  const parts = ['姓名,身份证号码,联系电话\n'];
  for (let i = 0; i < n; i++) {
    const d = new Date((d0 + Math.floor(rnd() * (d1 - d0 + 1))) * 864e5);
    const ymd = d.toISOString().slice(0, 10).replaceAll('-', '');
    const body = pick(REG) + ymd + String(1 + Math.floor(rnd() * 999)).padStart(3, '0');
    let s = body + ck(body);
    const r = rnd();
    if (r < 0.70) { /* valid */ } else if (r < 0.80) s = body + M[(M.indexOf(ck(body)) + 1) % 11];
    else if (r < 0.85) s = s.slice(0, 10) + '0230' + s.slice(14);
    else if (r < 0.90) s = s.slice(0, -1);
    else if (r < 0.95) s = s.slice(0, 5) + 'O' + s.slice(6);
    else s = ' ' + s.toLowerCase() + ' ';
    let phone = '1' + pick('3456789');
    for (let k = 0; k < 9; k++) phone += pick('0123456789');
    parts.push(`学生${i},${s},${phone}\n`);
  }
  return parts.join('');
}

/** Resident memory (bytes) of Chromium's renderer processes, from /proc. */
function rendererRss() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (m) total += Number(m[1]) * 1024;
    } catch { /* gone */ }
  }
  return total;
}

/** Watches long tasks in the page (installed before the app starts). */
const WATCH_LONG_TASKS = () => {
  window.__longest = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longest = Math.max(window.__longest, e.duration);
      window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }
  }).observe({ type: 'longtask', buffered: true });
};

async function open(app) {
  const { page, context } = await app.open('/?view=roster', { waitFor: '[data-testid=roster-input]' });
  await page.evaluate(WATCH_LONG_TASKS);
  return { page, context };
}

const summaryOf = (page, n) => page.waitForFunction((n) => document.querySelector('[data-testid=roster-summary]')?.dataset.total === String(n), n, { timeout: 600000, polling: 10 });
const longest = async (page) => {
  // TASKS=1 lists every long task as [start ms, duration ms].
  if (process.env.TASKS) console.log('long tasks', JSON.stringify(await page.evaluate(() => window.__tasks)));
  return page.evaluate(() => { const l = window.__longest; window.__longest = 0; window.__tasks = []; return l; });
};

async function paste(app, n) {
  const text = roster(n);
  const { page, context } = await open(app);
  await page.evaluate(() => { window.__longest = 0; });
  // The text is handed to the page first (not measured), then the paste event goes off.
  await page.evaluate((t) => { window.__text = t; }, text);
  // Into the box first, as a user does before Ctrl+V (the page starts the check's worker).
  if (!process.env.COLD) {
    await page.evaluate(() => document.querySelector('[data-testid=roster-input]').focus());
    await new Promise((r) => setTimeout(r, 800));
  }
  const usable = await page.evaluate(async () => {
    const box = document.querySelector('[data-testid=roster-input]');
    const data = new DataTransfer();
    data.setData('text/plain', window.__text);
    const t0 = performance.now();
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  await page.getByTestId('roster-pasted').waitFor();
  // Timed in the page, from the click to the moment the summary with every row is in the
  // document (as bench-calc.mjs does), so Playwright's round trips are not counted.
  const submit = await page.evaluate((n) => new Promise((done) => {
    const t0 = performance.now();
    const seen = () => document.querySelector('[data-testid=roster-summary]')?.dataset.total === String(n);
    new MutationObserver((_, o) => { if (seen()) { o.disconnect(); done(performance.now() - t0); } })
      .observe(document, { subtree: true, childList: true, attributes: true });
    document.querySelector('.roster__form button[type=submit]').click();
  }), n);
  console.log(`paste ${n} rows (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB): page usable again ${usable.toFixed(0)} ms; submit → summary ${submit.toFixed(0)} ms; longest main-thread task ${(await longest(page)).toFixed(0)} ms`);
  await context.close();
}

async function upload(app, n, dir) {
  const path = join(dir, `roster-${n}.csv`);
  writeFileSync(path, roster(n));
  const size = statSync(path).size;
  const { page, context } = await open(app);
  const before = rendererRss();
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, rendererRss()); }, 50);
  await page.evaluate(() => { window.__longest = 0; window.__tasks = []; });
  const t0 = Date.now();
  console.log('choose at', await page.evaluate(() => Math.round(performance.now())));
  await page.getByTestId('roster-file').setInputFiles(path);
  await summaryOf(page, n);
  const ms = Date.now() - t0;
  clearInterval(timer);
  const grown = peak - before;
  // The worker's WebAssembly memory never shrinks: its size now is its peak
  // (public/roster-worker-loader.js leaves it at self.rosterMemory).
  const worker = page.workers().find((w) => w.url().endsWith('/roster-worker-loader.js'));
  const wasm = worker ? await worker.evaluate(() => self.rosterMemory?.buffer.byteLength ?? 0) : 0;
  console.log(`upload ${n} rows (${(size / 1e6).toFixed(0)} MB): choose → summary ${ms} ms; longest main-thread task ${(await longest(page)).toFixed(0)} ms; renderer memory +${(grown / 1e6).toFixed(0)} MB at peak = ${(grown / size).toFixed(2)}× the file; worker's WebAssembly memory ${(wasm / 1e6).toFixed(0)} MB = ${(wasm / size).toFixed(2)}× the file`);
  await context.close();
  rmSync(path);
}

async function exportRows(app, n, dir) {
  const path = join(dir, `roster-${n}.csv`);
  writeFileSync(path, roster(n));
  const { page, context } = await open(app);
  await page.getByTestId('roster-file').setInputFiles(path);
  await summaryOf(page, n);
  await page.evaluate(() => { window.__longest = 0; });
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600000 }), page.getByTestId('roster-export').click()]);
  const ms = Date.now() - t0;
  const file = await download.path();
  console.log(`export ${n} rows: click → download ${ms} ms (${(statSync(file).size / 1e6).toFixed(0)} MB); longest main-thread task ${(await longest(page)).toFixed(0)} ms`);
  await context.close();
  rmSync(path);
}

const [only, count] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
const app = await start();
try {
  const runs = only
    ? [[only, Number(count ?? 100000)]]
    : [['paste', 100000], ['paste', 1000000], ['upload', 100000], ['upload', 1000000], ['export', 1000000], ['upload', 5000000]];
  for (const [what, n] of runs) {
    if (what === 'paste') await paste(app, n);
    else if (what === 'upload') await upload(app, n, dir);
    else if (what === 'export') await exportRows(app, n, dir);
  }
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
