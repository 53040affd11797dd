// A small static file server for the browser tests: one folder, one host and port, no caching.
// Text is gzipped when the browser accepts it, as any production static host does.
// Usage: node scripts/serve-static.mjs <folder> <host> <port> [<sub-path>]
// With a sub-path such as /tools/wizard/, the folder is served there too, as docs sites host the app.
// Files are public, so any origin may load them: a sandboxed iframe without allow-same-origin has an
// opaque origin and loads the app's module scripts in CORS mode.
//
// For browsers driven over classic WebDriver, which can neither run a script before the page's own nor
// listen to the console, three switches in the environment (all off by default):
// - SERVE_HEAD_DIR: a folder of scripts served at /__head/<name>.js. SERVE_HEAD_ALWAYS (names, comma
//   separated) and a page's own ?head=<names> query put them first in the <head> of HTML pages, before
//   any script of the page. POST /__problems adds a line that such a script reports, GET reads them all.
// - SERVE_DELAY: "<path>=<ms>" answers that one path late, as a slow network would.
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

const headDir = process.env.SERVE_HEAD_DIR;
const headAlways = (process.env.SERVE_HEAD_ALWAYS ?? '').split(',').filter(Boolean);
const [delayedPath, delayMs] = (process.env.SERVE_DELAY ?? '=0').split('=');
const problems = [];

/** The page with the head scripts its query asks for, and those every page gets, first in its <head>. */
function withHeadScripts(html, url) {
  const names = [...headAlways, ...(url.searchParams.get('head') ?? '').split(',').filter(Boolean)];
  const tags = names.map((name) => `<script src="/__head/${encodeURIComponent(name)}.js"></script>`);
  return Buffer.from(html.toString('utf8').replace(/<head>/i, (head) => head + tags.join('')));
}

/** The test endpoint where head scripts report problems; true when it answered the request. */
async function answeredProblems(request, response, url) {
  if (!headDir || url.pathname !== '/__problems') return false;
  if (request.method === 'POST') {
    let body = '';
    for await (const chunk of request) body += chunk;
    problems.push(body);
    response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
  } else {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(problems));
  }
  return true;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  if (await answeredProblems(request, response, url)) return;
  if (url.pathname === delayedPath) await new Promise((resolve) => setTimeout(resolve, Number(delayMs)));
  const requested = decodeURIComponent(url.pathname);
  const path = subPath && requested.startsWith(subPath) ? `/${requested.slice(subPath.length)}` : requested;
  const inHead = headDir && path.startsWith('/__head/');
  const base = inHead ? resolve(headDir) : root;
  let file = normalize(join(base, inHead ? path.slice('/__head'.length) : path));
  if (!file.startsWith(base)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /text|javascript|json|svg|manifest/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
    const content =
      headDir && type.startsWith('text/html')
        ? withHeadScripts(await readFile(file), url)
        : await readFile(file);
    const body = compress ? gzipSync(content) : content;
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
