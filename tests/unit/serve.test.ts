// @vitest-environment node
// The production server (scripts/serve.mjs) answers only files inside build/, rejects bad paths with 4xx, and keeps serving.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'SECRET-OUTSIDE-BUILD';
// Over the server's 1 KB threshold, so it is precompressed.
const INDEX_HTML = `<!doctype html><title>home</title><p>HOME-PAGE</p>${'<p>padding</p>'.repeat(200)}`;
const NOT_FOUND_HTML = '<!doctype html><title>404</title><p>NOT-FOUND-PAGE</p>';

let dir = '';
let server: ChildProcess | undefined;
let port = 0;

type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** Sends the request line byte for byte (no URL normalisation, unlike fetch), and reads the reply. */
function raw(
  target: string,
  { method = 'GET', headers = {} as Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split === -1) return reject(new Error(`no HTTP reply to ${target}`));
      const [statusLine = '', ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const entries = lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
      });
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(entries),
        body: all.subarray(split + 4),
      });
    });
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(
      Buffer.from(
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`,
        'latin1',
      ),
    );
  });
}

beforeAll(async () => {
  // tmp/build is served; tmp/build-secret, tmp/buildx and tmp/secret.txt sit beside it.
  dir = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  const build = path.join(dir, 'build');
  mkdirSync(path.join(build, 'guide'), { recursive: true });
  mkdirSync(path.join(build, 'assets'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(build, '404.html'), NOT_FOUND_HTML);
  writeFileSync(path.join(build, 'guide', 'index.html'), '<p>GUIDE-PAGE</p>');
  writeFileSync(path.join(build, 'assets', 'app.123.js'), 'console.log(1);');
  for (const sibling of ['build-secret', 'buildx']) {
    mkdirSync(path.join(dir, sibling));
    writeFileSync(path.join(dir, sibling, 'x'), SECRET);
  }
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);

  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, BUILD_DIR: build, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}, 20_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves a page of the build', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('HOME-PAGE');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  const escapes = [
    '/../build-secret/x',
    '/..%2fbuild-secret/x',
    '/..%2Fbuild-secret%2Fx',
    '/%2e%2e/build-secret/x',
    '/%2e%2e%2fbuild-secret%2fx',
    '/..%5cbuild-secret%5cx',
    '/%2e%2e%5cbuild-secret%5cx',
    '/..%2fbuildx/x',
    '/guide/..%2f..%2fsecret.txt',
    '/guide/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '//..%2fsecret.txt',
  ];
  it.each(escapes)('answers %s with 4xx and none of the outside file', async (target) => {
    const res = await raw(target);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.toString('latin1')).not.toContain(SECRET);
  });

  it.each(['/%00', '/index.html%00', '/%00../build-secret/x', '/guide/%00/'])(
    'answers a NUL byte in %s with 400',
    async (target) => {
      expect((await raw(target)).status).toBe(400);
    },
  );

  it.each(['/%ZZ', '/%', '/%E0%A4%A', '/guide/%C3%28'])(
    'answers the malformed escape %s with 400, not 500',
    async (target) => {
      expect((await raw(target)).status).toBe(400);
    },
  );

  it('answers an unknown path with the 404 page', async () => {
    const res = await raw('/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('NOT-FOUND-PAGE');
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const res = await raw('/guide?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/guide/?x=1');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await raw('/', { method: 'POST', headers: { 'Content-Length': '0' } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('sends brotli or gzip when asked, with the same content', async () => {
    const br = await raw('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(INDEX_HTML);
    const gz = await raw('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(INDEX_HTML);
    const plain = await raw('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(INDEX_HTML);
  });

  it('marks hashed assets immutable and pages no-cache', async () => {
    expect((await raw('/assets/app.123.js')).headers['cache-control']).toContain('immutable');
    expect((await raw('/')).headers['cache-control']).toBe('no-cache');
  });

  it('keeps serving after all the bad requests', async () => {
    await Promise.all([...escapes, '/%ZZ', '/%00'].map((t) => raw(t)));
    const res = await raw('/guide/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('GUIDE-PAGE');
    expect(server?.exitCode).toBeNull();
  });
});
