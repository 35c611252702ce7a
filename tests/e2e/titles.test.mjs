// The document title names the tool in the page's language, and follows the tabs and the
// language switch (tabs, history and bookmarks show it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const TITLES = {
  calc: ['缴费计算 · 医保助手', 'Contribution calculator · Medical insurance helper'],
  id: ['号码校验 · 医保助手', 'ID number check · Medical insurance helper'],
  roster: ['名单校验 · 医保助手', 'Roster check · Medical insurance helper'],
  embed: ['嵌入到网页 · 医保助手', 'Embed in a web page · Medical insurance helper'],
};

const titleIs = (page, want) => page.waitForFunction((t) => document.title === t, want).then(() => page.title());

test('each tool has its own title, in each language, from a link', async () => {
  for (const [view, [zh, en]] of Object.entries(TITLES)) {
    for (const [lang, want] of [['zh', zh], ['en', en]]) {
      const { page, seen, context } = await app.open(`/?view=${view}&lang=${lang}`, { waitFor: '[data-testid=lang-switch]' });
      assert.equal(await titleIs(page, want), want, `${view} ${lang}`);
      assert.deepEqual(seen.consoleErrors, []);
      await context.close();
    }
  }
});

test('the title follows the tabs, the language switch, and back', async () => {
  const { page, seen, context } = await app.open('/');
  assert.equal(await titleIs(page, TITLES.calc[0]), TITLES.calc[0]);
  await page.getByRole('button', { name: '证件号码核验' }).click();
  assert.equal(await titleIs(page, TITLES.id[0]), TITLES.id[0]);
  await page.getByTestId('lang-switch').click();
  assert.equal(await titleIs(page, TITLES.id[1]), TITLES.id[1]);
  await page.getByRole('button', { name: 'Check a roster' }).click();
  assert.equal(await titleIs(page, TITLES.roster[1]), TITLES.roster[1]);
  await page.getByRole('button', { name: 'Embed in your page' }).click();
  assert.equal(await titleIs(page, TITLES.embed[1]), TITLES.embed[1]);
  await page.goBack();
  assert.equal(await titleIs(page, TITLES.roster[1]), TITLES.roster[1]);
  await page.getByTestId('lang-switch').click();
  assert.equal(await titleIs(page, TITLES.roster[0]), TITLES.roster[0]);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreign, []);
  await context.close();
});
