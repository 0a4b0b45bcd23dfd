// Serves the production build (build/) on localhost with gzip/brotli compression, as a static host would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const root = path.resolve(
  fileURLToPath(new URL('..', import.meta.url)),
  process.env.BUILD_DIR ?? 'build',
);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.csv',
  '.txt',
  '.md',
  '.xml',
  '.svg',
]);
const cache = new Map();

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file in build/, or a redirect target, or null. */
async function resolve(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const file = path.join(root, decoded);
  if (!file.startsWith(root)) return null;
  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? { file: index } : null;
  }
  if (await isFile(file)) return { file };
  if (await isFile(path.join(file, 'index.html'))) return { redirect: `${decoded}/` };
  return null;
}

function encode(body, ext, accept) {
  if (!COMPRESSIBLE.has(ext) || body.length < 1024) return { body, encoding: null };
  if (/\bbr\b/.test(accept)) {
    return {
      body: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
      encoding: 'br',
    };
  }
  if (/\bgzip\b/.test(accept)) return { body: gzipSync(body, { level: 9 }), encoding: 'gzip' };
  return { body, encoding: null };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await resolve(url.pathname);
    if (found?.redirect) {
      res.writeHead(301, { Location: found.redirect + url.search });
      res.end();
      return;
    }
    const file = found?.file ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    const ext = path.extname(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const cacheKey = `${file}|${/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'id'}`;
    let entry = cache.get(cacheKey);
    if (!entry) {
      entry = encode(await readFile(file), ext, accept);
      cache.set(cacheKey, entry);
    }
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': entry.body.length,
      'Cache-Control': file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (entry.encoding) headers['Content-Encoding'] = entry.encoding;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Internal error');
    console.error(error);
  }
});

if (!(await isFile(path.join(root, 'index.html')))) {
  console.error(`No production build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

server.listen(port, host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
});
