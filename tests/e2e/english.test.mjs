// The built-in notices' English is its own file, fetched only for a page in English (issue 16):
// a visit in Chinese does not download it. In English every notice text is there, never empty
// and never Chinese alone: on a first visit, in the embed, after switching in the page,
// through back and forward, and offline after one visit (the service worker keeps it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

// Every English text of the built-in notices (the file's first string is the files' hash).
const ENGLISH = JSON.parse(readFileSync('src/domain/policy/generated_en.json', 'utf8')).slice(1);
const Q = 'region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01';
const isEnglishFile = (url) => /\/notices-en-[0-9a-f]{16}\.json$/.test(new URL(url).pathname);

/** The page's main part as the reader sees it, and the notices' English texts in it. */
async function shown(page) {
  const text = await page.locator('main').innerText();
  return { text, english: ENGLISH.filter((t) => text.includes(t)) };
}

/** A first visit to `path`: the page, the English files it asked for, its console errors. */
async function firstVisit(path, waitFor = '[data-testid=net-payable]') {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const asked = [];
  const errors = [];
  page.on('request', (r) => { if (isEnglishFile(r.url())) asked.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.server.url + path);
  await page.waitForSelector(waitFor);
  await page.waitForLoadState('networkidle');
  return { page, context, asked, errors };
}

test('a visit in Chinese does not download the English; a visit in English shows it', async () => {
  for (const path of ['/?' + Q, '/?embed=1&' + Q, '/?view=household&region=meizhou&year=2022']) {
    const zh = await firstVisit(path, path.includes('household') ? '[data-testid=household-add]' : undefined);
    assert.deepEqual(zh.asked, [], `${path}: no English file for a page in Chinese`);
    assert.deepEqual((await shown(zh.page)).english, []);
    assert.deepEqual(zh.errors, []);
    await zh.context.close();
  }
  for (const path of ['/?' + Q + '&lang=en', '/?embed=1&' + Q + '&lang=en']) {
    const en = await firstVisit(path);
    const { text, english } = await shown(en.page);
    assert.equal(en.asked.length, 1, `${path}: the English file, once`);
    assert.ok(english.length >= 5, `${path}: the notice's English texts are shown (${english.length}): ${text.slice(0, 400)}`);
    assert.match(text, /Ganzhou District, Zhangye/);
    assert.deepEqual(en.errors, []);
    await en.context.close();
  }
});

const HOUSEHOLD = '/?view=household&region=meizhou&year=2022&date=2021-10-01&members=' + encodeURIComponent('小明~school-student~~|~adult~~|~adult~~tekun');
const SWITCHED = [
  { path: '/?' + Q, waitFor: '[data-testid=net-payable]', least: 5 },
  { path: '/?embed=1&' + Q, waitFor: '[data-testid=net-payable]', least: 5 },
  { path: HOUSEHOLD, waitFor: '[data-testid=household-group]', least: 1 },
  { path: '/?view=embed&region=meizhou&year=2022', waitFor: '[data-testid=embed-snippet]', least: 0 },
];

for (const { path, waitFor, least } of SWITCHED) {
  test(`switching to English in the page at ${path} shows what a visit in English shows`, async () => {
    const direct = await app.open(path + '&lang=en', { waitFor });
    const want = await shown(direct.page);
    await direct.context.close();
    assert.ok(want.english.length >= least, `the notice's English on the page: ${want.english.length}`);

    const { page, context, seen } = await app.open(path, { waitFor });
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(page.url(), /[?&]lang=en(&|$)/);
    assert.equal((await shown(page)).text, want.text, 'the same page, every notice text in English');
    // Back to Chinese and forward again: the English is already there.
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.deepEqual((await shown(page)).english.filter((t) => /[a-z]{4}/.test(t)), [], 'no English left in Chinese');
    await page.goForward();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal((await shown(page)).text, want.text);
    assert.deepEqual(seen.consoleErrors, []);
    await context.close();
  });
}

test('back to an English entry before the English was loaded waits for it', async () => {
  const direct = await app.open('/?' + Q + '&lang=en', { waitFor: '[data-testid=net-payable]' });
  const want = await shown(direct.page);
  await direct.context.close();

  const { page, context, seen } = await app.open('/?' + Q, { waitFor: '[data-testid=net-payable]' });
  // An English entry the page never showed, then the Chinese one again.
  await page.evaluate(() => {
    const zh = location.search;
    history.pushState(null, '', zh + '&lang=en');
    history.pushState(null, '', zh);
  });
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await shown(page)).text, want.text);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('offline after one visit in Chinese, English still comes, switched or visited', async () => {
  const { page, context, seen } = await app.open('/?' + Q, { route: false, waitFor: '[data-testid=net-payable]' });
  await page.waitForSelector('[data-testid=offline-status][data-ready=true]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=net-payable]');
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok((await shown(page)).english.length >= 5, 'switched offline');
  for (const path of ['/?' + Q + '&lang=en', '/?embed=1&' + Q + '&lang=en', '/?view=household&lang=en&region=meizhou&year=2022']) {
    await page.goto(app.server.url + path);
    await page.waitForSelector(path.includes('household') ? '[data-testid=household-add]' : '[data-testid=net-payable]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const { text, english } = await shown(page);
    assert.ok(english.length >= (path.includes('household') ? 1 : 5), `${path} offline: ${text.slice(0, 300)}`);
  }
  assert.deepEqual(seen.foreign, []);
  assert.deepEqual(seen.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('the notice editor, in Chinese too, starts a draft from a notice with its English', async () => {
  const { page, context, seen } = await app.open('/?view=editor', { waitFor: '[data-testid=editor-template]' });
  await page.getByTestId('editor-template').selectOption('meizhou-2022');
  const title = await page.locator('#ed-title-en').inputValue();
  assert.ok(title.length > 0 && ENGLISH.includes(title), `the English title: ${title}`);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});
