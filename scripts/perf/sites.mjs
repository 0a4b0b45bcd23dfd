// Benchmark helpers: build the handbook, build the bare Docusaurus site from its template, serve a build.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Builds the handbook into build/ (the same command as `npm run build`). */
export async function buildProject(root) {
  console.log('Building the handbook…');
  await run('npm', ['run', 'build'], { cwd: root });
}

/**
 * Copies scripts/perf/bare/ to a temporary directory under perf-report/ (ignored by git), where
 * Node resolves the handbook's own node_modules (same lockfile, nothing downloaded), and builds it.
 * A symlinked node_modules in /tmp does not work: the bundler then mis-handles react-loadable.
 * Returns the build directory and a cleanup function.
 */
export async function buildBareSite(root) {
  console.log('Building the bare Docusaurus site…');
  await mkdir(path.join(root, 'perf-report'), { recursive: true });
  const dir = await mkdtemp(path.join(root, 'perf-report', 'bare-site-'));
  await cp(path.join(root, 'scripts', 'perf', 'bare'), dir, { recursive: true });
  const cli = path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  await run(process.execPath, [cli, 'build', dir, '--out-dir', path.join(dir, 'build')], {
    cwd: dir,
    env: { ...process.env, WEBPACK_URL_LOADER_LIMIT: '1' },
  });
  return {
    buildDir: path.join(dir, 'build'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Serves a build with scripts/serve.mjs (compression as a static host would) on a port. */
export async function startServer(root, buildDir, port) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BUILD_DIR: buildDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`server for ${buildDir} exited ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Copies a build (default build/) under perf-report/; returns the copy and a cleanup function. */
export async function snapshotBuild(root, buildDir = path.join(root, 'build')) {
  const dir = await mkdtemp(path.join(root, 'perf-report', 'site-'));
  await cp(buildDir, path.join(dir, 'build'), { recursive: true });
  return {
    buildDir: path.join(dir, 'build'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
