// The embed builder's lock choice, QR code and poster: lock=1 reaches the snippet and the
// preview, a locked embed lists one notice, the QR code (inline SVG drawn in the page) holds
// the full page's link with the choices and follows them, and the poster prints alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const WAIT = { waitFor: '[data-testid=embed-snippet]' };
const iframeSrc = async (page) => {
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  return snippet.match(/<iframe src="([^"]*)"/)[1].replaceAll('&amp;', '&');
};
const qrPath = (page) => page.getByTestId('embed-qr').locator('path').getAttribute('d');

test('“show only this notice” adds lock=1 to the snippet and the preview, which lists one notice', async () => {
  const { page, seen, context } = await app.open('/?view=embed&lang=en', WAIT);
  await page.getByLabel('Default notice').selectOption('meizhou-2022');
  assert.doesNotMatch(await iframeSrc(page), /lock=/);
  await page.getByLabel('Show only this notice').check();
  const src = await iframeSrc(page);
  assert.match(src, /\/\?region=meizhou&year=2022&embed=1&lock=1$/);
  assert.equal(await page.getByTestId('embed-preview').getAttribute('src'), src, 'the preview shows what the snippet embeds');
  const preview = page.frameLocator('[data-testid=embed-preview]');
  await preview.locator('[data-testid=notice-option]').first().waitFor();
  assert.equal(await preview.locator('[data-testid=notice-option]').count(), 1);
  // Unticked: the whole list again.
  await page.getByLabel('Show only this notice').uncheck();
  assert.doesNotMatch(await iframeSrc(page), /lock=/);
  // Without a notice, there is nothing to lock to: no lock=1.
  await page.getByLabel('Show only this notice').check();
  await page.getByLabel('Default notice').selectOption('');
  assert.doesNotMatch(await iframeSrc(page), /lock=/);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('a page opened with embed=1&lock=1 lists exactly the locked notice', async () => {
  const { page, seen, context } = await app.open('/?embed=1&lock=1&region=meizhou&year=2022');
  const options = page.getByTestId('notice-option');
  assert.equal(await options.count(), 1);
  assert.equal(await options.getAttribute('value'), 'meizhou-2022');
  assert.ok(await options.isChecked());
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the QR code is an inline SVG of the full page link with the choices, and follows them', async () => {
  const { page, seen, context } = await app.open('/?view=embed', WAIT);
  const qr = page.getByTestId('embed-qr');
  assert.equal(await qr.evaluate((el) => el.namespaceURI), 'http://www.w3.org/2000/svg');
  assert.equal(await qr.locator('rect').count(), 1);
  const first = await qrPath(page);
  assert.match(first, /^M\d+ \d+h\d+v1h-\d+z/, 'dark modules drawn as a path');
  assert.match(await qr.getAttribute('viewBox'), /^0 0 (\d+) \1$/);
  assert.equal(await page.getByTestId('embed-link').textContent(), app.server.url + '/');

  await page.getByLabel('默认通知').selectOption('meizhou-2022');
  const meizhou = await qrPath(page);
  assert.notEqual(meizhou, first, 'a new notice, a new code');
  await page.getByLabel('默认身份').selectOption('adult');
  await page.getByLabel('语言').selectOption('en');
  await page.getByLabel('只显示本地区的通知').check();
  // The full page, not the embed; no lock; status and language kept.
  const link = app.server.url + '/?region=meizhou&year=2022&status=adult&lang=en';
  assert.equal(await page.getByTestId('embed-link').textContent(), link);
  assert.equal(await page.getByTestId('embed-link').getAttribute('href'), link);
  await page.getByLabel('默认通知').selectOption('zhaoqing-2022');
  assert.notEqual(await qrPath(page), meizhou, 'another notice, another code');
  assert.match(await page.getByTestId('embed-link').textContent(), /\?region=zhaoqing&year=2022&status=adult&lang=en$/);
  // The same code on the poster.
  assert.equal(await page.locator('.poster svg path').getAttribute('d'), await qrPath(page));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, [], 'no CSP violation');
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('“print poster” prints the A4 poster alone: notice title, QR code, link', async () => {
  const { page, seen, context } = await app.open('/?view=embed&lang=en', WAIT);
  await page.getByLabel('Default notice').selectOption('zhangye-ganzhou-2022');
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(document.body.getAttribute('data-print'));
  });
  await page.getByTestId('embed-poster').click();
  assert.deepEqual(await page.evaluate(() => window.__printed), ['poster'], 'poster mode while printing');
  assert.equal(await page.evaluate(() => document.body.getAttribute('data-print')), null, 'and not after');
  // On screen the poster is never shown.
  assert.equal(await page.getByTestId('poster').isVisible(), false);
  // In print, poster mode shows the poster alone; without it, no poster.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('poster').isVisible(), false, 'an ordinary print has no poster');
  await page.evaluate(() => document.body.setAttribute('data-print', 'poster'));
  const poster = page.getByTestId('poster');
  assert.equal(await poster.isVisible(), true);
  for (const id of ['embed-snippet', 'embed-preview', 'embed-qr', 'embed-poster', 'lang-switch']) {
    assert.equal(await page.getByTestId(id).isVisible(), false, `${id} hidden in poster mode`);
  }
  assert.equal(await page.locator('h1').isVisible(), false);
  const text = await poster.textContent();
  assert.match(text, /区医保发〔2022〕69号/, 'the notice');
  assert.ok(text.includes(app.server.url + '/?region=zhangye-ganzhou&year=2022'), 'the link in text');
  assert.ok(await poster.locator('svg[role=img] path').isVisible(), 'the QR code');
  const box = await poster.locator('svg').boundingBox();
  assert.ok(box.width > 300, `a QR code big enough to scan from afar (${box.width}px)`);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});
