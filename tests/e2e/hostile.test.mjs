// Issue 15's table, row by row, in the browser: each hostile input gives its clear message
// (or is handled as an ordinary roster), nothing is merged or dropped silently, and the page
// still works afterwards (a small roster is checked, another tool opens). Where the full
// size would take minutes, the test lowers the limit through the page's test hook
// (`window.yibaoTest.limits`, which can only lower a limit) and uses a small file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { start, serve } from './browser.mjs';
import { summary, paste, WAIT, A, B } from './roster-common.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const SMALL = `姓名,身份证号码\n张三,${A}\n李四,${B}\n`;

/** Uploads `buffer` as a CSV file. */
async function upload(page, buffer, name = 'roster.csv') {
  await page.getByTestId('roster-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** The stop's code and text, once shown. */
async function stopOf(page) {
  const stop = page.getByTestId('roster-stop');
  await stop.waitFor();
  return { code: await stop.getAttribute('data-stop'), text: await stop.textContent() };
}

/** The page still works: a small roster is checked, and the ID check opens. */
async function stillWorks(page, seen) {
  await paste(page, SMALL);
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '2');
  assert.deepEqual(await summary(page), { total: 2, valid: 2, invalid: 0, duplicates: 0 });
  await page.getByRole('button', { name: '证件号码核验' }).click();
  await page.getByTestId('id-input').waitFor();
  assert.deepEqual(seen.consoleErrors, []);
}

/** Saves the export and returns its bytes. */
async function exportOf(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
  return readFile(await download.path());
}

test('more rows than the limit (20M one-letter rows, scaled): the first rows checked, the rest said, the page lives', async () => {
  const { page, seen, context } = await app.open('/?view=roster', { ...WAIT, init: { limits: { rows: 1000 } } });
  await upload(page, Buffer.from('姓名\n' + 'a\n'.repeat(5000)));
  const stop = await stopOf(page);
  assert.equal(stop.code, 'too-many-rows');
  assert.match(stop.text, /名单超过 1,000 行的上限：只检查了前 1,000 行/);
  assert.equal((await summary(page)).total, 1000);
  await stillWorks(page, seen);
  await context.close();
});

test('a file over the byte limit is refused before any work, with its size said', async () => {
  const { page, seen, context } = await app.open('/?view=roster', { ...WAIT, init: { limits: { bytes: 2_000_000 } } });
  await upload(page, Buffer.from(SMALL + `王五,${A}\n`.repeat(150_000)));
  const stop = await stopOf(page);
  assert.equal(stop.code, 'too-many-bytes');
  assert.match(stop.text, /名单太大（\d+ MB），超过 2 MB 的上限，没有检查/);
  await stillWorks(page, seen);
  await context.close();
});

test('one header line of 2,000,000 commas, and 100,000 header columns: refused at once, no huge DOM', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  for (const header of [','.repeat(2_000_000), Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')]) {
    const started = Date.now();
    await upload(page, Buffer.from(`${header}\n1\n`));
    const stop = await stopOf(page);
    assert.equal(stop.code, 'too-many-columns');
    assert.match(stop.text, /表头有 [\d,]+ 列，超过 1,000 列的上限/);
    assert.ok(Date.now() - started < 10_000, 'answered in seconds');
    assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) < 5_000, 'no node per header cell');
  }
  await stillWorks(page, seen);
  await context.close();
});

test('5 MB of line feeds only: an empty roster, said so; memory from rows read', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await upload(page, Buffer.alloc(5_000_000, 0x0a));
  assert.equal((await summary(page)).total, 0);
  assert.match(await page.getByTestId('roster-summary').textContent(), /名单是空的/);
  // CR-only line ends (old Mac Excel) are line ends too: nothing merged.
  await upload(page, Buffer.from(`姓名,身份证号码\r张三,${A}\r李四,${B}\r`));
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '2');
  await stillWorks(page, seen);
  await context.close();
});

test('300,000 short rows (10M, scaled), then Export: a download with every row, in pieces', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await upload(page, Buffer.from('姓名,身份证号码\n' + `a,${A}\n`.repeat(300_000)));
  assert.equal((await summary(page)).total, 300_000);
  const out = (await exportOf(page)).toString('utf8');
  const lines = out.split('\r\n').filter((l) => l !== '');
  assert.equal(lines.length, 300_001, 'the header and every row');
  assert.match(lines[2], /与第 2 行重复/, 'duplicates named by their first line');
  await stillWorks(page, seen);
  await context.close();
});

test('an open quote swallowing the file, then Export: one row flagged, the export not 120× the input', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const input = Buffer.from(`姓名,身份证号码\n"张三,${A}\n` + `李四,${B}\n`.repeat(20_000));
  await upload(page, input);
  const s = await summary(page);
  assert.equal(s.total, 20_001, 'every line still a row');
  assert.ok(s.invalid >= 1, 'the row with the open quote is flagged, not fine');
  await page.getByTestId('roster-table').getByText(/引号/).first().waitFor();
  const out = await exportOf(page);
  assert.ok(out.length < 3 * input.length, `export ${out.length} bytes for ${input.length} in`);
  await stillWorks(page, seen);
  await context.close();
});

test('one 5 MB cell (50 MB, scaled): cut on screen with its length, flagged, the page responsive', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  await upload(page, Buffer.from(`姓名,身份证号码\n${'x'.repeat(5_000_000)},${A}\n`));
  assert.deepEqual(await summary(page), { total: 1, valid: 0, invalid: 1, duplicates: 0 });
  const cell = page.getByTestId('roster-row').locator('td').first();
  assert.match(await cell.textContent(), /^x{200}……（共 5,000,000 个字符）$/);
  assert.match(await page.getByTestId('roster-table').textContent(), /有一格长 5,000,000 个字符/);
  await stillWorks(page, seen);
  await context.close();
});

test('a GBK file with an invalid byte: the row with it is flagged, not silently fine', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const gbk = await readFile('tests/fixtures/roster-gbk.csv');
  await upload(page, Buffer.concat([gbk, Buffer.from('Sun'), Buffer.from([0x81]), Buffer.from(`,${B},,,\r\n`)]));
  await page.getByTestId('roster-file-note').and(page.locator('[data-encoding=gb18030]')).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=roster-summary]')?.dataset.total === '4');
  assert.deepEqual(await summary(page), { total: 4, valid: 2, invalid: 2, duplicates: 1 });
  assert.match(await page.getByTestId('roster-table').textContent(), /第 5 行有无法识别的字符/);
  await stillWorks(page, seen);
  await context.close();
});

test('every formula form is neutralised in the export, still readable', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  const cells = [' =1+1', '\u3000=1+1', '\uFEFF=1+1', '\u200B=1+1', '\t=1+1', '+1', '-1', '@A1', '=1+1'];
  await paste(page, '姓名,身份证号码\n' + cells.map((c, i) => `${c},11010519491231${String(i).padStart(3, '0')}`).join('\n'));
  await summary(page);
  const lines = (await exportOf(page)).toString('utf8').slice(1).split('\r\n');
  cells.forEach((c, i) => assert.ok(lines[i + 1].startsWith(`'${c},`), `${JSON.stringify(c)} → ${JSON.stringify(lines[i + 1])}`));
  await stillWorks(page, seen);
  await context.close();
});

test('assist= with 2,000 unknown codes: a few listed, the rest counted, no flood of nodes', async () => {
  const codes = Array.from({ length: 2_000 }, (_, i) => `x${i}`).join(',');
  const { page, seen, context } = await app.open(`/?region=meizhou&year=2022&status=adult&assist=${codes}`);
  const box = page.getByTestId('url-problems');
  await box.waitFor();
  assert.ok((await box.locator('li').count()) <= 5);
  await page.getByTestId('url-problems-more').waitFor();
  assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) < 5_000);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a panic in the page shows the crash banner with a reload that brings the app back', async () => {
  const { page, context } = await app.open('/?view=roster', { ...WAIT, init: { panic: 'page' } });
  await paste(page, SMALL);
  const banner = page.getByTestId('crash-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /出错了，请重新加载/);
  // The release build's panics abort at once (scripts/env.sh `release`): the trap reaches
  // the boot script, which shows the banner (with a panic hook, the hook would).
  await page.evaluate(() => { delete window.yibaoTest; });
  await context.addInitScript(() => { delete window.yibaoTest; });
  await page.getByTestId('crash-reload').click();
  await page.getByTestId('roster-input').waitFor();
  assert.equal(await page.getByTestId('crash-banner').count(), 0);
  await context.close();
});

test('a panic in the roster worker leaves a message; the next check and the other tools work', async () => {
  const { page, seen, context } = await app.open('/?view=roster', { ...WAIT, init: { panic: 'worker' } });
  await paste(page, SMALL);
  await page.getByTestId('roster-failed').waitFor();
  assert.match(await page.getByTestId('roster-failed').textContent(), /名单检查出错了/);
  assert.equal(await page.getByTestId('crash-banner').count(), 0, 'the page itself lives');
  await page.evaluate(() => { delete window.yibaoTest; });
  seen.consoleErrors.length = 0;
  await stillWorks(page, seen);
  await context.close();
});

test('two deployments under one origin keep their own offline copies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'yibao-two-'));
  await symlink(resolve('dist'), join(dir, 'a'));
  await symlink(resolve('dist'), join(dir, 'b'));
  const server = await serve(dir);
  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    for (const d of ['a', 'b']) {
      await page.goto(`${server.url}/${d}/?lang=en`);
      await page.waitForSelector('[data-testid=offline-status][data-ready=true]');
    }
    const keys = await page.evaluate(() => caches.keys());
    assert.ok(keys.some((k) => k.startsWith('yibao:/a/:')), `a's cache kept: ${keys}`);
    assert.ok(keys.some((k) => k.startsWith('yibao:/b/:')), `b's cache: ${keys}`);
    await context.setOffline(true);
    await page.goto(`${server.url}/a/?region=meizhou&year=2022&status=adult`);
    await page.waitForSelector('[data-testid=net-payable]');
    await context.close();
  } finally {
    await server.close();
  }
});
