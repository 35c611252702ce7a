// Gives a tool's WebAssembly imports short names, in the wasm and in its wasm-bindgen glue
// alike (scripts/post-build.mjs). wasm-bindgen names each import after the function and a
// 16-digit hash (`__wbg_createTextNode_2b48c3fc75dfcc67`): ~110 of them in the calculator,
// written twice (the wasm's import section and the glue's import object), and hashes do not
// compress. Renamed `a`, `b`, … they cost ~2.8 KB less brotli (issue 16). Nothing else
// changes: the import section is written again with the same modules and descriptions.
// Every long name must appear exactly once in the glue (the key of its import), or the
// build stops.

/** Reads an unsigned LEB128 at `i`: [value, next index]. */
export function leb(b, i) {
  let r = 0;
  let s = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
    if (x < 0x80) return [r, i];
  }
}

/** Writes an unsigned LEB128. */
function uleb(n) {
  const out = [];
  do {
    let x = n % 128;
    n = Math.floor(n / 128);
    if (n) x |= 0x80;
    out.push(x);
  } while (n);
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** `a` … `Z`, then `aa`, `ab`, … */
function short(k) {
  let s = '';
  do {
    s = LETTERS[k % LETTERS.length] + s;
    k = Math.floor(k / LETTERS.length) - 1;
  } while (k >= 0);
  return s;
}

/** The import section's entries, each with its description's bytes. */
export function readImports(b, i) {
  const dec = new TextDecoder();
  let count;
  [count, i] = leb(b, i);
  const entries = [];
  for (let e = 0; e < count; e++) {
    let l;
    [l, i] = leb(b, i);
    const module = dec.decode(b.subarray(i, i + l));
    i += l;
    [l, i] = leb(b, i);
    const name = dec.decode(b.subarray(i, i + l));
    i += l;
    const from = i;
    const kind = b[i++];
    if (kind === 0) [, i] = leb(b, i); // function: type index
    else if (kind === 1 || kind === 2) { // table (element type first) or memory: limits
      if (kind === 1) i++;
      const flags = b[i++];
      [, i] = leb(b, i);
      if (flags & 1) [, i] = leb(b, i);
    } else if (kind === 3) i += 2; // global: value type, mutability
    else throw new Error(`short-imports: import kind ${kind} not known`);
    entries.push({ module, name, desc: b.subarray(from, i) });
  }
  return entries;
}

/** The wasm and its glue with short import names. */
export function shortenImports(wasm, glue) {
  const enc = new TextEncoder();
  const parts = [wasm.subarray(0, 8)];
  const names = new Map();
  let i = 8;
  while (i < wasm.length) {
    const start = i;
    const id = wasm[i++];
    let size;
    [size, i] = leb(wasm, i);
    const end = i + size;
    if (id === 2) {
      const body = [];
      const entries = readImports(wasm, i);
      body.push(...uleb(entries.length));
      for (const { module, name, desc } of entries) {
        if (!names.has(name)) names.set(name, short(names.size));
        const m = enc.encode(module);
        const n = enc.encode(names.get(name));
        body.push(...uleb(m.length), ...m, ...uleb(n.length), ...n, ...desc);
      }
      parts.push(Uint8Array.from([2, ...uleb(body.length), ...body]));
    } else {
      parts.push(wasm.subarray(start, end));
    }
    i = end;
  }
  let js = glue;
  for (const [long, s] of names) {
    const re = new RegExp(`\\b${long}\\b`, 'g');
    const found = js.match(re)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${long} appears ${found} times in the glue, not once`);
    js = js.replace(re, s);
  }
  return { wasm: Buffer.concat(parts), glue: js };
}
