// A tiny static server for the built site (dist/) on 127.0.0.1, for the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar',
};

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. `delay(path)`, if
 * given, is how many ms to hold each answer (a slow host). */
export async function serve(root = 'dist', { headers = {}, delay } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    log.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const wait = delay?.(path) ?? 0;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) { res.writeHead(403).end(); return; }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(r)) };
}
