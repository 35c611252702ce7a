// The walking skeleton: the release build loads, lists the notices, a pick changes the URL,
// with no console error, no request to any other origin, and no axe-core violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

test('the page loads and lists the five notices', async () => {
  const { page, seen, context } = await app.open('/');
  const options = page.getByTestId('notice-option');
  assert.equal(await options.count(), 5);
  const text = await page.textContent('body');
  for (const doc of ['穗医保中管〔2021〕301号', '穗人社函〔2014〕1366号', '梅市医保〔2021〕7号', '区医保发〔2022〕69号']) {
    assert.ok(text.includes(doc), `${doc} listed`);
  }
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('picking a notice puts region and year into the URL, and back undoes it', async () => {
  const { page, seen, context } = await app.open('/');
  await page.getByLabel(/梅州市 · 2022/).check();
  await page.waitForURL(/\?region=meizhou&year=2022$/);
  await page.getByLabel(/甘州区 · 2022/).check();
  await page.waitForURL(/\?region=zhangye-ganzhou&year=2022$/);
  await page.goBack();
  await page.waitForURL(/\?region=meizhou&year=2022$/);
  assert.ok(await page.getByLabel(/梅州市 · 2022/).isChecked(), 'back restores the pick');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('a shared link reproduces the pick, in English', async () => {
  const { page, seen, context } = await app.open('/?region=guangzhou&year=2014&lang=en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.getByLabel(/Guangzhou · 2014/).isChecked());
  await page.getByTestId('lang-switch').click();
  await page.waitForURL(/\?region=guangzhou&year=2014$/);
  assert.ok(await page.getByLabel(/广州市 · 2014/).isChecked(), 'state kept across the switch');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('bad parameters give a friendly message, never a blank page', async () => {
  const { page, seen, context } = await app.open('/?region=<script>alert(1)</script>&year=20x2&birth=2001-02-29');
  const problems = page.getByTestId('url-problems');
  await problems.waitFor();
  const text = await problems.textContent();
  assert.match(text, /region=<script>/, 'the bad value is shown as text');
  assert.match(text, /出生日期应为真实日期/);
  assert.equal(await page.getByTestId('notice-option').count(), 5);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('no axe-core violations, in Chinese and in English', async () => {
  for (const path of ['/', '/?lang=en&region=meizhou&year=2022', '/?region=nowhere']) {
    const { page, context } = await app.open(path);
    assert.deepEqual(await axeViolations(page), [], path);
    await context.close();
  }
});
