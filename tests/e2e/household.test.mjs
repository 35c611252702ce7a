// The whole family at once (issue 18): add, remove and reorder members, totals that never
// count an unknown as zero, the link round trip (no dates of birth), back and forward, the
// language switch, print and the household calendar; axe finds nothing in either language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const WAIT = { waitFor: '[data-testid=household-add]' };
const MEIZHOU = '/?view=household&region=meizhou&year=2022&date=2021-10-01';

const total = (page, id) => page.getByTestId(id).getAttribute('data-value');
const sumOf = async (page, id) => {
  const values = await page.locator(`[data-testid=household-member] [data-testid=${id}]`).evaluateAll((els) => els.map((e) => e.dataset.value));
  assert.ok(values.every((v) => v !== 'unknown'), `${id}: ${values}`);
  return values.reduce((a, v) => a + Number(v), 0).toFixed(2);
};

test('one step from the calculator: the answers become the first member, same notice', async () => {
  const { page, seen, context } = await app.open('/?region=meizhou&year=2022&status=school-student&date=2021-10-01', { waitFor: '[data-testid=headline]' });
  const single = await page.getByTestId('pay-now').getAttribute('data-value');
  await page.getByTestId('household-link').click();
  await page.getByTestId('household-member').first().waitFor();
  assert.match(page.url(), /view=household/);
  assert.match(page.url(), /region=meizhou/);
  assert.equal(await page.getByTestId('household-member').count(), 1);
  assert.equal(await total(page, 'household-total-pay-now'), single);
  await page.goBack();
  await page.getByTestId('headline').waitFor();
  assert.equal(await page.getByTestId('pay-now').getAttribute('data-value'), single, 'the calculator is as it was');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('add, name, remove and reorder members; totals and groups follow', async () => {
  const { page, seen, context } = await app.open(MEIZHOU, WAIT);
  assert.equal(await page.getByTestId('result-prompt').count(), 1);
  for (let i = 0; i < 3; i++) await page.getByTestId('household-add').click();
  assert.equal(await page.getByTestId('household-member').count(), 3);
  const forms = page.getByTestId('household-member-form');
  await forms.nth(0).getByTestId('household-label').fill('小明');
  await forms.nth(0).getByTestId('household-label').dispatchEvent('change');
  await forms.nth(0).getByTestId('household-status').selectOption('school-student');
  await forms.nth(2).getByLabel(/特困/).check();
  await page.getByTestId('household-member-line').first().waitFor();
  assert.match(await page.getByTestId('household-member-line').nth(0).textContent(), /^小明 · 中小学生 · /);
  assert.match(await page.getByTestId('household-member-line').nth(1).textContent(), /^成员 2 · /);
  assert.equal(await total(page, 'household-total-pay-now'), await sumOf(page, 'pay-now'));
  assert.equal(await total(page, 'household-total-net-payable'), await sumOf(page, 'net-payable'));
  const groups = await page.getByTestId('household-group').allTextContents();
  assert.ok(groups.some((g) => /^全额资助、无需缴费：1 人/.test(g)), groups.join('\n'));
  // Each member's answer opens to the single calculator's figures.
  const first = page.getByTestId('household-member').first();
  await first.locator('summary').click();
  assert.ok(await first.getByTestId('pay-now').isVisible());
  assert.ok(await first.getByTestId('citation').first().isVisible());
  // Move 小明 down, then remove him.
  await forms.nth(0).getByRole('button', { name: /下移/ }).click();
  assert.match(await page.getByTestId('household-member-line').nth(1).textContent(), /^小明/);
  await forms.nth(1).getByTestId('household-remove').click();
  assert.equal(await page.getByTestId('household-member').count(), 2);
  assert.ok(!(await page.getByTestId('household-member-line').allTextContents()).some((t) => t.startsWith('小明')));
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('an amount the notice does not state stays unknown in the total; a missing answer gives a range', async () => {
  const gz = '/?view=household&region=guangzhou&year=2022&date=2021-10-01&members=' + encodeURIComponent('~college-student~~|~adult~~');
  const { page, seen, context } = await app.open(gz, WAIT);
  await page.getByTestId('household-member').nth(1).waitFor();
  const pay = page.getByTestId('household-total-pay-now');
  assert.equal(await pay.getAttribute('data-value'), 'unknown');
  assert.equal(await pay.getAttribute('data-min'), null, 'no range: the notice states no amount for one member');
  const mz = MEIZHOU + '&members=' + encodeURIComponent('~adult~~|~school-student~~two-daughters');
  await page.goto(app.server.url + mz);
  await page.getByTestId('household-member').nth(1).waitFor();
  assert.equal(await pay.getAttribute('data-value'), 'unknown');
  const [min, max] = [Number(await pay.getAttribute('data-min')), Number(await pay.getAttribute('data-max'))];
  assert.ok(min < max, `${min}..${max}`);
  const member = page.getByTestId('household-member').nth(1).getByTestId('pay-now');
  const adult = Number(await page.getByTestId('household-member').nth(0).getByTestId('pay-now').getAttribute('data-value'));
  assert.equal(min, adult + Number(await member.getAttribute('data-min')));
  assert.equal(max, adult + Number(await member.getAttribute('data-max')));
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the link round trip: members in the address, never a date of birth; back and forward', async () => {
  const link = '/?view=household&region=zhangye-ganzhou&year=2022&date=2022-11-01&members=' +
    encodeURIComponent('爸爸~adult~rural~|奶奶~adult~~tekun|~school-student~~');
  const { page, seen, context } = await app.open(link, WAIT);
  await page.getByTestId('household-member').nth(2).waitFor();
  const lines = await page.getByTestId('household-member-line').allTextContents();
  assert.match(lines[0], /^爸爸/);
  assert.match(lines[1], /^奶奶/);
  assert.match(lines[2], /^成员 3/);
  const pay = await total(page, 'household-total-pay-now');
  // A date of birth, where the notice asks for one, stays out of the address.
  const birth = page.getByTestId('household-member-form').nth(1).locator('input[type=date]');
  if (await birth.count()) {
    await birth.fill('1950-03-01');
    await birth.dispatchEvent('change');
    assert.ok(!page.url().includes('1950'), page.url());
  }
  // Reload from the address alone: the same household.
  await page.goto(page.url());
  await page.getByTestId('household-member').nth(2).waitFor();
  assert.equal(await total(page, 'household-total-pay-now'), pay);
  // Back and forward across an added member.
  await page.getByTestId('household-add').click();
  assert.equal(await page.getByTestId('household-member').count(), 4);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=household-member]').length === 3);
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=household-member]').length === 4);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('the language switch keeps the household; axe finds nothing in either language', async () => {
  const link = MEIZHOU + '&members=' + encodeURIComponent('小明~school-student~~|~adult~~|~adult~~tekun');
  const { page, seen, context } = await app.open(link, WAIT);
  await page.getByTestId('household-member').nth(2).waitFor();
  const pay = await total(page, 'household-total-pay-now');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByTestId('household-member').first().locator('summary').click();
  assert.deepEqual(await axeViolations(page), [], 'with a member opened');
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(page.url(), /lang=en/);
  assert.match(page.url(), /members=/);
  assert.equal(await page.getByTestId('household-member').count(), 3);
  assert.equal(await total(page, 'household-total-pay-now'), pay);
  assert.match(await page.getByTestId('household-member-line').nth(1).textContent(), /^Member 2 · Adult resident/);
  assert.ok((await page.getByTestId('household-group').allTextContents()).some((g) => /^Fully funded, nothing to pay: 1 person/.test(g)));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('print shows the whole household; the calendar names whom each date concerns, each date once', async () => {
  const link = '/?view=household&region=zhangye-ganzhou&year=2022&date=2022-11-01&members=' + encodeURIComponent('甲~adult~~|乙~adult~~');
  const { page, context } = await app.open(link, WAIT);
  await page.getByTestId('household-member').nth(1).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.getByTestId('household-add').isVisible()), 'the questions are not printed');
  assert.ok(await page.getByTestId('household-total-pay-now').isVisible());
  for (let i = 0; i < 2; i++) {
    const m = page.getByTestId('household-member').nth(i);
    assert.ok(await m.locator('summary').isVisible(), 'each member is named on paper');
  }
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.getByTestId('household-member').nth(1).getByTestId('pay-now').isVisible(), 'every member prints open');
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
  const ics = readFileSync(await download.path(), 'utf8');
  const starts = ics.match(/DTSTART;VALUE=DATE:\d+/g) || [];
  assert.ok(starts.length >= 1);
  assert.equal(new Set(starts).size, starts.length, 'each date once');
  assert.match(ics.replace(/\r\n /g, ''), /甲、乙/);
  await context.close();
});

test('on a phone each member is one line and the family result is one tap away', async () => {
  const link = MEIZHOU + '&members=' + encodeURIComponent('小明~school-student~~|妈妈~adult~~|奶奶~adult~~tekun');
  const { page, seen, context } = await app.open(link, { ...WAIT, contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
  await page.getByTestId('household-member').nth(2).waitFor();
  await page.getByTestId('household-jump').click();
  const box = await page.getByTestId('household-total-pay-now').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 844, 'the totals are in view');
  assert.match(await page.getByTestId('household-member-line').nth(0).textContent(), /^小明 · 中小学生 · .+ · ¥\d+\.\d\d$/);
  assert.match(await page.getByTestId('household-member-line').nth(2).textContent(), /^奶奶 · 普通居民 · 全额资助、无需缴费 · 无需缴费$/);
  assert.ok(!(await page.getByTestId('household-member').nth(0).getByTestId('pay-now').isVisible()), 'closed until opened');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});
