// What each part of a tool's WebAssembly costs of its code's brotli (issue 16: "know where
// every kilobyte goes"). For each pattern, the functions whose names match are taken out of
// the code section and the rest compressed again (brotli 11): the difference is what those
// functions add, shared patterns counted where they stay. Needs a file with function names:
//
//   . scripts/env.sh
//   CARGO_PROFILE_RELEASE_STRIP=false CARGO_TARGET_DIR=$HOME/.cache/yibao/unstripped \
//     release cargo build --release --offline --target wasm32-unknown-unknown --bin yibao
//   wasm-bindgen --target web --out-dir /tmp/named --keep-debug \
//     $HOME/.cache/yibao/unstripped/wasm32-unknown-unknown/release/yibao.wasm
//   wasm-opt -Oz -g --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
//     --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
//     /tmp/named/yibao_bg.wasm -o /tmp/named/opt.wasm
//   node scripts/size-parts.mjs /tmp/named/opt.wasm            (the README's parts)
//   node scripts/size-parts.mjs /tmp/named/opt.wasm 'ui::result::' 'tachys'
//
// Prints nothing else and writes nothing: a measurement, not a test.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { leb, readImports } from './short-imports.mjs';

const PARTS = [
  'tachys', 'ui::result::', 'domain::policy::calc', 'reactive_graph', 'leptos', 'wasm_bindgen|js_sys|web_sys',
  'domain::query', 'ui::calc::', 'ui::shell::', 'indexmap|hashbrown', 'policy::unpack|policy::built_in$', 'dlmalloc',
  'save_calendar|calendar', 'rust_decimal', 'ui::notices',
];

/** Reads a name (length, then UTF-8): [text, next offset]. */
function name(b, at) {
  const [n, from] = leb(b, at);
  return [b.subarray(from, from + n).toString('utf8'), from + n];
}

/** The sections of a module: [{ id, from, to }]. */
function sections(b) {
  const out = [];
  for (let at = 8; at < b.length;) {
    const id = b[at];
    const [size, from] = leb(b, at + 1);
    out.push({ id, from, to: from + size });
    at = from + size;
  }
  return out;
}

/** Function names from the `name` custom section: Map(index → name). */
function functionNames(b, all) {
  const names = new Map();
  for (const s of all.filter((s) => s.id === 0)) {
    let [section, at] = name(b, s.from);
    if (section !== 'name') continue;
    while (at < s.to) {
      const sub = b[at];
      const [size, from] = leb(b, at + 1);
      if (sub === 1) {
        let [count, k] = leb(b, from);
        for (; count > 0; count--) {
          let index, text;
          [index, k] = leb(b, k);
          [text, k] = name(b, k);
          names.set(index, text);
        }
      }
      at = from + size;
    }
  }
  return names;
}

const [file, ...patterns] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/size-parts.mjs <wasm with names> [pattern …]');
  process.exit(2);
}
const b = readFileSync(file);
const all = sections(b);
// Imported functions come first in the function index space.
const importSection = all.find((s) => s.id === 2);
const imported = importSection ? readImports(b, importSection.from).filter((e) => e.desc[0] === 0).length : 0;
const names = functionNames(b, all);
if (names.size === 0) {
  console.error(`${file} has no function names: build it as the header says`);
  process.exit(2);
}
const code = all.find((s) => s.id === 10);
const bodies = [];
let [count, at] = leb(b, code.from);
for (let i = 0; i < count; i++) {
  const [size, from] = leb(b, at);
  bodies.push({ name: names.get(imported + i) ?? '?', bytes: b.subarray(from, from + size) });
  at = from + size;
}
const br = (parts) => brotliCompressSync(Buffer.concat(parts), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
const whole = br(bodies.map((f) => f.bytes));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${bodies.length} functions, code ${kb(bodies.reduce((s, f) => s + f.bytes.length, 0))} raw, ${kb(whole)} brotli`);
console.log('| part (function names matching) | functions | raw | brotli |\n|---|---|---|---|');
for (const pattern of patterns.length ? patterns : PARTS) {
  const re = new RegExp(pattern);
  const inside = bodies.filter((f) => re.test(f.name));
  const rest = br(bodies.filter((f) => !re.test(f.name)).map((f) => f.bytes));
  console.log(`| \`${pattern}\` | ${inside.length} | ${kb(inside.reduce((s, f) => s + f.bytes.length, 0))} | ${kb(whole - rest)} |`);
}
