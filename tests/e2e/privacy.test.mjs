// Privacy end to end: after using every view with real-looking identity numbers, nothing
// left the page's origin, and no identity number is in the URL, cookies, localStorage,
// sessionStorage, IndexedDB or the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

// Valid-looking numbers (check characters correct), a mobile and a credit code.
const SECRETS = ['11010519491231002X', '440103200501011234', '13800138000', '91350100M000100Y43', '830000199001010012'];

test('identity numbers never leave the page or reach the URL, storage or console', async () => {
  const { page, seen, context } = await app.open('/?view=id', { waitFor: '[data-testid=id-input]' });
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));

  // The identity-number check, each number in turn.
  for (const n of SECRETS) {
    await page.getByTestId('id-input').fill(n);
    await page.getByTestId('id-input').press('Enter');
    await page.getByTestId('id-result').waitFor();
  }
  // Every other text field of the view (the registration forms), then submit every form.
  const fields = page.locator('input[type=text]:visible, input[type=tel]:visible, input:not([type]):visible, textarea:visible');
  for (let i = 0; i < await fields.count(); i++) await fields.nth(i).fill(SECRETS[i % SECRETS.length]);
  const submits = page.locator('button[type=submit]:visible');
  for (let i = 0; i < await submits.count(); i++) await submits.nth(i).click();

  // The roster check.
  await page.goto(app.server.url + '/?view=roster');
  await page.getByTestId('roster-input').fill(`姓名,身份证号码,联系电话\n张三,${SECRETS[0]},${SECRETS[2]}\n李四,${SECRETS[1]},13900139000\n`);
  await page.getByTestId('roster-input').locator('xpath=ancestor::form').locator('button[type=submit]').first().click();
  await page.getByTestId('roster-summary').waitFor();

  // The calculator with a date of birth.
  await page.goto(app.server.url + '/?region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2010-01-01');
  await page.getByTestId('net-payable').waitFor();

  const url = page.url();
  const cookies = await context.cookies();
  const stored = await page.evaluate(async () => {
    const dump = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k)).join('\n');
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { local: dump(localStorage), session: dump(sessionStorage), dbs };
  });
  for (const n of SECRETS) {
    assert.ok(!url.includes(n), `${n} in the URL`);
    assert.ok(!JSON.stringify(cookies).includes(n), `${n} in a cookie`);
    assert.ok(!stored.local.includes(n), `${n} in localStorage`);
    assert.ok(!stored.session.includes(n), `${n} in sessionStorage`);
    assert.ok(!consoleText.join('\n').includes(n), `${n} in the console`);
  }
  assert.deepEqual(stored.dbs, [], 'no IndexedDB database');
  assert.deepEqual(seen.foreign, [], 'no request to another origin');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a date of birth never goes into the address, the history or the server log', async () => {
  // From a link: read, then taken out of the address at once.
  const { page, seen, context } = await app.open('/?region=meizhou&year=2022&status=school-student&assist=two-daughters&birth=2010-01-01', { waitFor: '[data-testid=net-payable]' });
  await page.waitForFunction(() => !location.search.includes('birth'));
  assert.equal(await page.getByTestId('net-payable').first().getAttribute('data-value'), '0.00', 'the birth date still counts');
  // Typed: never written.
  const logged = app.server.log.length;
  await page.getByLabel(/出生日期/).fill('2011-02-03');
  await page.getByLabel(/出生日期/).dispatchEvent('change');
  await page.getByRole('radio', { name: /普通居民/ }).check();
  await page.getByRole('radio', { name: /中小学生/ }).check();
  assert.ok(!page.url().includes('2011-02-03') && !page.url().includes('birth'), page.url());
  const entries = [];
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    entries.push(page.url());
  }
  while (!page.url().startsWith(app.server.url)) await page.goForward();
  assert.ok(entries.every((u) => !u.includes('birth')), entries.join(' | '));
  await page.reload();
  await page.getByTestId('valid-for').waitFor();
  assert.ok(app.server.log.slice(logged).every((u) => !u.includes('2011-02-03') && !u.includes('birth')), app.server.log.slice(logged).join(' | '));
  assert.deepEqual(seen.foreign, []);
  await context.close();
});
