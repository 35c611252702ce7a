// The roster check (view=roster) end to end: paste and upload (UTF-8 and GBK), the summary's
// data attributes, the filter, masking, the column choice, the windowed table, the export (a local Blob
// download with BOM and a problems column), no console error, no foreign request, and zero
// axe-core violations. Identity numbers never reach the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, axeViolations } from './browser.mjs';
import { summary, paste } from './roster-common.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const WAIT = { waitFor: '[data-testid=roster-input]' };
const ROSTER = [
  '姓名,身份证号码,联系电话,性别,出生日期',
  '张三,11010519491231002X,13812345678,女,1949-12-31',
  '李四,110105201509010011,13912345678,男,2015-09-01',
  '王五,11010519491231002x,,,',
  ',110105194912310021,12345,,',
  '"赵六,440103201603150022,13712345678',
  '钱七,441402201407100037,13612345678,女,2014-07-10,多余',
].join('\n');


test('a pasted roster: every row checked, problems listed, filter, masking, URL clean', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await paste(page, ROSTER);
  assert.deepEqual(await summary(page), { total: 6, valid: 2, invalid: 4, duplicates: 1 });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'roster-summary', 'the result takes focus');
  const rows = page.getByTestId('roster-row');
  assert.equal(await rows.count(), 6);
  const text = await page.getByTestId('roster-table').textContent();
  assert.match(text, /与第 2 行重复/, 'the duplicate names the earlier line');
  assert.match(text, /校验码/, 'the precise ID reason');
  assert.match(text, /第 6 行的英文双引号/, 'the unbalanced quote, with its line');
  assert.match(text, /第 7 行有 6 列/, 'the extra column, with its line');
  assert.match(text, /性别填的是“女”/, 'sex contradicting the ID');
  assert.match(text, /姓名为空/);
  assert.match(text, /110105\*{8}002X/, 'masked by default');
  assert.ok(!text.includes('11010519491231002X'), 'no full ID shown by default');

  await page.getByLabel('显示完整证件号码').check();
  assert.match(await page.getByTestId('roster-table').textContent(), /11010519491231002X/);

  await page.getByLabel('只显示有问题的行').check();
  assert.equal(await rows.count(), 4);
  assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.line)), ['4', '5', '6', '7']);

  assert.equal(new URL(page.url()).search, '?view=roster', 'no roster content in the URL');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('uploads: UTF-8 with BOM and GBK as Excel saves it', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const file = page.getByTestId('roster-file');
  await file.setInputFiles('tests/fixtures/roster-utf8-bom.csv');
  assert.deepEqual(await summary(page), { total: 4, valid: 2, invalid: 2, duplicates: 0 });
  assert.equal(await page.getByTestId('roster-file-note').getAttribute('data-encoding'), 'utf-8');

  await file.setInputFiles('tests/fixtures/roster-gbk.csv');
  await page.getByTestId('roster-file-note').and(page.locator('[data-encoding=gb18030]')).waitFor();
  assert.deepEqual(await summary(page), { total: 3, valid: 2, invalid: 1, duplicates: 1 });
  const text = await page.getByTestId('roster-table').textContent();
  assert.match(text, /张三/, 'GBK names decoded');
  assert.match(text, /王五/);
  assert.match(text, /与第 2 行重复/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('the export is a local CSV with BOM, every row and a problems column', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await paste(page, ROSTER + '\n孙八,=1+1,,,');
  await summary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
  assert.match(download.url(), /^blob:/, 'made in the page');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  assert.equal(lines[0], '姓名,身份证号码,证件号码（整理后）,联系电话,性别,出生日期,检查结果');
  assert.equal(lines.length, 1 + 7, 'every row');
  assert.match(lines[1], /,无问题$/);
  assert.match(lines[4], /姓名为空/);
  assert.match(lines[7], /^孙八,'=1\+1,'=1\+1,/, 'formula injection defused');
  assert.match(lines[3], /^王五,11010519491231002x,11010519491231002X,/, 'the cleaned ID beside the original, kept as it was');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('unrecognised headers: choose the columns, in English', async () => {
  const { page, seen, context } = await app.open('/?view=roster&lang=en', WAIT);
  await paste(page, 'col a\tcol b\n张三\t11010519491231002X\n李四\t110105194912310021\n');
  assert.deepEqual(await summary(page), { total: 2, valid: 0, invalid: 2, duplicates: 0 });
  await page.getByTestId('roster-columns-unsure').waitFor();
  assert.match(await page.getByTestId('roster-table').textContent(), /No column was found for the name/);
  await page.getByLabel(/^Name/).selectOption({ label: 'Column 1: col a' });
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-testid=roster-table]');
    return t && !t.textContent.includes('for the name');
  });
  await page.getByLabel(/^ID number/).selectOption({ label: 'Column 2: col b' });
  await page.locator('[data-testid=roster-summary][data-valid="1"]').waitFor();
  assert.deepEqual(await summary(page), { total: 2, valid: 1, invalid: 1, duplicates: 0 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'roster-column-id', 'focus stays on the changed select');
  assert.match(await page.getByTestId('roster-table').textContent(), /check character/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a big roster: a window onto every row, to the last by scrolling, next problem', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const lines = ['姓名,身份证号码'];
  for (let i = 0; i < 30000; i++) lines.push(i % 10 === 0 ? `学生${i},110105194912310021` : `学生${i},11010519491231002X`);
  await page.getByTestId('roster-input').evaluate((el, t) => { el.value = t; }, lines.join('\n'));
  await page.getByRole('button', { name: '检查名单' }).click();
  assert.deepEqual(await summary(page), { total: 30000, valid: 1, invalid: 29999, duplicates: 29998 });
  const rows = page.getByTestId('roster-row');
  const n = await rows.count();
  assert.ok(n > 5 && n <= 24, `only the rows in view are in the page: ${n}`);
  // Scrolled to the end, the last row is there (asked of the worker as it comes into view).
  await page.getByTestId('roster-window').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.locator('[data-testid=roster-row][data-line="30001"]').waitFor();
  assert.ok(await rows.count() <= 24);
  // Back to the top, then the next row with a problem: line 2 (the first row), then line 4.
  await page.getByTestId('roster-window').evaluate((el) => { el.scrollTop = 0; });
  await page.locator('[data-testid=roster-row][data-line="2"]').waitFor();
  await page.getByTestId('roster-next-problem').click();
  await page.locator('[data-testid=roster-detail][data-line="2"]').waitFor();
  await page.getByTestId('roster-next-problem').click();
  await page.locator('[data-testid=roster-detail][data-line="4"]').waitFor();
  assert.match(await page.getByTestId('roster-detail').textContent(), /与第 3 行重复/);
  assert.equal(await page.locator('[data-testid=roster-row][data-current=true]').getAttribute('data-line'), '4');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

/** A valid resident ID, different for each `i` below 28,000. */
function validId(i) {
  const head = `1101051990${String(1 + Math.floor(i / 1000) % 12).padStart(2, '0')}${String(1 + Math.floor(i / 12000)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let t = 0;
  for (let k = 0; k < 17; k++) t += Number(head[k]) * w[k];
  return head + '10X98765432'[t % 11];
}

test('one problem among 20,000 rows: next problem scrolls to it; on a phone, cards with the problems first', async () => {
  const { page, seen, context } = await app.open('/?view=roster', { ...WAIT, contextOptions: { viewport: { width: 390, height: 844 } } });
  const lines = ['姓名,身份证号码'];
  for (let i = 0; i < 20000; i++) lines.push(`${i === 15000 ? '' : `学生${i}`},${validId(i)}`);
  await page.getByTestId('roster-input').evaluate((el, t) => { el.value = t; }, lines.join('\n'));
  await page.getByRole('button', { name: '检查名单' }).click();
  assert.deepEqual(await summary(page), { total: 20000, valid: 19999, invalid: 1, duplicates: 0 });
  await page.getByTestId('roster-next-problem').click();
  await page.locator('[data-testid=roster-detail][data-line="15002"]').waitFor();
  assert.match(await page.getByTestId('roster-detail').textContent(), /姓名为空/);
  const card = page.locator('[data-testid=roster-row][data-line="15002"]');
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box.width <= 390, `a card fits the phone: ${box.width}`);
  const first = await card.evaluate((tr) => [...tr.children].map((c) => [c.className, c.getBoundingClientRect().top]).sort((a, b) => a[1] - b[1])[0][0]);
  assert.match(first, /roster__problems/, 'the problems come first');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('an empty roster gives a message, not a blank result', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  // From the keyboard: Ctrl+Enter in the box submits.
  await page.getByTestId('roster-input').press('Control+Enter');
  assert.deepEqual(await summary(page), { total: 0, valid: 0, invalid: 0, duplicates: 0 });
  assert.match(await page.getByTestId('roster-summary').textContent(), /名单是空的/);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a roster without a header row loses no one, pasted or uploaded; the first-row question is one click', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const rows = '张三,11010519491231002X,13812345678\n李四,110105201509010011,13900139000';
  await paste(page, rows);
  assert.deepEqual(await summary(page), { total: 2, valid: 2, invalid: 0, duplicates: 0 });
  const question = page.getByTestId('roster-first-row');
  assert.equal(await question.getAttribute('data-first-row'), 'data');
  assert.match(await question.textContent(), /第一行是表头吗/);
  // One click says the first row is a header after all: one person left, and back again.
  await page.getByLabel('是，第一行是列名').check();
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '1');
  await page.getByLabel('否，第一行就是第一个人').check();
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '2');
  // Uploaded as a file, the same.
  await page.getByTestId('roster-file').setInputFiles({ name: 'headerless.csv', mimeType: 'text/csv', buffer: Buffer.from(rows + '\n', 'utf8') });
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '2');
  assert.equal(await page.getByTestId('roster-first-row').getAttribute('data-first-row'), 'data');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.ok(!page.url().includes('11010519491231002X'));
  await context.close();
});
