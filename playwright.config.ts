// Browser tests against the production build, served locally, in the system Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.cjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const executablePath = chromiumPath();
// Never skip the browser tests for want of a browser: stop here and say how to get one.
if (!executablePath) {
  throw new Error(
    'No Chromium for the browser tests. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROME_PATH to a Chromium or Chrome binary (npm run test:e2e installs it when run as root).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers: the tests share a small machine, and each page is its own test.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
    acceptDownloads: true,
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    // Always this tree's build: a server already on the port (another checkout's) is an error,
    // not something to test. Pick another port with E2E_PORT.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
