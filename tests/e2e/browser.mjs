// Shared browser set-up for the end-to-end tests: Debian's Chromium through playwright-core,
// the release build served on 127.0.0.1, and guards that every test checks at the end:
// no console error, no page error, no request to any other origin.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';
export { serve };

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Chromium's own address-bar popup (a WebUI page of ~200 chrome:// files) loads in the
  // background of every new window, i.e. of every test's fresh context, right while the
  // test's page loads; a visitor's window has it long before. A trace shows it; off here.
  // (OMNIBOX=1 leaves it on, to compare.)
  ...(process.env.OMNIBOX ? [] : ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup']),
];

/** Starts the server (on `root`, the release build unless given) and the browser; returns
 * { browser, server, open, close }. */
export async function start({ root = 'dist', delay } = {}) {
  const server = await serve(root, { delay });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  /** Opens `path` in a fresh context; returns the page and what the guards saw. */
  /** `init`: a value for `window.yibaoTest` (the page's test hook, see src/ui/roster.rs),
   * set before the page starts. */
  async function open(path = '/', { waitFor = '[data-testid=notice-option]', route = true, contextOptions = {}, init } = {}) {
    // Service workers only where a test is about them (route: false): a worker installing
    // in the background while a test navigates hundreds of times only adds variance.
    const context = await browser.newContext({ serviceWorkers: route ? 'block' : 'allow', ...contextOptions });
    const page = await context.newPage();
    const seen = { consoleErrors: [], foreign: [] };
    page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => seen.consoleErrors.push(String(e)));
    // Every request that leaves the page's origin is recorded and refused. (Without routing,
    // for the service worker tests, requests are only recorded.)
    page.on('request', (r) => {
      const url = r.url();
      if (!route && !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreign.push(url);
    });
    // Content-Security-Policy violations are reported as page errors.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    if (route) await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      seen.foreign.push(url);
      return route.abort();
    });
    if (init) await context.addInitScript((hook) => { window.yibaoTest = hook; }, init);
    await page.goto(server.url + path);
    if (waitFor) await page.waitForSelector(waitFor);
    return { page, context, seen };
  }
  async function close() { await browser.close(); await server.close(); }
  return { browser, server, open, close };
}

/** The axe-core violations of the page, as short strings. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
