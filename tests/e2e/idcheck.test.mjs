// view=id end to end: the id-input / id-result contract across kinds, the two registration
// forms (GOV.UK error summary, inline errors, prefill from the ID number, values kept),
// axe-core on each form in its error state, and privacy: no typed number in the URL,
// localStorage, sessionStorage or cookies; no console error; no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, axeViolations } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const WAIT = { waitFor: '[data-testid=id-tab-check]' };

async function clean(seen, context) {
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
}

/** Types `number` into the ID check and submits; returns the result element. */
async function checkNumber(page, number, how = 'click') {
  await page.getByTestId('id-input').fill(number);
  if (how === 'enter') await page.getByTestId('id-input').press('Enter');
  else await page.getByTestId('id-submit').click();
  const result = page.getByTestId('id-result');
  await result.waitFor();
  return result;
}

async function attrs(result) {
  return result.evaluate((el) => ({
    valid: el.dataset.valid, kind: el.dataset.kind, birth: el.dataset.birth ?? null,
    sex: el.dataset.sex ?? null, region: el.dataset.region ?? null, text: el.textContent,
  }));
}

test('the id-input / id-result contract across kinds', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  const cases = [
    ['11010519491231002X', 'true', 'resident-id', '1949-12-31', 'female', '110105', /北京市/],
    ['110105 19491231 002x', 'true', 'resident-id', '1949-12-31', 'female', '110105', /朝阳区/],
    ['11019919491231002X', 'true', 'resident-id', '1949-12-31', 'female', '110199', /110199 不在本应用的行政区划表中/],
    ['110105491231002', 'true', 'resident-id-15', '1949-12-31', 'female', '110105', /11010519491231002X/],
    ['830000199201300014', 'true', 'hmt-residence-permit', '1992-01-30', 'male', '830000', /港澳台居民居住证/],
    ['911840198001010013', 'true', 'foreign-permanent-resident', '1980-01-01', 'male', null, /外国人永久居留身份证/],
    ['91350100M000100Y43', 'true', 'uscc', null, null, null, /统一社会信用代码/],
    ['13812345678', 'true', 'mobile', null, null, null, /138\*\*\*\*5678/],
    ['1101051949123100', 'false', 'resident-id', null, null, null, /16位/],
    ['11010519491331002X', 'false', 'resident-id', null, null, null, /19491331 不是有效日期/],
  ];
  for (const [input, valid, kind, birth, sex, region, text] of cases) {
    const got = await attrs(await checkNumber(page, input));
    assert.equal(got.valid, valid, input);
    assert.equal(got.kind, kind, input);
    assert.equal(got.birth, birth, input);
    assert.equal(got.sex, sex, input);
    if (region !== null || kind !== 'foreign-permanent-resident') assert.equal(got.region, region, input);
    assert.match(got.text, text, input);
  }
  // The result says the age today and the masked form.
  const ok = await attrs(await checkNumber(page, '11010519491231002X'));
  assert.match(ok.text, /\d+周岁/);
  assert.match(ok.text, /110105\*+002X/);
  assert.equal(await page.locator('[role=status] [data-testid=id-result]').count(), 1, 'result in a live region');
  await clean(seen, context);
});

test('a wrong check character: invalid, names the check character, never suggests one', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  for (const [lang, re] of [['zh', /校验码/], ['en', /check character/]]) {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    const got = await attrs(await checkNumber(page, '110105194912310021', 'enter'));
    assert.equal(got.valid, 'false');
    assert.equal(got.kind, 'resident-id');
    assert.match(got.text, re);
    assert.ok(!got.text.includes('11010519491231002X'), 'no corrected number');
    assert.doesNotMatch(got.text, /应为\s*X|should be X|校验码是|is X\b/);
    assert.equal(await page.getByTestId('id-input').getAttribute('aria-invalid'), 'true');
  }
  const ok = await attrs(await checkNumber(page, '110105491231002'));
  assert.match(ok.text, /This is a 15-digit ID number, and it is valid/);
  assert.match(ok.text, /matching 18-character number/);
  assert.equal(await page.getByTestId('id-input').getAttribute('aria-invalid'), null);
  await clean(seen, context);
});

/** The inline message texts and the summary links of a form. */
async function summaryAndInline(page, testid) {
  const links = await page.locator(`[data-testid=${testid}] a`).evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));
  const inline = await page.locator('.field__error').evaluateAll((ps) => ps.map((p) => ({
    id: p.id.replace(/-error$/, ''),
    text: [...p.childNodes].filter((n) => !(n.classList && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('').trim(),
  })));
  return { links, inline };
}

test('resident form: error summary takes focus, links focus the fields, same words inline', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  await page.getByTestId('id-tab-resident').click();
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('身份证件号码').fill('110105194912310021');
  await page.getByTestId('rf-submit').click();
  const summary = page.getByTestId('rf-summary');
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'rf-summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.equal(await summary.getAttribute('tabindex'), '-1');
  const { links, inline } = await summaryAndInline(page, 'rf-summary');
  assert.ok(links.length >= 8, `${links.length} errors`);
  assert.deepEqual(links.map((l) => [l.href.slice(1), l.text]), inline.map((i) => [i.id, i.text]), 'same fields, same words, same order');
  assert.match(inline.find((i) => i.id === 'rf-id-number').text, /校验码/);
  // Every field with an error is described by its message and marked invalid.
  for (const { id } of inline) {
    const el = page.locator(`#${id}`);
    const tag = await el.evaluate((e) => e.tagName);
    if (tag === 'INPUT' && (await el.getAttribute('type')) === 'radio') {
      const described = await el.evaluate((e) => e.closest('fieldset').getAttribute('aria-describedby'));
      assert.match(described, new RegExp(`${id}-error`), id);
    } else {
      assert.match(await el.getAttribute('aria-describedby'), new RegExp(`${id}-error`), id);
      assert.equal(await el.getAttribute('aria-invalid'), 'true', id);
    }
  }
  // Links move focus to their fields, without touching the URL.
  const before = page.url();
  for (const href of ['#rf-id-number', '#rf-sex', '#rf-phone']) {
    await summary.locator(`a[href="${href}"]`).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), href.slice(1));
  }
  assert.equal(page.url(), before, 'links do not change the URL');
  // What was typed is kept.
  assert.equal(await page.getByLabel('姓名').inputValue(), '张三');
  assert.equal(await page.getByLabel('身份证件号码').inputValue(), '110105194912310021');
  await clean(seen, context);
});

test('resident form: prefill from the ID number, warnings do not block, language switch keeps values', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  await page.getByTestId('id-tab-resident').click();
  await page.getByLabel('姓名').fill('李小宝');
  await page.getByLabel('身份证件号码').fill('620702202303010022');
  await page.getByTestId('rf-prefill').click();
  assert.ok(await page.locator('#rf-sex-1').isChecked(), 'female');
  assert.equal(await page.getByLabel('出生日期').inputValue(), '2023-03-01');
  await fillResidentAddress(page);
  await page.getByTestId('rf-submit').click();
  await page.getByTestId('rf-ok').waitFor();
  const warning = page.locator('#rf-identity-error');
  assert.equal(await warning.getAttribute('data-severity'), 'warning');
  assert.match(await warning.textContent(), /今天\d+周岁/);
  assert.match(await page.getByTestId('rf-summary-warnings').textContent(), /新生儿/);
  // A wrong sex against the number is an error.
  await page.getByLabel('男').check();
  await page.getByTestId('rf-submit').click();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'rf-summary');
  assert.match(await page.locator('#rf-sex-error').textContent(), /性别与证件号码不符/);
  // English keeps everything typed and the messages.
  await page.getByTestId('lang-switch').click();
  await page.getByLabel('Name', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), '李小宝');
  assert.equal(await page.getByLabel('Identity document number').inputValue(), '620702202303010022');
  assert.match(await page.locator('#rf-sex-error').textContent(), /does not match the identity number/);
  await clean(seen, context);
});

test('unit form: errors per portal rule, validity dates, summary links', async () => {
  const { page, seen, context } = await app.open('/?view=id&lang=en', WAIT);
  await page.getByTestId('id-tab-unit').click();
  await page.getByLabel('Unit account name').fill('school_2021');
  await page.getByLabel('Password', { exact: true }).fill('abcdefgh');
  await page.getByLabel('Confirm the password').fill('abcdefgx');
  await page.getByLabel('Unified social credit code').fill('91350100M000100Y42');
  await page.getByLabel('Document valid from').fill('2021-09-01');
  await page.getByLabel('Document valid until').fill('2021-08-01');
  await page.getByTestId('uf-submit').click();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'uf-summary');
  const text = await page.getByTestId('uf-summary').textContent();
  for (const re of [/letter or digit/, /add at least one digit/, /do not match/, /check character/, /should be before its end/]) assert.match(text, re);
  assert.match(await page.getByTestId('unit-form').textContent(), /captcha and the SMS code/);
  const { links, inline } = await summaryAndInline(page, 'uf-summary');
  assert.deepEqual(links.map((l) => [l.href.slice(1), l.text]), inline.map((i) => [i.id, i.text]));
  await page.getByTestId('uf-summary').locator('a[href="#uf-agent-valid-to"]').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'uf-agent-valid-to');
  assert.equal(await page.getByLabel('Unit account name').inputValue(), 'school_2021');
  await clean(seen, context);
});

test('no axe-core violations on each form in its error state, in Chinese and English', async () => {
  for (const lang of ['', '&lang=en']) {
    const { page, context } = await app.open(`/?view=id${lang}`, WAIT);
    assert.deepEqual(await axeViolations(page), [], `empty id check ${lang}`);
    await checkNumber(page, '110105194912310021');
    assert.deepEqual(await axeViolations(page), [], `invalid id ${lang}`);
    await checkNumber(page, '11010519491231002X');
    assert.deepEqual(await axeViolations(page), [], `valid id ${lang}`);
    await page.getByTestId('id-tab-resident').click();
    await page.getByTestId('rf-submit').click();
    await page.getByTestId('rf-summary').locator('a').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `resident form ${lang}`);
    await page.getByTestId('id-tab-unit').click();
    await page.getByTestId('uf-submit').click();
    await page.getByTestId('uf-summary').locator('a').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `unit form ${lang}`);
    await context.close();
  }
});

test('no typed number goes into the URL, localStorage, sessionStorage or cookies; print is local', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  const numbers = ['11010519491231002X', '620702202303010022', '91350100M000100Y43', '13812345678'];
  await checkNumber(page, numbers[0]);
  await page.getByTestId('id-tab-resident').click();
  await page.getByLabel('身份证件号码').fill(numbers[1]);
  await page.getByLabel('联系电话').fill(numbers[3]);
  await page.getByTestId('rf-prefill').click();
  await page.getByTestId('rf-submit').click();
  await page.getByTestId('id-tab-unit').click();
  await page.getByLabel('统一社会信用代码').fill(numbers[2]);
  await page.getByTestId('uf-submit').click();
  await page.getByTestId('lang-switch').click();
  // The print button calls window.print() and nothing else.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByTestId('uf-print').click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  const stored = await page.evaluate(() => JSON.stringify({
    url: location.href, local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie,
    history: history.length,
  }));
  for (const n of numbers) {
    assert.ok(!stored.includes(n), `${n} not stored: ${stored}`);
    assert.ok(!stored.includes(n.toLowerCase()), n);
  }
  assert.match(page.url(), /\?view=id&lang=en$/);
  await clean(seen, context);
});

test('an empty submit asks for a number instead of calling it wrong', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  for (const [lang, ask, wrong] of [['zh', '请输入号码', '这个号码有误'], ['en', 'Enter a number', 'This number is not right']]) {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    const result = await checkNumber(page, '   ');
    assert.equal(await result.getAttribute('data-valid'), 'false');
    assert.equal(await page.getByTestId('id-error').getAttribute('data-code'), 'empty');
    const heading = (await result.locator('.id-result__title').textContent()).trim();
    assert.equal(heading, ask, lang);
    assert.ok(!(await result.textContent()).includes(wrong), lang);
    assert.equal(await result.locator('.id-result__kind').isVisible(), false, 'nothing was checked as a kind');
    assert.deepEqual(await axeViolations(page), [], `empty submit ${lang}`);
  }
  await clean(seen, context);
});

test('permits name their issuing or home region, never a hukou place', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  const cases = [
    ['11010519491231002X', /户籍/, /Region \(where the number was issued\)/],
    ['911840198001010013', /^发证地区/, /^Issuing region/],
    ['830000199201300014', /^所属地区/, /^Home region/],
  ];
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    for (const [number, zh, en] of cases) {
      await checkNumber(page, number);
      const term = (await page.locator('[data-testid=id-region] dt').textContent()).trim();
      assert.match(term, lang === 'zh' ? zh : en, `${number} ${lang}`);
      if (!number.startsWith('110')) assert.doesNotMatch(term, /户籍|hukou/i, number);
    }
  }
  await clean(seen, context);
});

test('a form checked without errors moves focus to its success message', async () => {
  const { page, seen, context } = await app.open('/?view=id', WAIT);
  await fillNewbornResidentForm(page);
  await page.getByTestId('rf-submit').click();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'rf-ok');
  assert.equal(await page.getByTestId('rf-ok').getAttribute('tabindex'), '-1');
  // A second submit without change focuses it again (the button had focus meanwhile).
  await page.getByTestId('rf-submit').focus();
  await page.getByTestId('rf-submit').press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'rf-ok');
  assert.deepEqual(await axeViolations(page), [], 'resident form checked');
  // The unit form too (English).
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('id-tab-unit').click();
  const fill = {
    'Unit account name': 'school2021', 'Password': 'abc12345', 'Confirm the password': 'abc12345',
    'Unified social credit code': '91350100M000100Y43', 'Unit name': '某某学校', 'Unit postal address': '广州市某路1号',
    "Legal representative's name": '张三', "Legal representative's document number": '11010519491231002X',
    "Legal representative's mobile number": '13812345678', "Agent's name": '李四',
    "Agent's document number": '11010519491231002X', 'Document valid from': '2020-03-01', 'Document valid until': '2040-03-01',
    "Agent's mobile number": '13812345678', "Agent's password": 'abc12345', "Confirm the agent's password": 'abc12345',
  };
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByTestId('uf-submit').click();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'uf-ok')
    .catch(async (e) => { throw new Error(`${e.message}: ${await page.getByTestId('uf-summary').textContent()}`); });
  assert.equal(await page.getByTestId('uf-ok').getAttribute('tabindex'), '-1');
  await clean(seen, context);
});

/** Opens the resident form and fills it for a newborn of 甘州区 (prefilled from her number). */
async function fillNewbornResidentForm(page) {
  await page.getByTestId('id-tab-resident').click();
  await page.getByLabel('姓名').fill('李小宝');
  await page.getByLabel('身份证件号码').fill('620702202303010022');
  await page.getByTestId('rf-prefill').click();
  await fillResidentAddress(page);
}

/** The resident form's phone, address and identity answers. */
async function fillResidentAddress(page) {
  await page.getByLabel('联系电话').fill('0936-8214935');
  await page.getByLabel('省（自治区、直辖市）').fill('甘肃省');
  await page.getByLabel('市（州）').fill('张掖市');
  await page.getByLabel('区（县）').fill('甘州区');
  await page.getByLabel('村（社区）').fill('东街社区');
  await page.getByLabel('通讯地址').fill('甘州区东街1号');
  await page.getByLabel('新生儿').check();
  await page.getByLabel('以上都不是').check();
}
