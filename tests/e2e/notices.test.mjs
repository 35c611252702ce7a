// Notices a deployment publishes in notices/ (issue 19): the sample "示例县 2027" (a TEST
// FIXTURE with made-up figures, tests/fixtures/notices/) appears beside the built-in notices,
// marked as published with this site, and computes; a broken file is refused and reported
// for staff while every other notice works; notice data in the address is ignored; the
// editor makes a file the app then loads; the editor has no axe violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, axeViolations } from './browser.mjs';

// A deployment: the release build plus the fixtures in notices/.
const site = mkdtempSync(join(tmpdir(), 'yibao-notices-'));
cpSync('dist', site, { recursive: true });
for (const f of ['index.json', 'shili-xian-2027.json', 'broken-xian-2027.json']) {
  cpSync(join('tests/fixtures/notices', f), join(site, 'notices', f));
}
// A second deployment with only the build's empty index, for the editor's file.
const fresh = mkdtempSync(join(tmpdir(), 'yibao-editor-'));
cpSync('dist', fresh, { recursive: true });

let app;
let plain;
before(async () => {
  app = await start({ root: site });
  plain = await start({ root: fresh });
});
after(async () => {
  await app?.close();
  await plain?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
});

const value = (page, id) => page.getByTestId(id).first().getAttribute('data-value');

test('the sample notice 示例县 2027 appears beside the built-in ones, marked, and computes', async () => {
  const { page, seen, context } = await app.open('/?region=shili-xian&year=2027&status=adult&assist=dibao,tuopin&date=2026-10-01');
  await page.getByTestId('pay-now').waitFor();
  // Highest, never added up: 低保 300 and 脱贫 100 give 300.
  assert.equal(await value(page, 'contribution'), '400.00');
  assert.equal(await value(page, 'assistance'), '300.00');
  assert.equal(await value(page, 'pay-now'), '100.00');
  assert.equal(await value(page, 'government-subsidy'), '700.00');
  assert.equal(await page.getByTestId('deadline').getAttribute('data-state'), 'open');
  assert.match(await page.getByTestId('citation').first().textContent(), /示医保〔2026〕1号（测试样例）/);
  // Provenance: the file and the document number, not "checked by us".
  const provenance = page.getByTestId('notice-provenance');
  assert.equal(await provenance.getAttribute('data-file'), 'shili-xian-2027.json');
  assert.match(await provenance.textContent(), /示医保〔2026〕1号.*notices\/shili-xian-2027\.json.*不是本工具内置/);
  const options = page.getByTestId('notice-option');
  assert.equal(await options.count(), 6, 'five built-in notices and the sample');
  assert.ok(await page.locator('#notice-shili-xian-2027').isChecked());
  assert.equal(await page.getByTestId('notice-origin').getAttribute('data-file'), 'shili-xian-2027.json');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('the sample notice is offered in the embed builder and the household, and in English', async () => {
  const { page, seen, context } = await app.open('/?view=embed&lang=en', { waitFor: '[data-testid=embed-snippet]' });
  await page.getByLabel('Default notice').selectOption('shili-xian-2027');
  assert.match(await page.getByTestId('embed-snippet').inputValue(), /region=shili-xian&year=2027/);
  await context.close();
  const h = await app.open('/?view=household&region=shili-xian&year=2027&lang=en&members=~adult~~tekun', { waitFor: '[data-testid=household-member]' });
  assert.equal(await h.page.getByTestId('household-total-pay-now').getAttribute('data-value'), '0.00');
  assert.deepEqual(h.seen.consoleErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await h.context.close();
});

test('a broken file is not shown, the page names the file and fields, and the other notices work', async () => {
  const { page, seen, context } = await app.open('/?region=meizhou&year=2022&status=adult');
  await page.getByTestId('pay-now').waitFor();
  assert.equal(await value(page, 'contribution'), '320.00');
  assert.equal(await page.locator('[data-testid=notice-option][value^="broken-xian"]').count(), 0);
  assert.equal(await page.getByTestId('notice-provenance').count(), 0, 'a built-in notice is not marked as published here');
  // The public page says only how many files were refused, with a link for staff.
  const link = page.getByTestId('notices-report-link');
  assert.equal(await link.getAttribute('data-rejected'), '1');
  assert.equal(await link.getAttribute('data-files'), 'broken-xian-2027.json');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
  // The editor (staff) names the file and each field, with what to change.
  const e = await app.open('/?view=editor', { waitFor: '[data-testid=editor-form]' });
  const report = e.page.getByTestId('notices-report');
  assert.equal(await report.getAttribute('data-rejected'), '1');
  const file = e.page.locator('[data-testid=notices-report-file][data-file="broken-xian-2027.json"]');
  assert.equal(await file.locator('[data-field="contribution.amount"]').count(), 1);
  assert.equal(await file.locator('[data-field="contribution.clause"]').count(), 1);
  await report.locator('summary').click();
  assert.match(await file.textContent(), /contribution\.amount：金额不能小于 0/);
  assert.deepEqual(await axeViolations(e.page), []);
  assert.deepEqual(e.seen.consoleErrors, []);
  await e.context.close();
  // A link to the broken notice shows nothing of it.
  const b = await app.open('/?region=broken-xian&year=2027&status=adult');
  await b.page.getByTestId('url-problems').waitFor();
  assert.equal(await b.page.getByTestId('contribution').count(), 0);
  await b.context.close();
});

test('notice data in the address is ignored: nothing is fetched or shown from it', async () => {
  const fake = JSON.stringify({ region: 'fake', year: 2027, contribution: { amount: '1', clause: 'x' } });
  const path = `/?region=fake&year=2027&notice=${encodeURIComponent(fake)}&notices=${encodeURIComponent('https://evil.example/x.json')}&index=${encodeURIComponent('//evil.example/index.json')}`;
  const before = app.server.log.length;
  const { page, seen, context } = await app.open(path);
  await page.getByTestId('url-problems').waitFor();
  assert.equal(await page.getByTestId('notice-option').count(), 6);
  assert.equal(await page.getByTestId('contribution').count(), 0);
  assert.deepEqual(seen.foreign, []);
  const fetched = app.server.log.slice(before).filter((u) => u.includes('notices/'));
  // The index (read by the boot script, then by the page) and the files it lists; nothing else.
  assert.deepEqual([...new Set(fetched)].sort(), ['/notices/broken-xian-2027.json', '/notices/index.json', '/notices/shili-xian-2027.json']);
  await context.close();
});

test('the editor: error summary, live calculator, a file the app then loads; no axe violations', async () => {
  const { page, seen, context } = await plain.open('/?view=editor&lang=en', { waitFor: '[data-testid=editor-form]' });
  assert.deepEqual(await axeViolations(page), []);
  await page.getByTestId('editor-template').selectOption('meizhou-2022');
  await page.getByLabel('Region code').fill('test-xian');
  await page.getByLabel('Region name in Chinese').fill('测试县（编辑器测试）');
  await page.getByLabel('Region name in English').fill('Test County (editor test)');
  await page.getByLabel('Year (as in').fill('2028');
  await page.getByLabel('Document number').fill('测医保〔2027〕9号（测试）');
  // A mistake first: the summary lists it and links to the field.
  await page.getByLabel('Individual contribution (yuan)').fill('five hundred');
  await page.getByTestId('editor-download').click();
  const summary = page.getByTestId('editor-errors');
  await summary.locator('a[data-field="ed-contribution-amount"]').waitFor();
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
  assert.equal(await page.locator('#ed-contribution-amount').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(page), []);
  await summary.locator('a[data-field="ed-contribution-amount"]').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-contribution-amount');
  await page.getByLabel('Individual contribution (yuan)').fill('500');
  // The calculator beside the draft follows.
  await page.waitForFunction(() => document.querySelector('[data-testid=draft-contribution]')?.dataset.value === '500.00');
  await page.locator('#ed-window-start').fill('2027-09-01');
  await page.locator('#ed-window-end').fill('2027-12-31');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-download').click()]);
  assert.equal(download.suggestedFilename(), 'test-xian-2028.json');
  const saved = join(fresh, 'notices', 'test-xian-2028.json');
  await download.saveAs(saved);
  const file = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(file.schema, 1);
  assert.equal(file.contribution.amount, '500');
  const instructions = page.getByTestId('editor-instructions');
  assert.equal(await instructions.getAttribute('data-file'), 'test-xian-2028.json');
  const index = JSON.parse(await page.getByTestId('editor-index').textContent());
  assert.deepEqual(index, { notices: ['test-xian-2028.json'] });
  writeFileSync(join(fresh, 'notices', 'index.json'), JSON.stringify(index));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();

  const loaded = await plain.open('/?region=test-xian&year=2028&status=adult&lang=en');
  await loaded.page.getByTestId('pay-now').waitFor();
  assert.equal(await value(loaded.page, 'contribution'), '500.00');
  assert.equal(await loaded.page.getByTestId('notice-provenance').getAttribute('data-file'), 'test-xian-2028.json');
  assert.deepEqual(loaded.seen.consoleErrors, []);
  await loaded.context.close();
});
