// The roster check off the page's thread (issue 14): the check runs in a Web Worker, cancel
// stops it, a crashed worker leaves a message and a working page, a page whose worker cannot
// start says so, a big paste stays out of the box, and the export can hold only the rows
// with a problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, axeViolations } from './browser.mjs';
import { summary, paste } from './roster-common.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const WAIT = { waitFor: '[data-testid=roster-input]' };
const ROSTER = '姓名,身份证号码\n张三,11010519491231002X\n李四,110105194912310021\n王五,11010519491231002X\n';


/** A roster of `n` rows, every tenth ID with a wrong check character. */
function big(n) {
  const lines = ['姓名,身份证号码'];
  for (let i = 0; i < n; i++) lines.push(`学生${i},${i % 10 === 0 ? '110105194912310021' : '11010519491231002X'}`);
  return lines.join('\n');
}

test('the check runs in a Web Worker; rows and the export come from it', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await paste(page, ROSTER);
  assert.deepEqual(await summary(page), { total: 3, valid: 1, invalid: 2, duplicates: 1 });
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  assert.ok(workers.some((p) => p.endsWith('/roster-worker-loader.js')), `a roster worker runs: ${workers}`);
  // Only the rows with a problem, in the export too.
  await page.getByLabel('只显示有问题的行').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=roster-row]').length === 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
  const lines = (await readFile(await download.path())).toString('utf8').slice(1).split('\r\n').filter(Boolean);
  assert.equal(lines.length, 1 + 2, `header and the two rows with a problem: ${lines}`);
  assert.match(lines[1], /^李四,/);
  assert.match(lines[2], /^王五,.*与第 2 行重复/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('cancel stops the worker; a new check starts afresh', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  // A file of four million rows (100 MB): read and checked in the worker, long enough to
  // cancel (a million rows take well under a second now).
  const dir = await mkdtemp(join(tmpdir(), 'yibao-cancel-'));
  const file = join(dir, 'big.csv');
  await writeFile(file, big(4000000));
  // Cancel is clicked the moment it shows, from the page: polling for it from here can miss
  // it altogether now that the check takes about a second.
  await page.evaluate(() => new MutationObserver((_, seen) => {
    const cancel = document.querySelector('[data-testid=roster-cancel]');
    if (cancel) { seen.disconnect(); cancel.click(); }
  }).observe(document.body, { subtree: true, childList: true }));
  await page.getByTestId('roster-file').setInputFiles(file);
  await page.getByText('检查已取消').waitFor();
  await page.waitForTimeout(2000);
  assert.equal(await page.getByTestId('roster-summary').count(), 0, 'no result after a cancel');
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'the worker is gone');
  await paste(page, ROSTER);
  assert.deepEqual(await summary(page), { total: 3, valid: 1, invalid: 2, duplicates: 1 });
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
  await rm(dir, { recursive: true, force: true });
});

test('a crashed worker leaves a message, and the page still works', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await paste(page, ROSTER);
  await summary(page);
  const worker = page.workers().find((w) => w.url().endsWith('/roster-worker-loader.js'));
  // An uncaught error in the worker, as a trap (out of memory, say) would give.
  await worker.evaluate(() => { setTimeout(() => { throw new Error('simulated crash'); }); });
  await page.getByTestId('roster-failed').waitFor();
  assert.match(await page.getByTestId('roster-failed').textContent(), /名单检查出错了/);
  await paste(page, ROSTER);
  assert.deepEqual(await summary(page), { total: 3, valid: 1, invalid: 2, duplicates: 1 });
  assert.equal(await page.getByTestId('roster-failed').count(), 0, 'the message goes with a new result');
  await page.getByRole('button', { name: '证件号码核验' }).click();
  await page.getByTestId('id-input').waitFor();
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('where no worker can start, the page says so and still works', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await context.route('**/roster-worker-loader.js', (route) => route.abort());
  await paste(page, ROSTER);
  await page.getByTestId('roster-no-worker').waitFor();
  assert.match(await page.getByTestId('roster-no-worker').textContent(), /名单检查没能在这个浏览器中启动/);
  assert.equal(await page.getByTestId('roster-summary').count(), 0);
  assert.equal(await page.getByTestId('roster-progress').count(), 0, 'no progress left spinning');
  await page.getByRole('button', { name: '证件号码核验' }).click();
  await page.getByTestId('id-input').waitFor();
  assert.deepEqual(seen.consoleErrors.filter((e) => !/roster-worker-loader|ERR_FAILED/.test(e)), []);
  await context.close();
});

/** Dispatches a paste of `text` on the roster box, as the browser does; whether the page took it. */
async function pasteEvent(page, text) {
  return page.getByTestId('roster-input').evaluate((box, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    box.dispatchEvent(e);
    return e.defaultPrevented;
  }, text);
}

test('a big paste is kept out of the box: its lines and size said, check, clear, edit', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  assert.equal(await pasteEvent(page, ROSTER), false, 'a small paste goes into the box as usual');
  assert.equal(await page.getByTestId('roster-pasted').count(), 0);
  const text = big(40000);
  assert.ok(text.length > 1000000);
  assert.equal(await pasteEvent(page, text), true, 'a big paste is taken from the event');
  const note = page.getByTestId('roster-pasted');
  await page.waitForFunction(() => /已粘贴 40,001 行（1\.\d MB）/.test(document.querySelector('[data-testid=roster-pasted]')?.textContent ?? ''));
  assert.equal(await page.getByTestId('roster-input').inputValue(), '', 'nothing in the box');
  assert.equal(await page.getByTestId('roster-input').isHidden(), true);
  await page.getByRole('button', { name: '检查名单' }).click();
  assert.deepEqual(await summary(page), { total: 40000, valid: 1, invalid: 39999, duplicates: 39998 });
  assert.deepEqual(await axeViolations(page), []);
  await page.getByTestId('roster-pasted-clear').click();
  assert.equal(await note.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'roster-input', 'back in the box');
  await pasteEvent(page, text);
  await note.waitFor();
  await page.getByTestId('roster-pasted-edit').click();
  assert.equal(await note.count(), 0);
  assert.equal((await page.getByTestId('roster-input').inputValue()).length, text.length, 'the whole text in the box to edit');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('in English, the kept paste is said in English', async () => {
  const { page, context } = await app.open('/?view=roster&lang=en', WAIT);
  await pasteEvent(page, big(40000));
  await page.waitForFunction(() => /Pasted 40,001 lines \(1\.\d MB\)/.test(document.querySelector('[data-testid=roster-pasted]')?.textContent ?? ''));
  await context.close();
});
