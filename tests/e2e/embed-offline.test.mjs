// Embedding, sharing, offline use, the Content-Security-Policy and hostile input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { start, serve, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

test('the page carries a strict CSP: one inline script, allowed by its hash; it runs under it', async () => {
  const { page, seen, context } = await app.open('/?region=meizhou&year=2022&status=adult&date=2021-10-01', { waitFor: '[data-testid=pay-now]' });
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  // The one inline script (scripts/post-build.mjs, EARLY): the CSP names its hash, no other.
  const inline = await page.locator('script:not([src]):not([type="application/json"])').evaluateAll((s) => s.map((e) => e.textContent));
  assert.equal(inline.length, 1, 'one inline script');
  const hash = 'sha256-' + createHash('sha256').update(inline[0]).digest('base64');
  assert.equal(csp.match(/script-src ([^;]*)/)[1], `'self' '${hash}' 'wasm-unsafe-eval'`);
  // It started the tool's downloads, and the boot script took them over: each file once.
  assert.equal(await page.evaluate(() => typeof self.yibaoEarly?.wasm?.then), 'function');
  const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  for (const file of requested.filter((p) => /\.(wasm|js)$|index\.json$/.test(p))) {
    assert.equal(requested.filter((p) => p === file).length, 1, `${file} requested once`);
  }
  assert.equal(await page.getByTestId('pay-now').getAttribute('data-value'), '320.00');
  assert.deepEqual(seen.consoleErrors, [], 'no CSP violation');
  await context.close();
});

test('a host whose CSP header lacks that hash: the browser refuses the script and the page still works', async () => {
  // The README's header before the early script: its downloads then start in the boot script.
  const old = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  const host = await serve('dist', { headers: { 'content-security-policy': old } });
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url + '/?region=meizhou&year=2022&status=adult&date=2021-10-01');
  await page.waitForSelector('[data-testid=pay-now]');
  assert.equal(await page.getByTestId('pay-now').getAttribute('data-value'), '320.00');
  assert.equal(await page.evaluate(() => self.yibaoEarly), undefined, 'the inline script did not run');
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /inline script/i);
  await context.close();
  await host.close();
});

test('the README\'s CSP header is the page\'s, with frame-ancestors: the early script\'s hash included', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const header = readme.match(/add_header Content-Security-Policy "([^"]+)"/)[1];
  const { page, context } = await app.open('/');
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.equal(header, `${csp}; frame-ancestors 'self' https://www.example.gov.cn`);
  await context.close();
});

test('works offline after the first visit, and says so', async () => {
  const { page, seen, context } = await app.open('/?lang=en', { route: false });
  await page.waitForSelector('[data-testid=offline-status][data-ready=true]');
  assert.match(await page.getByTestId('offline-status').textContent(), /Works offline/);
  await context.setOffline(true);
  await page.goto(app.server.url + '/?region=zhangye-ganzhou&year=2022&status=adult&assist=tekun&date=2022-11-01');
  await page.waitForSelector('[data-testid=net-payable]');
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '0.00');
  // Every tool is its own file (issue 16); the first visit precached them all, so the
  // other tools open offline too, through the tabs and from an address.
  await page.getByRole('button', { name: '证件号码核验' }).click();
  await page.waitForSelector('[data-testid=id-input]');
  for (const [view, mark] of [['roster', 'roster-input'], ['household', 'household-add'], ['embed', 'embed-snippet']]) {
    await page.goto(`${app.server.url}/?view=${view}&lang=en`);
    await page.waitForSelector(`[data-testid=${mark}]`);
  }
  assert.deepEqual(seen.foreign, []);
  assert.deepEqual(seen.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('switching tools loads only the new tool\'s file and keeps the language and the notice', async () => {
  const { page, context, seen } = await app.open('/?lang=en&region=meizhou&year=2022');
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.getByRole('button', { name: 'Check an ID number' }).click();
  await page.waitForSelector('[data-testid=id-input]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(wasm.map((p) => p.replace(/-[0-9a-f]{16}_bg\.wasm$/, '')), ['/yibao-id']);
  await page.goBack();
  await page.waitForSelector('[data-testid=notice-option]');
  assert.match(page.url(), /region=meizhou&year=2022/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('while the other tool\'s file loads, the page says so with a link that keeps the address', async () => {
  const { page, context, seen } = await app.open('/?lang=en&region=meizhou&year=2022');
  // Hold the reload that fetches the ID check's file, to see what the page shows meanwhile.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route((url) => url.searchParams.get('view') === 'id', async (route) => {
    if (route.request().isNavigationRequest()) await held;
    await route.continue();
  });
  // While a navigation is held, Playwright cannot evaluate in the page: the page reports
  // what it shows through the console instead.
  const shown = new Promise((resolve) => page.on('console', (m) => { if (m.text().startsWith('tool-loading ')) resolve(JSON.parse(m.text().slice(13))); }));
  await page.evaluate(() => {
    const t = setInterval(() => {
      const el = document.querySelector('[data-testid=tool-loading]');
      if (!el) return;
      clearInterval(t);
      console.log('tool-loading ' + JSON.stringify({ text: el.textContent, role: el.getAttribute('role'), href: el.querySelector('a')?.getAttribute('href') }));
    }, 20);
  });
  // Clicked from the page: Playwright's click would wait for the held navigation.
  await page.getByRole('button', { name: 'Check an ID number' }).evaluate((b) => b.click());
  const loading = await shown;
  assert.match(loading.text, /Opening…/);
  assert.equal(loading.role, 'status');
  const href = loading.href;
  for (const part of ['view=id', 'lang=en', 'region=meizhou', 'year=2022']) assert.ok(href.includes(part), `${part} in ${href}`);
  release();
  await page.waitForSelector('[data-testid=id-input]');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('copy link shares the choices but never the date of birth', async () => {
  const q = 'region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2010-03-04&date=2021-10-01';
  const { page, context } = await app.open('/?' + q, {
    waitFor: '[data-testid=copy-link]',
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await page.getByTestId('copy-link').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, app.server.url + '/?region=meizhou&year=2022&status=school-student&assist=two-daughters&date=2021-10-01');
  await context.close();
});

test('the embed script resizes the iframe on a host page from another origin', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = mkdtempSync('/tmp/yibao-host-');
  const src = `${app.server.url}/?embed=1&region=zhangye-ganzhou&year=2022&status=adult&date=2022-11-01`;
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><h1>Township information page</h1>
<iframe id="f" src="${src}" data-yibao title="Calculator" style="width:100%;border:0;height:150px"></iframe>
<script src="${app.server.url}/embed.js"></script></body></html>`);
  const host = await serve(dir);
  try {
    assert.notEqual(new URL(host.url).origin, new URL(app.server.url).origin);
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url + '/');
    const frame = page.frameLocator('#f');
    await frame.getByTestId('net-payable').waitFor();
    await page.waitForFunction(() => parseInt(document.getElementById('f').style.height) > 400);
    const contentHeight = await page.frames()[1].evaluate(() => document.body.getBoundingClientRect().height);
    const frameHeight = parseInt(await page.evaluate(() => document.getElementById('f').style.height));
    assert.ok(Math.abs(frameHeight - Math.ceil(contentHeight)) <= 2, `iframe ${frameHeight}px for content ${contentHeight}px`);
    // Compact layout: no tabs, a link to the full page.
    assert.equal(await frame.locator('nav.tabs').count(), 0);
    await frame.getByLabel('特困人员（特困供养对象）').check();
    await frame.getByTestId('net-payable').and(frame.locator('[data-value="0.00"]')).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await host.close();
  }
});

test('the embed builder makes a snippet from the chosen defaults, with a preview', async () => {
  const { page, seen, context } = await app.open('/?view=embed&lang=en', { waitFor: '[data-testid=embed-snippet]' });
  await page.getByLabel('Default notice').selectOption('meizhou-2022');
  await page.getByLabel('Default status').selectOption('adult');
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  assert.match(snippet, /<iframe src="[^"]*\/\?region=meizhou&amp;year=2022&amp;status=adult&amp;embed=1"|<iframe src="[^"]*\/\?region=meizhou&year=2022&status=adult&embed=1"/);
  assert.match(snippet, /embed\.js/);
  await page.frameLocator('[data-testid=embed-preview]').getByTestId('pay-now').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

// encodeURIComponent, or raw invalid UTF-8 escapes where it refuses (lone surrogates).
const safeEncode = (s) => { try { return encodeURIComponent(s); } catch { return '%ED%A0%80' + s.length; } };

// Hostile URL parameters: markup, very long strings, control characters, random bytes.
function hostileValues(n) {
  const fixed = [
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)", '%00%01%02',
    '\u202e\u0000\u0007', 'x'.repeat(6000), '%E0%A4%A', '<svg/onload=alert(1)>', '{{7*7}}', '${7*7}',
    '../../etc/passwd', '&&&===', '%', '2022-02-30', '-1', '99999999999999999999', '\ud800',
  ];
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = [...fixed];
  while (out.length < n) {
    const len = Math.floor(rand() * 40);
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rand() * 0x3000));
    out.push(s);
  }
  return out;
}

test('a few hundred hostile URL parameters render as text, never as markup or a blank page', async () => {
  const { page, seen, context } = await app.open('/');
  const params = ['view', 'region', 'year', 'status', 'hukou', 'assist', 'birth', 'date', 'lang', 'embed'];
  const values = hostileValues(300);
  for (let i = 0; i < values.length; i++) {
    const p = params[i % params.length];
    const url = `${app.server.url}/?${p}=${safeEncode(values[i])}&region=meizhou`;
    await page.goto(url);
    await page.waitForSelector('main', { timeout: 10000 }).catch((e) => { throw new Error(`no page for ${url.slice(0, 200)}: ${e.message}`); });
    const injected = await page.evaluate(() => document.querySelectorAll('main script, main img, main svg, main iframe, [onerror], [onload]').length);
    assert.equal(injected, 0, `markup injected by ${p}=${JSON.stringify(values[i]).slice(0, 60)}`);
    const text = await page.textContent('main');
    assert.ok(text.trim().length > 20, `page not blank for ${p}`);
  }
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('a few hundred hostile roster cells render as text, every row kept', async () => {
  const { page, seen, context } = await app.open('/?view=roster', { waitFor: '[data-testid=roster-input]' });
  const values = hostileValues(300).map((v) => v.slice(0, 500));
  const quote = (v) => '"' + v.replace(/"/g, '""') + '"';
  const lines = ['姓名,身份证号码,联系电话'];
  for (let i = 0; i < values.length; i += 3) lines.push([values[i], values[i + 1] ?? '', values[i + 2] ?? ''].map(quote).join(','));
  await page.getByTestId('roster-input').fill(lines.join('\n'));
  await page.locator('.roster__form button[type=submit]').click();
  const summary = page.getByTestId('roster-summary');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('data-total'), String(lines.length - 1), 'no row dropped');
  const injected = await page.evaluate(() => document.querySelectorAll('main script, main img, main svg, main iframe, [onerror], [onload]').length);
  assert.equal(injected, 0, 'no markup from the cells');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('a trap shows the crash banner with a reload button; the other tools still open', async () => {
  const { page, context, seen } = await app.open('/?view=roster&lang=en', { waitFor: '[data-testid=roster-input]' });
  // What the browser fires when the WebAssembly stops (out of memory, stack overflow).
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  const banner = page.getByTestId('crash-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /出错了，请重新加载/);
  assert.equal(await banner.evaluate((b) => getComputedStyle(b).position), 'fixed');
  await page.getByTestId('crash-reload').click();
  await page.waitForSelector('[data-testid=roster-input]');
  assert.equal(await page.getByTestId('crash-banner').count(), 0);
  await page.goto(app.server.url + '/?region=meizhou&year=2022');
  await page.waitForSelector('[data-testid=notice-option]');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});
