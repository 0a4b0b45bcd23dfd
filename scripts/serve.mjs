// Serves the production build (build/) on localhost with sirv and precompressed brotli/gzip, as a static host would.
// Containment: sirv (production mode) lists build/ once at start and answers only paths in that list,
// so no request path, however encoded, can name a file outside it.
import { createServer } from 'node:http';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import sirv from 'sirv';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const root = path.resolve(
  fileURLToPath(new URL('..', import.meta.url)),
  process.env.BUILD_DIR ?? 'build',
);
// PORT=0 asks the system for a free port (the server's test uses it); the address is printed.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|txt|md|xml|svg|map)$/;
const MIN_COMPRESS_BYTES = 1024;

/** Every file under dir, as paths relative to it with forward slashes. */
async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Writes name.br and name.gz beside each text file that lacks an up-to-date pair. */
async function precompress(files) {
  let written = 0;
  for (const rel of files) {
    if (!COMPRESSIBLE.test(rel)) continue;
    const file = path.join(root, rel);
    const source = await stat(file);
    if (source.size < MIN_COMPRESS_BYTES) continue;
    const fresh = await stat(`${file}.br`).then(
      (s) => s.mtimeMs >= source.mtimeMs,
      () => false,
    );
    if (fresh) continue;
    const body = await readFile(file);
    const [br, gz] = await Promise.all([
      brotliAsync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 9,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    // The .gz is written first so that a fresh .br always has a fresh .gz beside it.
    await writeFile(`${file}.gz`, gz);
    await writeFile(`${file}.br`, br);
    written++;
  }
  return written;
}

function plain(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const files = await listFiles(root).catch(() => []);
if (!files.includes('index.html')) {
  console.error(`No production build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}
const written = await precompress(files);

// Folders with an index page, so "/hardware/gpus" redirects to "/hardware/gpus/" as on most hosts.
const folders = new Set(
  files.filter((f) => f.endsWith('/index.html')).map((f) => `/${f.slice(0, -'index.html'.length)}`),
);
const notFoundPage = await readFile(path.join(root, '404.html')).catch(() => null);

const serveStatic = sirv(root, {
  dev: false,
  etag: true,
  gzip: true,
  brotli: true,
  // Hashed assets never change; everything else is revalidated (ETag) on each visit.
  setHeaders(res, pathname) {
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
  },
  onNoMatch(_req, res) {
    if (notFoundPage) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFoundPage);
    } else plain(res, 404, 'Not found');
  },
});

const server = createServer((req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(res, 405, 'Method not allowed');
      return;
    }
    const raw = req.url ?? '/';
    if (!raw.startsWith('/')) {
      plain(res, 400, 'Bad request');
      return;
    }
    const queryAt = raw.indexOf('?');
    const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
    let decoded;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      // A malformed escape such as "/%ZZ" is the client's mistake, not the server's.
      plain(res, 400, 'Bad request: malformed percent-encoding');
      return;
    }
    if (decoded.includes('\0')) {
      plain(res, 400, 'Bad request');
      return;
    }
    // Set lookup only: the redirect target is one of the build's own folders.
    if (!decoded.endsWith('/') && folders.has(`${decoded}/`)) {
      res.writeHead(301, { Location: `${rawPath}/${queryAt === -1 ? '' : raw.slice(queryAt)}` });
      res.end();
      return;
    }
    serveStatic(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) plain(res, 500, 'Internal error');
    else res.destroy();
  }
});

server.listen(port, host, () => {
  const address = server.address();
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  const shownPort = typeof address === 'object' && address ? address.port : port;
  const fresh = written ? ` (compressed ${written} files)` : '';
  console.log(
    `Serving ${path.relative(process.cwd(), root) || root} at http://${shownHost}:${shownPort}/${fresh}`,
  );
});
