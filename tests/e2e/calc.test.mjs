// The calculator through the public contract (../shared/CONTRACT.md), across all five
// notices: amounts, not-covered, unknown, deadline states, language switch, back/forward,
// bad parameters, the calendar file, and accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const MARKS = ['contribution', 'assistance', 'pay-now', 'net-payable', 'government-subsidy'];

/** Opens the calculator at `query` and reads every mark. */
async function result(query) {
  const { page, seen, context } = await app.open('/?' + query, { waitFor: '[data-testid=valid-for], [data-testid=result-prompt]' });
  const marks = {};
  for (const id of MARKS) {
    const el = page.getByTestId(id);
    marks[id] = (await el.count()) ? await el.first().getAttribute('data-value') : null;
  }
  const deadline = page.getByTestId('deadline');
  if (await deadline.count()) {
    marks.state = await deadline.getAttribute('data-state');
    marks.daysLeft = await deadline.getAttribute('data-days-left');
  }
  marks.notCovered = (await page.getByTestId('not-covered').count()) > 0;
  marks.citations = await page.getByTestId('citation').allTextContents();
  return { page, seen, context, marks };
}

// [query, expected marks]. Each row names the clause the figures come from.
const CASES = [
  // 区医保发〔2022〕69号 §三 350 + 610; §四(一) rural 低保 class 1 = 250, pay first (§四(二)).
  ['region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01',
    { contribution: '350.00', assistance: '250.00', 'pay-now': '350.00', 'net-payable': '100.00', 'government-subsidy': '610.00', state: 'open', daysLeft: '60' }],
  // §四(一) 特困: full; §四(二) the person pays nothing.
  ['region=zhangye-ganzhou&year=2022&status=adult&assist=tekun&date=2022-12-31',
    { contribution: '350.00', assistance: '350.00', 'pay-now': '0.00', 'net-payable': '0.00', state: 'open', daysLeft: '0' }],
  // §四(二) 就高不重复: 返贫致贫 190 and 已脱贫 100 give 190, never 290.
  ['region=zhangye-ganzhou&year=2022&status=adult&assist=fanpin,tuopin&date=2023-01-05',
    { assistance: '190.00', 'pay-now': '350.00', 'net-payable': '160.00', state: 'closed', daysLeft: null }],
  // 低保 of unknown tier: 250 or 190 depending on the tier (the user's answer), so a range;
  // still pays 350 first.
  ['region=zhangye-ganzhou&year=2022&status=adult&assist=dibao&date=2022-11-01',
    { assistance: 'unknown', 'pay-now': '350.00', 'net-payable': 'unknown' }],
  // 区医保发〔2022〕69号 §一: paid in 2022 ("当年缴费次年享受"), no start date: on 2021-10-01 the
  // window lies ahead, not "open, 456 days left".
  ['region=zhangye-ganzhou&year=2022&status=adult&date=2021-10-01',
    { state: 'upcoming', daysLeft: '456' }],
  // 穗医保中管〔2021〕301号 §一: 363, window 2021-09-01..2021-12-20.
  ['region=guangzhou&year=2022&status=college-student&date=2021-12-20',
    { contribution: '363.00', 'pay-now': '363.00', 'net-payable': '363.00', 'government-subsidy': null, state: 'open', daysLeft: '0' }],
  ['region=guangzhou&year=2022&status=vocational-student&date=2021-08-01',
    { contribution: '363.00', state: 'upcoming', daysLeft: '141' }],
  ['region=guangzhou&year=2022&status=college-student&date=2021-12-21',
    { state: 'closed', daysLeft: null }],
  // §二: medical-assistance students; the notice states no amount.
  ['region=guangzhou&year=2022&status=college-student&assist=medical-aid&date=2021-10-01',
    { contribution: '363.00', assistance: 'unknown' }],
  // The 2022 Guangzhou notice covers college and vocational students only.
  ['region=guangzhou&year=2022&status=adult&date=2021-10-01',
    { notCovered: true, contribution: null, 'pay-now': null }],
  // 穗人社函〔2014〕1366号 §二(三): provisional 200.
  ['region=guangzhou&year=2014&status=school-student&hukou=urban&date=2014-10-01',
    { contribution: '200.00', 'pay-now': '200.00', state: 'open', daysLeft: '91' }],
  // 梅市医保〔2021〕7号 §一 320; §三(三) 低保 fully funded.
  ['region=meizhou&year=2022&status=adult&date=2021-10-01',
    { contribution: '320.00', 'net-payable': '320.00', state: 'open' }],
  ['region=meizhou&year=2022&status=adult&assist=dibao-rural-2&date=2021-10-01',
    { assistance: '320.00', 'pay-now': '0.00', 'net-payable': '0.00' }],
  // §三(三) 农村纯生二女结扎: daughters 14 full years or under (14 included), judged over the
  // window §二 2021-09-01..2021-12-31: 15 only on 2022-10-01 → funded; 15 before it opened → not.
  ['region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2007-10-01&date=2021-10-01',
    { 'net-payable': '0.00' }],
  ['region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2006-08-31&date=2021-10-01',
    { 'net-payable': '320.00' }],
  // Zhaoqing §1: 320 for school students; adults are not covered by this notice.
  ['region=zhaoqing&year=2022&status=school-student&date=2021-09-01',
    { contribution: '320.00', state: 'open', daysLeft: '121' }],
  ['region=zhaoqing&year=2022&status=adult&date=2021-09-01', { notCovered: true, contribution: null }],
  // §2(4): government-sponsored people enroll where they live; no amount in this notice.
  ['region=zhaoqing&year=2022&status=school-student&assist=tekun&date=2021-09-01',
    { assistance: 'unknown', 'net-payable': 'unknown' }],
];

for (const [query, want] of CASES) {
  test(`calc ${query}`, async () => {
    const { seen, context, marks } = await result(query);
    for (const [k, v] of Object.entries(want)) assert.equal(marks[k], v, `${k} for ${query}`);
    assert.ok(marks.citations.length > 0, 'figures cite their notice');
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.foreign, []);
    await context.close();
  });
}

test('the provisional 2014 standard is marked provisional', async () => {
  const { page, context } = await result('region=guangzhou&year=2014&status=school-student&date=2014-10-01');
  assert.equal(await page.getByTestId('contribution').getAttribute('data-provisional'), 'true');
  assert.match(await page.getByTestId('contribution').textContent(), /¥200\.00/);
  assert.equal(await page.getByTestId('stale-notice').count(), 0, 'in 2014 the notice was current');
  await context.close();
});

test('a notice whose year is past gets a clear banner', async () => {
  const { page, context } = await result('region=guangzhou&year=2014&status=school-student&date=2026-11-25');
  assert.match(await page.getByTestId('stale-notice').textContent(), /2014.*过期/);
  assert.equal(await page.getByTestId('deadline').getAttribute('data-state'), 'closed');
  await context.close();
});

test('citations name the notice and clause', async () => {
  const { marks, context } = await result('region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01');
  assert.ok(marks.citations.some((c) => c.includes('区医保发〔2022〕69号') && c.includes('§四')), marks.citations.join(' | '));
  await context.close();
});

test('answering the questions updates the result and the URL at once; back and forward work', async () => {
  const { page, seen, context } = await app.open('/?date=2022-11-01');
  assert.match(await page.getByTestId('result-prompt').textContent(), /地区和通知年度/);
  await page.getByLabel(/甘州区 · 2022/).check();
  await page.getByLabel('普通居民（成年）').check();
  await page.waitForURL(/region=zhangye-ganzhou&year=2022&status=adult&date=2022-11-01$/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '350.00');
  // 低保 first, then its tier as a follow-up (甘州 funds the tiers differently).
  await page.getByLabel('低保对象').check();
  await page.waitForURL(/assist=dibao&/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), 'unknown');
  await page.getByLabel('农村一类低保').check();
  await page.waitForURL(/assist=dibao-rural-1/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '100.00');
  await page.goBack();
  await page.waitForURL(/assist=dibao&/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), 'unknown');
  assert.equal(await page.getByLabel('农村一类低保').isChecked(), false);
  await page.goForward();
  await page.waitForURL(/assist=dibao-rural-1/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '100.00');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('nothing is pre-selected that the user did not choose', async () => {
  const { page, context } = await app.open('/');
  assert.equal(await page.locator('input[type=radio]:checked, input[type=checkbox]:checked').count(), 0);
  await context.close();
});

test('the language switch keeps the state and translates the result', async () => {
  const q = 'region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01';
  const { page, context } = await app.open('/?' + q, { waitFor: '[data-testid=deadline]' });
  assert.match(await page.getByTestId('deadline').textContent(), /还剩 60 天/);
  await page.getByTestId('lang-switch').click();
  await page.waitForURL(new RegExp(q + '&lang=en$'));
  assert.match(await page.getByTestId('deadline').textContent(), /60 days left/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '100.00');
  assert.match(await page.getByTestId('channel').textContent(), /township|bank/i);
  await context.close();
});

test('bad parameters: a friendly message, the nearest default, never a blank page', async () => {
  const { page, seen, context } = await app.open('/?region=guangzhou&year=2019&status=retired&assist=tekun,bogus&date=2022-02-30', { waitFor: '[data-testid=url-problems]' });
  const text = await page.getByTestId('url-problems').textContent();
  assert.match(text, /status=retired/);
  assert.match(text, /assist=bogus/);
  assert.match(text, /date=2022-02-30/);
  assert.match(await page.getByTestId('result-prompt').textContent(), /参保身份|没有这个地区和年度的通知/);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the deadline calendar downloads as an .ics made locally', async () => {
  const { page, seen, context } = await app.open('/?region=zhangye-ganzhou&year=2022&status=adult&date=2022-11-01', { waitFor: '[data-testid=ics]' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
  assert.equal(download.suggestedFilename(), 'yibao-deadlines.ics');
  const path = await download.path();
  const ics = (await import('node:fs')).readFileSync(path, 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20221231/);
  assert.match(ics, /DTSTART;VALUE=DATE:20221230/);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});

test('keyboard only: tab to a notice, pick it with the arrow keys', async () => {
  const { page, context } = await app.open('/?date=2022-11-01');
  await page.getByLabel(/广州市 · 2022/).focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/region=guangzhou&year=2022/);
  await page.keyboard.press('ArrowDown');
  await page.waitForURL(/region=guangzhou&year=2014/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notice-guangzhou-2014', 'focus stays on the choice');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.waitForURL(/status=newborn/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'status-0', 'focus stays on the choice');
  await context.close();
});

test('zero axe-core violations on results, not-covered and unknown outcomes, in both languages', async () => {
  for (const q of [
    'region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-1&date=2022-11-01',
    'region=guangzhou&year=2022&status=adult&date=2021-10-01&lang=en',
    'region=zhaoqing&year=2022&status=school-student&assist=tekun&date=2021-09-01',
    'region=guangzhou&year=2014&status=school-student&hukou=rural&lang=en',
  ]) {
    const { page, context } = await app.open('/?' + q, { waitFor: '[data-testid=valid-for]' });
    assert.deepEqual(await axeViolations(page), [], q);
    await context.close();
  }
});

// Issue 12: answers judged in the notice's own period, ranges where only the answer is missing.
test('Meizhou two-daughters age is judged over the notice window, not today (no date parameter)', async () => {
  // Born 2010-03-01: 11 all through 2021-09-01..2021-12-31 → fully funded, whatever today is.
  const { page, seen, context, marks } = await result('region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2010-03-01');
  assert.equal(marks['net-payable'], '0.00');
  assert.equal(marks['pay-now'], '0.00');
  assert.match(await page.getByTestId('age-basis').textContent(), /2021年9月1日.*2021年12月31日/);
  assert.equal(await page.getByTestId('stale-notice').count(), 1, 'today the notice is out of date');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('an answer the user has not given shows the range with data-min and data-max', async () => {
  // 区医保发〔2022〕69号 §四(一)2、5, §四(二)3: 低保 tier unknown + 脱贫: 250 or 190, never 100 added.
  const { page, context } = await result('region=zhangye-ganzhou&year=2022&status=adult&assist=dibao,tuopin&date=2022-11-01');
  const a = page.getByTestId('assistance');
  assert.equal(await a.getAttribute('data-value'), 'unknown');
  assert.deepEqual([await a.getAttribute('data-min'), await a.getAttribute('data-max')], ['190.00', '250.00']);
  const net = page.getByTestId('net-payable').first();
  assert.deepEqual([await net.getAttribute('data-min'), await net.getAttribute('data-max')], ['100.00', '160.00']);
  assert.match(await net.textContent(), /¥100\.00 – ¥160\.00/);
  const why = await page.locator('.headline__why').allTextContents();
  assert.ok(why.some((t) => t.includes('低保') && t.includes('类别')), why.join(' | '));
  assert.ok(!why.some((t) => t.includes('通知未载明')), 'not the notice-silent wording');
  // The notice-silent case keeps no range.
  await context.close();
  const silent = await result('region=guangzhou&year=2022&status=college-student&assist=medical-aid&date=2021-10-01');
  assert.equal(await silent.page.getByTestId('assistance').getAttribute('data-min'), null);
  await silent.context.close();
});

test('a daughter who turns 15 inside the window gets both outcomes, in either language', async () => {
  const { page, context } = await result('region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2006-11-01&lang=en');
  const net = page.getByTestId('net-payable').first();
  assert.deepEqual([await net.getAttribute('data-value'), await net.getAttribute('data-min'), await net.getAttribute('data-max')], ['unknown', '0.00', '320.00']);
  assert.match((await page.locator('.headline__why').allTextContents()).join(' '), /1 November 2021|2021-11-01|Nov/);
  await context.close();
});

test("Zhaoqing's last day: the window is open with 0 days left and no date reads as passed", async () => {
  const { page, context, marks } = await result('region=zhaoqing&year=2022&status=school-student&date=2021-12-31');
  assert.equal(marks.state, 'open');
  assert.equal(marks.daysLeft, '0');
  const due = await page.locator('li', { hasText: '2021年12月31日' }).allTextContents();
  assert.ok(due.length > 0, 'the schools\' 2021-12-31 date is listed');
  assert.ok(due.every((t) => !t.includes('已过')), `nothing due on 2021-12-31 is shown as passed: ${due.join(' | ')}`);
  const early = await page.locator('li', { hasText: '2021年8月20日' }).allTextContents();
  assert.ok(early.some((t) => t.includes('已过')), 'an earlier date is shown as passed');
  await context.close();
  const after = await result('region=zhaoqing&year=2022&status=school-student&date=2022-01-01');
  assert.equal(after.marks.state, 'closed');
  assert.match(await after.page.getByTestId('after-close').textContent(), /逾期不予补缴/);
  await after.context.close();
});
