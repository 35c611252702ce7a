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
  // Every part of the notice is a field: the date issued, which year the title names, a
  // provisional contribution, the subsidy's and the stacking rule's words.
  await page.getByLabel('Date issued').fill('not a date');
  await page.getByLabel('Date issued').dispatchEvent('change');
  await page.getByTestId('editor-download').click();
  await page.getByTestId('editor-errors').locator('a[data-field="ed-issued"]').waitFor();
  await page.getByLabel('Date issued').fill('2027-08-15');
  await page.getByLabel('The year of payment').check();
  await page.getByLabel('The contribution is provisional').check();
  await page.getByLabel('Government subsidy (yuan').fill('610');
  await page.getByLabel('Clause of the subsidy').fill('§二');
  await page.getByLabel('What the notice says about the subsidy, in English').fill('Test subsidy words.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-download').click()]);
  assert.equal(download.suggestedFilename(), 'test-xian-2028.json');
  const saved = join(fresh, 'notices', 'test-xian-2028.json');
  await download.saveAs(saved);
  const file = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(file.schema, 1);
  assert.equal(file.contribution.amount, '500');
  assert.equal(file.issued, '2027-08-15');
  assert.equal(file.year_kind, 'payment');
  assert.equal(file.contribution.provisional, true);
  assert.equal(file.subsidy.amount, '610');
  assert.equal(file.subsidy.text.en, 'Test subsidy words.');
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

test('the editor\'s lists are form fields: add, fill, remove, an error linked to its field, a file the app computes with', async () => {
  const { page, seen, context } = await plain.open('/?view=editor&lang=en', { waitFor: '[data-testid=editor-form]' });
  // The editor is one of the tools in the page's navigation.
  assert.equal(await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Notice editor (staff)' }).getAttribute('aria-current'), 'page');
  await page.getByTestId('editor-template').selectOption('meizhou-2022');
  // Starting from a notice fills every list's fields.
  const list = (path) => page.getByTestId(`editor-list-${path}`);
  const items = (path) => list(path).getByTestId('editor-item');
  assert.equal(await items('offices').count(), 2);
  assert.equal(await items('assistance').count(), 3);
  assert.equal(await page.locator('#ed-assistance-2-age-limit-max-full-years').inputValue(), '14');
  assert.equal(await page.locator('#ed-assistance-0-kind').inputValue(), 'full');
  assert.ok(await page.locator('#ed-assistance-0-codes').isChecked(), 'tekun is ticked on the first line');
  await page.getByLabel('Region code').fill('list-xian');
  await page.getByLabel('Region name in Chinese').fill('列表县（编辑器测试）');
  await page.getByLabel('Region name in English').fill('List County (editor test)');
  await page.getByLabel('Year (as in').fill('2029');
  await page.getByLabel('Document number').fill('列医保〔2028〕2号（测试）');
  await page.locator('#ed-window-start').fill('2028-09-01');
  await page.locator('#ed-window-end').fill('2028-12-31');

  // A new office: "Add" moves focus to its first field, typed from the keyboard.
  await list('offices').getByRole('button', { name: 'Add an office' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-offices-2-id');
  await page.keyboard.type('list-office');
  const office = items('offices').nth(2);
  await office.getByLabel('Office name, in Chinese').fill('列表县医保局');
  await office.getByLabel('Office name, in English').fill('List County insurance office');
  await office.getByLabel('Clause it comes from').fill('§九');
  // A new assistance line: orphans get a fixed 123 yuan, paid directly.
  await list('assistance').getByRole('button', { name: 'Add an assistance line' }).click();
  const line = items('assistance').nth(3);
  await line.getByLabel('Orphan (incl. de-facto unsupported child)').check();
  await line.getByLabel('What they get').selectOption('fixed');
  await line.getByLabel('Amount (yuan, for a fixed amount)').fill('123');
  await line.getByLabel('How the assistance is paid').selectOption('funded-directly');
  await line.getByLabel('What the notice says, in Chinese').fill('孤儿定额资助123元（测试）。');
  await line.getByLabel('What the notice says, in English').fill('Orphans get 123 yuan (test).');
  // The line names no clause yet: the summary links to that exact field.
  await page.getByTestId('editor-download').click();
  const summary = page.getByTestId('editor-errors');
  const link = summary.locator('a[data-field="ed-assistance-3-clause"]');
  await link.waitFor();
  assert.match(await link.textContent(), /clause/i);
  assert.equal(await page.locator('#ed-assistance-3-clause').getAttribute('aria-invalid'), 'true');
  assert.match(await line.locator('#ed-assistance-3-clause-error').textContent(), /clause/i);
  assert.deepEqual(await axeViolations(page), []);
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-assistance-3-clause');
  await page.keyboard.type('§三(四)');
  await summary.locator('a[data-field="ed-assistance-3-clause"]').waitFor({ state: 'detached' });
  // An office chosen from the list above.
  await items('refund').first().getByLabel('Office to ask').selectOption('list-office');
  // A task added and removed again: focus goes back to the list's "Add" button.
  const tasks = await items('tasks').count();
  await list('tasks').getByRole('button', { name: 'Add a dated task' }).click();
  assert.equal(await items('tasks').count(), tasks + 1);
  await items('tasks').last().getByRole('button', { name: `Remove dated task ${tasks + 1}` }).click();
  assert.equal(await items('tasks').count(), tasks);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Add a dated task');
  // The calculator beside the draft follows the new line.
  await page.locator('#ed-preview-orphan').check();
  await page.waitForFunction(() => document.querySelector('[data-testid=draft-assistance]')?.dataset.value === '123.00');
  assert.deepEqual(await axeViolations(page), []);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-download').click()]);
  assert.equal(download.suggestedFilename(), 'list-xian-2029.json');
  await download.saveAs(join(fresh, 'notices', 'list-xian-2029.json'));
  const file = JSON.parse(readFileSync(join(fresh, 'notices', 'list-xian-2029.json'), 'utf8'));
  assert.deepEqual(Object.keys(file).filter((k) => k === 'file'), [], 'no file key');
  assert.equal(file.offices[2].id, 'list-office');
  assert.deepEqual(file.assistance[3], {
    codes: ['orphan'], kind: 'fixed', amount: '123', payment: 'funded-directly', clause: '§三(四)',
    text: { zh: '孤儿定额资助123元（测试）。', en: 'Orphans get 123 yuan (test).' },
  });
  assert.equal(file.refund.ask, 'list-office');
  assert.equal(file.assistance[2].age_limit.max_full_years, 14, 'fields not shown as changed keep their values');
  const index = JSON.parse(await page.getByTestId('editor-index').textContent());
  writeFileSync(join(fresh, 'notices', 'index.json'), JSON.stringify(index));
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();

  const loaded = await plain.open('/?region=list-xian&year=2029&status=adult&assist=orphan&date=2028-10-01&lang=en');
  await loaded.page.getByTestId('pay-now').waitFor();
  assert.equal(await value(loaded.page, 'contribution'), '320.00');
  assert.equal(await value(loaded.page, 'assistance'), '123.00');
  assert.equal(await value(loaded.page, 'pay-now'), '197.00');
  assert.deepEqual(loaded.seen.consoleErrors, []);
  await loaded.context.close();
});

test('the editor at 390×844: every field fits the phone, lists usable by keyboard, no axe violations', async () => {
  const { page, seen, context } = await plain.open('/?view=editor', { waitFor: '[data-testid=editor-form]', contextOptions: { viewport: { width: 390, height: 844 } } });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scrolling');
  const add = page.getByTestId('editor-list-coverage').getByRole('button', { name: '添加参保人群' });
  await add.focus();
  await page.keyboard.press('Enter');
  const n = await page.getByTestId('editor-list-coverage').getByTestId('editor-item').count();
  // Focus is on the new group's first checkbox; Space ticks it.
  assert.equal(await page.evaluate(() => document.activeElement.id), `ed-coverage-${n - 1}-statuses`);
  await page.keyboard.press('Space');
  assert.ok(await page.locator(`#ed-coverage-${n - 1}-statuses`).isChecked());
  await page.getByTestId('editor-list-coverage').screenshot({ path: join(tmpdir(), 'yibao-editor-phone.png') });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a slow host does not hold the first result; published notices are added when they arrive', async () => {
  // The index answers at once, the notice files 6 s late: the built-in notice named by the
  // address shows at once, and the published ones join the list when they come.
  const slowFiles = await start({ root: site, delay: (p) => (p.startsWith('/notices/') && p !== '/notices/index.json' ? 6000 : 0) });
  try {
    const t0 = Date.now();
    const { page, seen, context } = await slowFiles.open('/?region=meizhou&year=2022&status=adult&date=2021-10-01', { waitFor: '[data-testid=pay-now]' });
    const first = Date.now() - t0;
    assert.ok(first < 4000, `first result after ${first} ms`);
    assert.equal(await value(page, 'pay-now'), '320.00');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=notice-option]').length === 6, null, { timeout: 10000 });
    assert.equal(await value(page, 'pay-now'), '320.00', 'the answer stays');
    assert.equal(await page.getByTestId('notices-report-link').getAttribute('data-rejected'), '1');
    assert.deepEqual(seen.consoleErrors, []);
    await context.close();
  } finally {
    await slowFiles.close();
  }
  // The whole notices/ folder 6 s late: the built-in calculator does not wait for it.
  const slowIndex = await start({ root: site, delay: (p) => (p.startsWith('/notices/') ? 6000 : 0) });
  try {
    const t0 = Date.now();
    const { page, seen, context } = await slowIndex.open('/?region=zhaoqing&year=2022&status=college-student&date=2021-10-01', { waitFor: '[data-testid=pay-now]' });
    const first = Date.now() - t0;
    assert.ok(first < 4000, `first result after ${first} ms`);
    assert.deepEqual(seen.consoleErrors, []);
    await context.close();
  } finally {
    await slowIndex.close();
  }
});

test('published notices are precached by the service worker and work offline', async () => {
  // The first visit is to a tool that does not read notices: the worker still keeps them.
  const { page, seen, context } = await app.open('/?view=id&lang=en', { route: false, waitFor: '[data-testid=id-input]' });
  await page.waitForSelector('[data-testid=offline-status][data-ready=true]');
  const kept = await page.evaluate(async () => Promise.all(['index.json', 'shili-xian-2027.json', 'broken-xian-2027.json']
    .map(async (f) => Boolean(await caches.match(new URL(`./notices/${f}`, location.href).href)))));
  assert.deepEqual(kept, [true, true, true]);
  await context.setOffline(true);
  await page.goto(app.server.url + '/?region=shili-xian&year=2027&status=adult&assist=dibao,tuopin&date=2026-10-01');
  await page.waitForSelector('[data-testid=pay-now]');
  assert.equal(await value(page, 'pay-now'), '100.00');
  assert.equal(await page.getByTestId('notice-provenance').getAttribute('data-file'), 'shili-xian-2027.json');
  assert.deepEqual(seen.foreign, []);
  assert.deepEqual(seen.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});
