// The calculator for a parent on a phone (issue 13): the answer first and in view after each
// choice, only the questions the notice uses, one live region, history that does not fill up,
// print, calendar, bad notices. Screenshots of the phone result go to e2e-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); mkdirSync('e2e-screenshots', { recursive: true }); });
after(async () => { await app?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** True when the element's box overlaps the viewport. */
async function inView(page, locator) {
  if (!(await locator.count())) return false;
  const box = await locator.first().boundingBox();
  const vh = page.viewportSize().height;
  return !!box && box.y < vh && box.y + box.height > 0;
}

/** The answer is in view: the headline itself, or the answer bar that jumps to it. */
async function answerInView(page) {
  return (await inView(page, page.getByTestId('headline'))) || (await inView(page, page.getByTestId('answer-bar')));
}

test('on a phone the answer is in view after every choice (Meizhou, 10-year-old daughter, 低保)', async () => {
  const { page, seen, context } = await app.open('/?date=2021-10-01', { contextOptions: PHONE });
  const steps = [
    async () => page.getByLabel(/梅州市 · 2022/).check(),
    async () => page.getByLabel('中小学生').check(),
    async () => page.getByLabel('低保对象').check(),
    async () => { await page.getByLabel(/出生日期/).fill('2011-05-01'); await page.getByLabel(/出生日期/).dispatchEvent('change'); },
  ];
  const measures = [];
  for (const [i, step] of steps.entries()) {
    await step();
    if (i === 0) continue; // no result until the status is chosen
    await page.getByTestId('answer-bar').waitFor();
    measures.push(await answerInView(page));
  }
  assert.deepEqual(measures, [true, true, true], 'answer in view after each choice');
  assert.match(await page.getByTestId('answer-bar').textContent(), /¥0\.00/);
  // One tap on the bar brings the headline into view.
  await page.getByTestId('answer-bar').click();
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid=headline]').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  await page.screenshot({ path: 'e2e-screenshots/phone-result-zh.png' });
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('answer-bar').click();
  await page.screenshot({ path: 'e2e-screenshots/phone-result-en.png' });
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the result opens with the answer: pay now, in the end, by when, where; the rest can be opened', async () => {
  const { page, context } = await app.open('/?region=meizhou&year=2022&status=adult&date=2021-10-01', { waitFor: '[data-testid=headline]', contextOptions: PHONE });
  const order = await page.evaluate(() => {
    const pos = (sel) => { const el = document.querySelector(sel); return el ? el.getBoundingClientRect().top + scrollY : -1; };
    return { headline: pos('[data-testid=headline]'), channel: pos('[data-testid=channel]'), breakdown: pos('[data-testid=breakdown]') };
  });
  assert.ok(order.headline < order.channel, JSON.stringify(order));
  assert.match(await page.getByTestId('headline').textContent(), /截止|期限/);
  // The breakdown and the scope are behind a summary, closed.
  assert.equal(await page.locator('[data-testid=more-breakdown]').getAttribute('open'), null);
  // Only the headline is a live region.
  const live = await page.locator('.result [aria-live]').count();
  assert.equal(live, 1);
  assert.equal(await page.getByTestId('headline').getAttribute('aria-live'), 'polite');
  // Staff dates are in their own section, not among the parent's dates.
  assert.equal(await page.getByTestId('deadline').locator('xpath=..').locator('li', { hasText: '核定' }).count(), 0);
  assert.equal(await page.getByTestId('staff-dates').count(), 1);
  await context.close();
});

test('only the questions the notice uses, optional ones marked, tiers as a follow-up', async () => {
  const { page, context } = await app.open('/?region=guangzhou&year=2022', { waitFor: '#assist' });
  const boxes = await page.locator('#assist input[type=checkbox]').count();
  assert.equal(boxes, 1, 'Guangzhou 2022 names only medical-assistance students');
  assert.match(await page.locator('#assist legend').textContent(), /选填/);
  await page.goto(app.server.url + '/?region=zhangye-ganzhou&year=2022&status=adult');
  await page.waitForSelector('#assist');
  assert.equal(await page.getByLabel('农村一类低保').count(), 0, 'no tier before 低保 is ticked');
  await page.getByLabel('低保对象').check();
  await page.getByLabel('农村三类低保').check();
  await page.waitForURL(/assist=dibao-rural-3/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '160.00');
  // Meizhou does not distinguish tiers: no follow-up.
  await page.goto(app.server.url + '/?region=meizhou&year=2022&status=adult&assist=dibao');
  await page.getByTestId('net-payable').waitFor();
  assert.equal(await page.locator('#assist-tier').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('arrow keys through the notices replace one history entry instead of adding one per notice', async () => {
  const { page, context } = await app.open('/');
  const before = await page.evaluate(() => history.length);
  await page.getByTestId('notice-option').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  // The notices are in the order of their region codes: three steps from the first is another region.
  await page.waitForURL(/region=(meizhou|zhaoqing|zhangye-ganzhou)/);
  const afterKeys = await page.evaluate(() => history.length);
  assert.equal(afterKeys - before, 1, 'one entry for the question, however many notices were passed');
  await context.close();
});

test('print: your answers, the date printed, and one A4 page in the common cases', async () => {
  // A4 with 10 mm margins: 190 × 277 mm printable = 718 × 1047 CSS px.
  const A4 = { width: 718, height: 1047 };
  const { page, context } = await app.open('/?region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2011-05-01&date=2021-10-01', { waitFor: '[data-testid=headline]', contextOptions: { viewport: { width: A4.width, height: 600 } } });
  await page.emulateMedia({ media: 'print' });
  const answers = page.getByTestId('your-answers');
  // Drawn after the first paint (src/ui/later.rs), like the closed sections' content.
  await answers.waitFor({ state: 'attached' });
  assert.ok(await answers.isVisible());
  const text = await answers.textContent();
  for (const want of [/梅州市 · 2022/, /中小学生/, /农村纯生二女/, /2011年5月1日/, /打印日期/]) assert.match(text, want);
  assert.ok(await page.getByTestId('valid-for').isVisible(), 'the notice\'s validity is printed');
  assert.ok(await page.getByTestId('breakdown').isVisible(), 'closed sections print open');
  for (const q of [
    'region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2011-05-01&date=2021-10-01',
    'region=meizhou&year=2022&status=adult&date=2021-10-01',
    'region=guangzhou&year=2022&status=college-student&date=2021-10-01',
    'region=zhaoqing&year=2022&status=school-student&date=2021-10-01',
  ]) {
    await page.goto(app.server.url + '/?' + q);
    await page.getByTestId('headline').waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`print height ${q}: ${height} px (one A4 page: ${A4.height} px)`);
    assert.ok(height <= A4.height, `${q}: print height ${height}px`);
  }
  await context.close();
});

test('the calendar holds only this person\'s future dates, each with a reminder', async () => {
  const { page, context } = await app.open('/?region=zhangye-ganzhou&year=2022&status=adult&date=2022-11-01', { waitFor: '[data-testid=ics]' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
  const ics = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, 2, 'the refund cut-off and the last day');
  assert.equal((ics.match(/BEGIN:VALARM/g) || []).length, 2);
  assert.ok(!ics.includes('%'), 'no township quota in a parent\'s calendar');
  await page.goto(app.server.url + '/?region=zhangye-ganzhou&year=2022&status=adult&date=2023-02-01');
  await page.getByTestId('ics').click();
  assert.match(await page.getByTestId('ics-none').textContent(), /都已过去/);
  await context.close();
});

test('a notice year the region does not have gets the banner and the region\'s only notice', async () => {
  const { page, context } = await app.open('/?region=meizhou&year=2014&status=adult&date=2021-10-01', { waitFor: '[data-testid=url-problems]' });
  assert.match(await page.getByTestId('url-problems').textContent(), /梅州市只有2022年度的通知/);
  assert.equal(await page.getByTestId('net-payable').getAttribute('data-value'), '320.00');
  assert.ok(await page.getByLabel(/梅州市 · 2022/).isChecked());
  await context.close();
});

test('embedded at 742 px wide, the answer is above the fold', async () => {
  const { page, context } = await app.open('/?embed=1&region=meizhou&year=2022&status=adult&date=2021-10-01', { waitFor: '[data-testid=headline]', contextOptions: { viewport: { width: 742, height: 600 } } });
  assert.ok(await answerInView(page), 'headline or answer bar in the first screen');
  await context.close();
});

test('on a phone the family\'s totals are in view while members are added and answered', async () => {
  const { page, seen, context } = await app.open('/?view=household&region=meizhou&year=2022', { waitFor: '[data-testid=household-add]', contextOptions: PHONE });
  await page.getByTestId('household-add').click();
  await page.getByTestId('answer-bar').waitFor();
  assert.ok(await answerInView(page), 'after adding the first member');
  await page.getByTestId('household-add').click();
  const forms = page.getByTestId('household-member-form');
  await forms.nth(1).getByLabel(/特困/).check();
  await page.waitForFunction(() => /全家现在缴 ¥320\.00/.test(document.querySelector('[data-testid=answer-bar]')?.textContent));
  assert.ok(await answerInView(page), 'after an assistance identity');
  assert.equal(await page.getByTestId('answer-bar').textContent().then((t) => /最终负担 ¥320\.00/.test(t)), true);
  await page.screenshot({ path: 'e2e-screenshots/phone-household.png' });
  await page.getByTestId('answer-bar').click();
  assert.ok(await inView(page, page.getByTestId('household-totals')), 'the bar jumps to the totals');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});
