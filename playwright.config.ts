// Browser tests against the production build, served locally, in the system Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.cjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const executablePath = chromiumPath();
if (!executablePath) {
  throw new Error(
    'No Chromium found. Install it with "apt-get install -y chromium" or set CHROME_PATH (npm run test:e2e installs it when run as root).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
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
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
