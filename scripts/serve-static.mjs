// A small static file server for the browser tests: one folder, one host and port, no caching.
// Text is gzipped when the browser accepts it, as any production static host does.
// Usage: node scripts/serve-static.mjs <folder> <host> <port> [<sub-path>]
// With a sub-path such as /tools/wizard/, the folder is served there too, as docs sites host the app.
// Files are public, so any origin may load them: a sandboxed iframe without allow-same-origin has an
// opaque origin and loads the app's module scripts in CORS mode.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'dist', host = '127.0.0.1', port = '4173', subPath = ''] = process.argv.slice(2);
const root = resolve(folder);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (request, response) => {
  const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const path = subPath && requested.startsWith(subPath) ? `/${requested.slice(subPath.length)}` : requested;
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /text|javascript|json|svg|manifest/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
    const body = compress ? gzipSync(await readFile(file)) : await readFile(file);
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      Vary: 'Accept-Encoding',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}).listen(Number(port), host, () => console.log(`serving ${root} at http://${host}:${port}/`));
