// What the roster tests share: reading the summary's counts and pasting a roster.

/** Waits for the roster page. */
export const WAIT = { waitFor: '[data-testid=roster-input]' };
/** Three valid resident ID numbers. */
export const A = '11010519491231002X';
export const B = '110105194912310038';
export const C = '110105200001010024';

/** The summary's counts, once shown. */
export async function summary(page) {
  const s = page.getByTestId('roster-summary');
  await s.waitFor();
  const get = (a) => s.getAttribute(`data-${a}`).then(Number);
  return { total: await get('total'), valid: await get('valid'), invalid: await get('invalid'), duplicates: await get('duplicates') };
}

/** Types `text` into the roster box and checks it. */
export async function paste(page, text) {
  await page.getByTestId('roster-input').fill(text);
  await page.getByRole('button', { name: /检查名单|Check roster/ }).click();
}
