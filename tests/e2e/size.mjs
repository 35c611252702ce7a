// Prints what a first visit downloads: each file of the built site with its raw, gzip and
// brotli size, and the total. Usage: node tests/e2e/size.mjs dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p); else files.push(p);
  }
})(root);

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
let total = { raw: 0, gzip: 0, br: 0 };
console.log('file'.padEnd(44) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const f of files.sort()) {
  const data = readFileSync(f);
  const raw = data.length;
  const gzip = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += raw; total.gzip += gzip; total.br += br;
  console.log(relative(root, f).padEnd(44) + kb(raw) + kb(gzip) + kb(br));
}
console.log('total'.padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.br));
