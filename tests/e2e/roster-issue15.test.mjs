// Issue 15 in the browser: no row merged or dropped silently (UTF-16, bad UTF-8, quoted line
// breaks), the export neutralised and short, limits said on the page, long cells cut, column
// selects capped, no `name` on the roster box, and the roster check posts no height in a frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './browser.mjs';
import { WAIT, A, B, C } from './roster-common.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });


async function summary(page) {
  const s = page.getByTestId('roster-summary');
  await s.waitFor();
  const get = (a) => s.getAttribute(`data-${a}`).then(Number);
  return { total: await get('total'), valid: await get('valid'), invalid: await get('invalid') };
}

async function paste(page, text) {
  await page.getByTestId('roster-input').fill(text);
  await page.getByRole('button', { name: /检查名单|Check roster/ }).click();
}

test('UTF-16 files, a UTF-8 file with a bad byte, and a quoted line break are all reported', async () => {
  const { page, seen, context } = await app.open('/?view=roster', WAIT);
  assert.equal(await page.getByTestId('roster-input').getAttribute('name'), null, 'no name: never submitted');
  assert.match(await page.getByTestId('roster-limits').textContent(), /6,000,000 行/);
  const file = page.getByTestId('roster-file');
  const text = `姓名,身份证号码\r\n张三,${A}\r\n李四,${B}\r\n`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await file.setInputFiles({ name: 'le.csv', mimeType: 'text/csv', buffer: le });
  await page.getByTestId('roster-file-note').and(page.locator('[data-encoding="utf-16le"]')).waitFor();
  assert.deepEqual(await summary(page), { total: 2, valid: 2, invalid: 0 });
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  await file.setInputFiles({ name: 'be.csv', mimeType: 'text/csv', buffer: be });
  await page.getByTestId('roster-file-note').and(page.locator('[data-encoding="utf-16be"]')).waitFor();
  assert.deepEqual(await summary(page), { total: 2, valid: 2, invalid: 0 });

  const bad = Buffer.concat([Buffer.from(`姓名,身份证号码\n张三三,${A}\n李四四,${B}\n王五五,${C}\n孙`), Buffer.from([0xc3]), Buffer.from(`,110105198001010016\n`)]);
  await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: bad });
  const note = page.getByTestId('roster-file-bad');
  await note.waitFor();
  assert.match(await note.textContent(), /第 5 行不是有效的 UTF-8/);
  assert.equal(await page.getByTestId('roster-file-note').getAttribute('data-encoding'), 'utf-8', 'not re-read as GB18030');
  assert.deepEqual(await summary(page), { total: 4, valid: 3, invalid: 1 });
  assert.match(await page.getByTestId('roster-table').textContent(), /第 5 行有无法识别的字符/);

  await paste(page, `姓名,身份证号码\n"李四,${A}\n王五,${B}\n赵六",${C}\n`);
  assert.deepEqual(await summary(page), { total: 1, valid: 0, invalid: 1 });
  assert.match(await page.getByTestId('roster-table').textContent(), /第 2 行的“姓名”里有换行/);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the export: formulas neutralised, a few words per problem', async () => {
  const { page, context } = await app.open('/?view=roster', WAIT);
  await paste(page, `姓名,身份证号码,备注\n＝1+1,${A}, @SUM(A1)\n|cmd,${B},"\n=cmd"\n,${C},ok\n`);
  await summary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
  const lines = (await readFile(await download.path())).toString('utf8').slice(1).split('\r\n');
  assert.equal(lines[1], `'＝1+1,${A},${A},' @SUM(A1),无问题`);
  assert.equal(lines[2], `'|cmd,${B},${B},"'\n=cmd",无问题`, 'after a quote-wrapped line break too');
  assert.equal(lines[3], `,${C},${C},ok,姓名为空`, 'a few words, not a sentence');
  await context.close();
});

test('long cells are cut with their length; a wide header gives capped selects', async () => {
  const { page, context } = await app.open('/?view=roster', WAIT);
  const header = ['姓名', '身份证号码', ...Array.from({ length: 998 }, (_, i) => `c${i}`)].join(',');
  await paste(page, `${header}\n${'长'.repeat(500)},${A}\n`);
  await summary(page);
  const cell = page.getByTestId('roster-row').locator('td').first();
  assert.match(await cell.textContent(), /^长{200}……（共 500 个字符）$/);
  await page.getByTestId('roster-columns-capped').waitFor();
  assert.equal(await page.locator('#roster-column-name option').count(), 201);

  await paste(page, ['a', ...Array.from({ length: 1000 }, () => 'b')].join(',') + `\n1\n`);
  const stop = page.getByTestId('roster-stop');
  await stop.waitFor();
  assert.equal(await stop.getAttribute('data-stop'), 'too-many-columns');
  assert.match(await stop.textContent(), /表头有 1,001 列/);
  await context.close();
});

test('the ID check and the roster check post no height to a host page; the calculator does', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { serve } = await import('./browser.mjs');
  const dir = mkdtempSync('/tmp/yibao-host15-');
  const frames = ['view=roster', 'view=id', 'region=meizhou&year=2022'].map((q, i) =>
    `<iframe id="f${i}" src="${app.server.url}/?embed=1&${q}" title="f${i}"></iframe>`).join('');
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body>${frames}</body></html>`);
  const host = await serve(dir);
  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.heights = [];
      addEventListener('message', (e) => {
        const i = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source);
        window.heights.push(i);
      });
    });
    await page.goto(host.url + '/');
    await page.frameLocator('#f0').getByTestId('roster-input').waitFor();
    await page.waitForFunction(() => window.heights.includes(2), null, { timeout: 30000 });
    await page.waitForTimeout(500);
    const from = await page.evaluate(() => [...new Set(window.heights)]);
    assert.deepEqual(from, [2], 'only the calculator frame posts its height');
    await context.close();
  } finally {
    await host.close();
  }
});

test('a link with many bad parameters lists a few and counts the rest', async () => {
  const q = Array.from({ length: 30 }, (_, i) => `year=x${i}`).join('&');
  const { page, context } = await app.open(`/?view=roster&region=nowhere&status=nobody&hukou=mars&birth=x&date=y&${q}`, WAIT);
  const box = page.getByTestId('url-problems');
  await box.waitFor();
  assert.ok((await box.locator('li').count()) <= 5);
  assert.match(await page.getByTestId('url-problems-more').textContent(), /还有 \d+ 项未列出/);
  await context.close();
});
