// Trunk post-build hook (Trunk.toml [[hooks]]): runs on the staging directory before it
// becomes dist/.
// 1. Names each tool's WebAssembly file by its content and writes the boot script, which
//    loads only the file of the URL's tool; adds the strict Content-Security-Policy (one
//    inline script, allowed by its hash: the few lines that start the tool's download at
//    once, EARLY below).
// 2. The boot script also registers the service worker (works offline after the first
//    visit) and, in embed mode, posts the page's height (and nothing else) to the host.
// 3. Writes sw.js with the exact list of files to precache.
// 4. Minifies what every visit downloads (esbuild, an npm package of the project): each
//    tool's wasm-bindgen glue, the style sheets (their integrity hashes follow) and the boot
//    script; the comments and long names explain the sources, not the download. Each tool's
//    imports get short names in its wasm and glue alike (scripts/short-imports.mjs).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenImports } from './short-imports.mjs';

// The tools' glue is an ES module (`--target web`), the roster worker's a classic script.
const minifyJs = (code, format) => transformSync(code, { minify: true, format, target: 'es2020', legalComments: 'none' }).code;

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// The one inline script: it starts the download of the URL's tool (its wasm-bindgen glue,
// its WebAssembly and, for the tools that show notices, notices/index.json) while the page
// is still being read, instead of a round trip later when the boot script has come (a
// first visit's result ~40 ms sooner here, a whole network round trip on a phone). It
// reads the file names from the JSON block before it (they change with every build), so its
// own text, and the hash the CSP allows it by, stay the same from build to build: a host
// that sends the README's CSP header does not have to change it with each deployment.
// Where a host's header lacks the hash, the browser refuses this script (and says so in the
// console) and the boot script starts the same downloads itself: the page works, a round
// trip later. tests/e2e/embed-offline.test.mjs checks both, and that the README's header
// carries this hash. Written as it ships: no minifier may change it (the hash would move).
// While the downloads run the page has nothing to do, so the script also makes a date input
// it throws away: the browser's first one costs ~5 ms (its date fields and their locale are
// set up once per page), paid here instead of when the calculator draws its date question.
export const EARLY = `(() => {
  try {
    const files = JSON.parse(document.getElementById('yibao-early').textContent);
    let view = 'calc';
    for (const v of new URLSearchParams(location.search).getAll('view')) if (Object.hasOwn(files, v.trim())) view = v.trim();
    const [js, wasm, index] = files[view];
    const early = (self.yibaoEarly = { wasmUrl: wasm, js: import(js), wasm: fetch(wasm), index: index && fetch(index, { cache: 'no-cache' }) });
    for (const p of [early.js, early.wasm, early.index]) p?.catch(() => {});
    document.createElement('input').type = 'date';
  } catch {}
})();`;
export const EARLY_HASH = 'sha256-' + createHash('sha256').update(EARLY).digest('base64');

export const CSP = [
  "default-src 'self'",
  `script-src 'self' '${EARLY_HASH}' 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// One WebAssembly file per tool (index.html builds each; Trunk injects none of them): name
// each by its content, then write the boot script that loads the one file the URL's view
// needs. The views each file carries are in src/ui/mod.rs.
export const TOOL_OF_VIEW = { calc: 'yibao', household: 'yibao-household', id: 'yibao-id', roster: 'yibao-roster', embed: 'yibao-embed', editor: 'yibao-editor' };
// The files that also read the notices a deployment publishes in notices/ (src/ui/mod.rs,
// `start_reading_notices`): loaded instead only where notices/index.json lists a file.
export const WITH_NOTICES = { yibao: 'yibao-calc-notices', 'yibao-household': 'yibao-household-notices', 'yibao-embed': 'yibao-embed-notices' };
// The regions of the built-in notices (policies/<region>-<year>.toml): where the address
// names one of them, or none, the usual file alone gives the right first result.
const BUILT_IN_REGIONS = [...new Set(readdirSync(new URL('../policies/', import.meta.url))
  .map((f) => f.match(/^([a-z0-9-]+)-\d{4}\.toml$/)?.[1]).filter(Boolean))].sort();
const files = {};
for (const tool of new Set([...Object.values(TOOL_OF_VIEW), ...Object.values(WITH_NOTICES)])) {
  // Trunk names the main app `yibao-<hash>.js` and the "worker" ones `yibao-id.js`.
  const base = readdirSync(dir).map((f) => f.match(new RegExp(`^(${tool}(-[0-9a-f]+)?)\\.js$`))).find(Boolean)?.[1];
  if (!base) throw new Error(`no ${tool}.js from Trunk in ${dir}`);
  // Minified, with short import names (scripts/short-imports.mjs).
  const { wasm, glue: js } = shortenImports(readFileSync(join(dir, `${base}_bg.wasm`)), minifyJs(readFileSync(join(dir, `${base}.js`), 'utf8'), 'esm'));
  writeFileSync(join(dir, `${base}.js`), js);
  writeFileSync(join(dir, `${base}_bg.wasm`), wasm);
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  files[tool] = { js: `./${tool}-${hash}.js`, wasm: `./${tool}-${hash}_bg.wasm` };
  renameSync(join(dir, `${base}.js`), join(dir, files[tool].js));
  renameSync(join(dir, `${base}_bg.wasm`), join(dir, files[tool].wasm));
}
if (/<script/.test(html)) throw new Error('index.html has a script Trunk injected: the tools must be data-type="worker"');

// The roster check's Web Worker (src/bin/roster-worker.rs): its glue and WebAssembly are
// named by their content too, so a new deployment is never served a stale cached worker;
// its loader (public/roster-worker-loader.js, the name the page starts) gets the new names
// and, like index.html, is always revalidated.
{
  const js = minifyJs(readFileSync(join(dir, 'roster-worker.js'), 'utf8'));
  writeFileSync(join(dir, 'roster-worker.js'), js);
  const wasm = readFileSync(join(dir, 'roster-worker_bg.wasm'));
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  renameSync(join(dir, 'roster-worker.js'), join(dir, `roster-worker-${hash}.js`));
  renameSync(join(dir, 'roster-worker_bg.wasm'), join(dir, `roster-worker-${hash}_bg.wasm`));
  const loaderPath = join(dir, 'roster-worker-loader.js');
  const loader = readFileSync(loaderPath, 'utf8');
  const named = loader
    .replace("importScripts('./roster-worker.js')", `importScripts('./roster-worker-${hash}.js')`)
    .replace("module_or_path: './roster-worker_bg.wasm'", `module_or_path: './roster-worker-${hash}_bg.wasm'`);
  if (!named.includes(`roster-worker-${hash}.js`) || !named.includes(`roster-worker-${hash}_bg.wasm`)) {
    throw new Error('roster-worker-loader.js no longer names roster-worker.js and roster-worker_bg.wasm as post-build.mjs expects');
  }
  writeFileSync(loaderPath, named);
}

// The boot script asks whether notices/index.json lists a file, and a slow host must not
// hold the first result:
// - the copy the service worker kept from the last visit answers at once (the page then
//   reads the fresh index itself, and the next visit follows it);
// - without one, where the usual file alone gives the right result (the address names a
//   built-in notice, or none), the usual file runs once it has come and the index, half a
//   second later, still has not (published notices then show from the next visit).
// In the files that read notices, the page shows at once where the built-in notices answer
// its address, and is drawn again when the published ones arrive (src/ui/notices_loader.rs).
// The style sheets some tools use (style/forms.css: every tool but the calculator;
// style/roster.css, style/embed.css: their tool alone): taken out of index.html and added by
// the boot script for those views, in index.html's order, so the other tools' first visit
// does not download them (the calculator and its embed: −0.7 KB). Each keeps its integrity.
// Every style sheet minified first, its integrity in index.html made anew.
for (const tag of html.match(/<link rel="stylesheet" href="\.\/[^"]+\.css"[^>]*>/g) ?? []) {
  const href = tag.match(/href="\.\/([^"]+)"/)[1];
  const css = transformSync(readFileSync(join(dir, href), 'utf8'), { loader: 'css', minify: true, legalComments: 'none' }).code;
  writeFileSync(join(dir, href), css);
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  html = html.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="${integrity}"`));
}
const VIEWS_OF_CSS = { forms: ['id', 'household', 'roster', 'embed', 'editor'], roster: ['roster'], embed: ['embed'] };
const cssOfView = {};
for (const [name, views] of Object.entries(VIEWS_OF_CSS)) {
  const tag = html.match(new RegExp(`<link rel="stylesheet" href="\\./${name}-[0-9a-f]+\\.css"[^>]*>`));
  if (!tag) throw new Error(`no ${name}.css link in index.html`);
  html = html.replace(tag[0], '');
  const sheet = { href: tag[0].match(/href="([^"]+)"/)[1], integrity: tag[0].match(/integrity="([^"]+)"/)?.[1] };
  for (const v of views) (cssOfView[v] ??= []).push(sheet);
}

// The built-in notices' English (src/domain/policy/generated_en.json, written with
// generated.rs): the tools carry the notices in Chinese only, and the page fetches this file
// only in English (src/ui/english.rs). Named by its content, fetched with its integrity.
const english = {};
{
  const text = readFileSync(join(dir, 'generated_en.json'));
  const name = `notices-en-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
  renameSync(join(dir, 'generated_en.json'), join(dir, name));
  english.href = `./${name}`;
  english.integrity = 'sha384-' + createHash('sha384').update(text).digest('base64');
}
// The tools that show no notice need none of it.
const WITHOUT_NOTICES = ['id', 'roster'];

const bootSource = `// Generated by scripts/post-build.mjs.
// Which file carries each view (src/ui/mod.rs), and each file's name in this build.
const TOOL_OF_VIEW = ${JSON.stringify(TOOL_OF_VIEW)};
const FILES = ${JSON.stringify(files)};
const WITH_NOTICES = ${JSON.stringify(WITH_NOTICES)};

// The view, read as src/domain/query.rs reads it: the last known value wins, unknown ones
// are ignored (the page reports them).
const params = new URLSearchParams(location.search);
let view = 'calc';
for (const v of params.getAll('view')) if (Object.hasOwn(TOOL_OF_VIEW, v.trim())) view = v.trim();
const usual = FILES[TOOL_OF_VIEW[view]];
// This view's own style sheets, if it has any.
const CSS_OF_VIEW = ${JSON.stringify(cssOfView)};
for (const own of CSS_OF_VIEW[view] ?? []) {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = own.href;
  if (own.integrity) sheet.integrity = own.integrity;
  document.head.append(sheet);
}
// The usual file's download starts at once, beside the small script that runs it, while
// notices/index.json is asked (same origin): only where the index lists a file does the tool
// come in its larger file that reads published notices (then the usual download is unused).
// The inline script of index.html (EARLY in post-build.mjs) has started them already where
// the host's CSP let it run and it read the same view; otherwise they start here.
const started = self.yibaoEarly?.wasmUrl === usual.wasm ? self.yibaoEarly : undefined;
const early = started ?? { wasm: fetch(usual.wasm), js: import(usual.js) };
// Unused where the larger file is taken: a failure there is nobody's error.
early.wasm.catch(() => {});
early.js.catch(() => {});
// The notices' English, asked by the page (src/ui/english.rs) once it is in English; where
// the address says so (read as src/domain/query.rs reads it), fetched beside the tool's file
// and the tool started once it has come; if it cannot come, the address is turned to
// lang=zh first, so the page is never in English without it. The editor always shows both
// languages. A failure can be asked again. The page takes the strings as one, joined by
// U+0000 (no notice text holds one: codegen.rs).
const ENGLISH = ${JSON.stringify(english)};
let english;
self.yibaoEnglish = () => (english ??= fetch(ENGLISH.href, { integrity: ENGLISH.integrity })
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
  .then((list) => list.join('\\0'))
  .catch((e) => { english = undefined; throw e; }));
let lang = 'zh';
for (const l of params.getAll('lang')) if (l.trim() === 'zh' || l.trim() === 'en') lang = l.trim();
const englishFirst = (lang === 'en' || view === 'editor') && !${JSON.stringify(WITHOUT_NOTICES)}.includes(view)
  ? self.yibaoEnglish().catch(() => {
    if (lang !== 'en') return;
    const address = new URL(location.href);
    address.searchParams.set('lang', 'zh');
    history.replaceState(history.state, '', address);
  })
  : Promise.resolve();
// Whether notices/index.json lists a file; a slow host does not hold the first result (see
// post-build.mjs).
const BUILT_IN_REGIONS = ${JSON.stringify(BUILT_IN_REGIONS)};
const INDEX = new URL('./notices/index.json', location.href).href;
const lists = (i) => i?.notices?.length > 0;
const reads = Boolean(WITH_NOTICES[TOOL_OF_VIEW[view]]);
const asked = reads ? (started?.index ?? fetch(INDEX, { cache: 'no-cache' })).then((r) => r.json()).then(lists, () => false) : Promise.resolve(false);
// Only a page the service worker controls can have a kept copy worth waiting for: opening
// the cache storage on a first visit costs ~20 ms before anything else could start.
const kept = reads && self.caches && navigator.serviceWorker?.controller
  ? caches.match(INDEX).then((r) => (r ? r.json().then(lists) : undefined)).catch(() => undefined)
  : Promise.resolve(undefined);
const region = params.getAll('region').pop()?.trim();
const alone = !region || BUILT_IN_REGIONS.includes(region);
const usualCame = Promise.all([early.js, early.wasm]).then(() => new Promise((r) => setTimeout(() => r(false), 500)), () => false);
// The kept copy and the fresh answer race: whichever comes first decides (a kept copy that
// is not there decides nothing).
const published = new Promise((decide) => {
  kept.then((k) => { if (k !== undefined) decide(k); });
  Promise.race(alone ? [asked, usualCame] : [asked]).then(decide);
});
published
  .then((yes) => {
    const file = yes ? FILES[WITH_NOTICES[TOOL_OF_VIEW[view]]] : usual;
    const [js, wasm] = file === usual ? [early.js, early.wasm] : [import(file.js), fetch(file.wasm)];
    return Promise.all([js, englishFirst]).then(([module]) => module.default({ module_or_path: wasm }));
  })
  .then(() => {
    // Works offline after the first visit: the service worker precaches every tool's files,
    // registered once this tool runs so it never delays the first result.
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        document.documentElement.dataset.offline = 'ready';
        dispatchEvent(new CustomEvent('yibao-offline-ready'));
      })
      .catch(() => {});
  });

// A trap (the release build's panics abort at once, scripts/env.sh, release; out of memory;
// stack overflow: the WebAssembly stops with a RuntimeError) shows the crash banner of
// src/ui/crash.rs, so the page is never silently dead; the other tools are their own files
// and open normally.
const crashed = () => {
  if (document.getElementById('crash-banner')) return;
  const banner = document.createElement('div');
  banner.id = 'crash-banner';
  banner.className = 'crash-banner';
  banner.setAttribute('role', 'alert');
  banner.dataset.testid = 'crash-banner';
  const text = document.createElement('p');
  text.textContent = '出错了，请重新加载。Something went wrong: please reload the page.';
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'crash-reload';
  button.textContent = '重新加载 Reload';
  button.addEventListener('click', () => location.reload());
  banner.append(text, button);
  document.body.append(banner);
};
addEventListener('error', (e) => { if (e.error instanceof WebAssembly.RuntimeError) crashed(); });
addEventListener('unhandledrejection', (e) => { if (e.reason instanceof WebAssembly.RuntimeError) crashed(); });

// The embedded calculator (embed=1, no other view) posts the page's height, and nothing
// else, to the host; the ID check and the roster check never do, even in a frame.
if (params.get('embed') === '1' && view === 'calc' && window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) { last = height; window.parent.postMessage({ type: 'yibao:height', height }, '*'); }
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
`
  // Its comments explain this source; every visit downloads the script, so it ships
  // minified (the first line says where it comes from).
  .replace(/^.*\n/, '');
const bootMin = `// Generated by scripts/post-build.mjs.\n${minifyJs(bootSource, 'esm')}`;
const hash = createHash('sha256').update(bootMin).digest('hex').slice(0, 16);
const bootName = `boot-${hash}.js`;
writeFileSync(join(dir, bootName), bootMin);
const integrity = 'sha384-' + createHash('sha384').update(bootMin).digest('base64');
// Right after the CSP (which governs only what follows it): the boot script first, so its
// request goes out first; then the early script's file names and the early script, before
// the style sheet (an inline script after a style sheet would wait for it).
const earlyFiles = Object.fromEntries(Object.entries(TOOL_OF_VIEW).map(([view, tool]) =>
  [view, [files[tool].js, files[tool].wasm, ...(WITH_NOTICES[tool] ? ['./notices/index.json'] : [])]]));
html = html.replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <script type="module" src="./${bootName}" integrity="${integrity}" crossorigin="anonymous"></script>
    <script type="application/json" id="yibao-early">${JSON.stringify(earlyFiles)}</script>
    <script>${EARLY}</script>`);
// Every visit downloads the page too: without index.html's comments and the empty lines
// Trunk leaves where its links were.
html = html.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\n/gm, '');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1 || inline[0] !== EARLY) throw new Error('index.html has an inline script other than EARLY (the CSP allows that one alone)');
writeFileSync(htmlPath, html);

// The service worker: precache every file of this build; serve from the cache first.
const all = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name !== 'sw.js') all.push('./' + relative(dir, p).split('\\').join('/'));
  }
})(dir);
all.sort();
const version = createHash('sha256').update(all.join('\n') + html).digest('hex').slice(0, 16);
// At most this many published files (src/domain/policy/runtime.rs, MAX_FILES).
const MAX_NOTICE_FILES = 50;
// How long the service worker waits for the host before it answers notices/ from its copy.
const NOTICES_PATIENCE_MS = 2000;
const sw = `// Generated by scripts/post-build.mjs: precaches this build's files (version ${version}).
// The cache names carry the deployment's scope, so a deployment deletes only its own old
// caches, never those of another deployment on the same origin.
const PREFIX = 'yibao:' + new URL(self.registration.scope).pathname + ':';
const CACHE = PREFIX + '${version}';
const FILES = ${JSON.stringify(['./', ...all], null, 2)};
// The notices this deployment publishes (notices/index.json, names as the page reads them):
// kept for offline use like the build's own files. A missing or broken index adds none.
const precacheNotices = (cache) => fetch('./notices/index.json', { cache: 'no-cache' })
  .then((r) => (r.ok ? r.json() : null))
  .then((index) => Promise.all((Array.isArray(index?.notices) ? index.notices : [])
    .filter((n) => typeof n === 'string' && /^[a-z0-9-]{1,60}\\.json$/.test(n))
    .slice(0, ${MAX_NOTICE_FILES})
    .map((n) => cache.add('./notices/' + n).catch(() => {}))))
  .catch(() => {});
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES).then(() => precacheNotices(cache))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any page URL (with any query string) is the app: answer with the cached page.
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true })));
    return;
  }
  // notices/: files a deployment adds or changes after the build. Network first, so a new
  // or corrected notice shows at once; the copy kept from the last visit when offline, or
  // when the host has not answered within ${NOTICES_PATIENCE_MS} ms (the answer still
  // refreshes the copy for the next visit).
  if (new URL(request.url).pathname.startsWith(new URL('./notices/', self.registration.scope).pathname)) {
    const network = fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        return caches.open(CACHE).then((cache) => cache.put(request, copy)).then(() => response, () => response);
      }
      return response;
    });
    const kept = caches.match(request, { ignoreSearch: true });
    const late = new Promise((r) => setTimeout(r, ${NOTICES_PATIENCE_MS})).then(() => kept).then((hit) => hit || network);
    event.waitUntil(network.catch(() => {}));
    event.respondWith(Promise.race([network, late]).catch(() => kept.then((hit) => hit || Response.error())));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
`;
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`post-build: ${bootName}, CSP added, sw.js precaches ${all.length + 1} files`);
