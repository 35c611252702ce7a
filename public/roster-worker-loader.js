// The roster check's Web Worker: loads the wasm-bindgen glue and the WebAssembly that Trunk
// builds from src/bin/roster-worker.rs (see src/worker.rs). scripts/post-build.mjs names
// those two files by their content and writes the names here; this file keeps its name (the
// page starts it) and is revalidated like index.html. Messages that arrive while it
// loads are kept and handed over once it runs (and the page is told it runs: `{ ready: true }`); a failure to load reaches the page as the
// worker's error event. The worker's memory is left at `self.rosterMemory`, so a benchmark
// can read its size.
const early = [];
self.onmessage = (event) => { early.push(event); };
importScripts('./roster-worker.js');
wasm_bindgen({ module_or_path: './roster-worker_bg.wasm' })
  .then((exports) => {
    self.rosterMemory = exports.memory;
    self.postMessage({ ready: true });
    for (const event of early.splice(0)) self.onmessage(event);
  })
  .catch((error) => { setTimeout(() => { throw error; }); });
