// Benchmark (prints figures, asserts nothing): time from navigation start to an interactive
// calculator result in headless Chromium, first visit (cold cache) and repeat visit.
// `COMPARE=<another build's dist>`: first visits to both builds, alternated in this one
// browser, so a change is measured against the same machine's drift (the figures here swing
// by tens of ms from minute to minute).
import { start, serve } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const app = await start();
const other = process.env.COMPARE ? await serve(process.env.COMPARE) : null;
const query = '/?region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function measure(reuse, url = app.server.url, runs = RUNS) {
  const times = [];
  let context = reuse ? await app.browser.newContext() : null;
  for (let i = 0; i < runs; i++) {
    // A first visit has no service worker; blocking it here also keeps the previous run's
    // (registered once its result was shown, then precaching every tool's files in the
    // background) from slowing this one: measured here, ~25 ms of every later first visit.
    if (!reuse) context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The moment the result is in the page, read in the page and sent out as a console
    // message. Not waited for with Playwright's selectors: their script, injected into the
    // page while it loads, takes ~20 ms of its main thread (a trace shows it), which no
    // visitor's page spends.
    await page.addInitScript(() => {
      new MutationObserver((_, seen) => {
        if (!document.querySelector('[data-testid=net-payable][data-value="100.00"]')) return;
        seen.disconnect();
        console.log(`yibao-result ${performance.now()}`);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const result = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('yibao-result '), timeout: 30000 });
    await page.goto(url + query, { waitUntil: 'commit' });
    times.push(Number((await result).text().split(' ')[1]));
    await page.close();
    if (!reuse) await context.close();
  }
  if (reuse) await context.close();
  return times;
}

if (other) {
  const mine = [], theirs = [];
  for (let i = 0; i < RUNS; i++) {
    mine.push(...(await measure(false, app.server.url, 1)));
    theirs.push(...(await measure(false, other.url, 1)));
  }
  console.log(`first visit, median of ${RUNS} alternated: dist ${median(mine).toFixed(0)} ms, ${process.env.COMPARE} ${median(theirs).toFixed(0)} ms`);
  await other.close();
} else {
  const cold = await measure(false);
  const warm = await measure(true);
  console.log(`navigation → interactive result, median of ${RUNS}: first visit ${median(cold).toFixed(0)} ms, repeat visit ${median(warm).toFixed(0)} ms`);
  console.log(`  first visit runs: ${cold.map((t) => t.toFixed(0)).join(', ')} ms`);
}
await app.close();
