// Measures (does not assert) the roster check in headless Chromium on the release build:
// a generated 100,000-row roster is put into the textarea, then the time from the submit
// click to the summary being in the DOM, and to the next frame, is reported.
//
//   node tests/e2e/bench-roster.mjs [rows]      (after `trunk build --release --offline`)
import { start } from './browser.mjs';

const rows = Number(process.argv[2] ?? 100000);

/** ISO 7064 MOD 11-2 check character. */
function check(head) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(head[i]) * w[i];
  return '10X98765432'[s % 11];
}

/** A deterministic roster: 1% mistyped IDs, 0.5% repeated, sex and birth agreeing. */
function roster(n) {
  // mulberry32: a small deterministic generator with good low bits.
  let seed = 2026;
  const rnd = (k) => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const regions = ['110105', '440103', '441402', '441203', '620702', '310101', '510104'];
  const lines = ['姓名,身份证号码,联系电话,性别,出生日期'];
  const ids = [];
  for (let i = 0; i < n; i++) {
    let id;
    if (i > 0 && rnd(200) === 0) id = ids[rnd(ids.length)];
    else {
      const y = 1940 + rnd(80), m = 1 + rnd(12), d = 1 + rnd(28);
      const head = regions[rnd(regions.length)] + y + String(m).padStart(2, '0') + String(d).padStart(2, '0') + String(rnd(1000)).padStart(3, '0');
      id = head + check(head);
      if (rnd(100) === 0) id = id.slice(0, 10) + ((Number(id[10]) + 1) % 10) + id.slice(11);
      ids.push(id);
    }
    const sex = Number(id[16]) % 2 === 1 ? '男' : '女';
    lines.push(`学生${i},${id},138${String(rnd(1e8)).padStart(8, '0')},${sex},${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  }
  return lines.join('\r\n') + '\r\n';
}

const app = await start();
try {
  const text = roster(rows);
  const { page, context } = await app.open('/?view=roster', { waitFor: '[data-testid=roster-input]' });
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const r = await page.evaluate(async (t) => {
      const ta = document.querySelector('[data-testid=roster-input]');
      ta.value = t;
      // The paste happened before the submit: let the page lay the text out first.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
      const button = document.querySelector('.roster__form button[type=submit]');
      const shown = new Promise((resolve) => {
        const seen = () => document.querySelector('[data-testid=roster-summary]');
        const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); resolve(performance.now()); } });
        obs.observe(document.body, { childList: true, subtree: true });
      });
      const t0 = performance.now();
      button.click();
      const inDom = await shown;
      await new Promise((r) => requestAnimationFrame(() => r()));
      const painted = performance.now();
      const s = document.querySelector('[data-testid=roster-summary]').dataset;
      return { dom: inDom - t0, frame: painted - t0, total: s.total, valid: s.valid, invalid: s.invalid, duplicates: s.duplicates, rendered: document.querySelectorAll('[data-testid=roster-row]').length };
    }, text);
    runs.push(r);
    console.log(`run ${run + 1}: submit → summary in DOM ${r.dom.toFixed(0)} ms, → next frame ${r.frame.toFixed(0)} ms (total ${r.total}, valid ${r.valid}, invalid ${r.invalid}, duplicates ${r.duplicates}, ${r.rendered} rows rendered)`);
  }
  const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`${rows} rows (${(text.length / 1e6).toFixed(1)} M chars): median submit → summary ${med('dom').toFixed(0)} ms, → next frame ${med('frame').toFixed(0)} ms`);
  await context.close();
} finally {
  await app.close();
}
