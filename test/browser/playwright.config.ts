import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of each role's journey against the built app (API + web) with the FY2019 demo data.
 * `npm run test:browser` builds first; this config starts the server on a fresh embedded database.
 */
const root = resolve(__dirname, '../..');
const port = Number(process.env.KENSHO_TEST_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'kensho-browser-'));

export default defineConfig({
  testDir: '.',
  outputDir: process.env.KENSHO_TEST_OUTPUT ?? join(root, 'test-results/artifacts'),
  fullyParallel: false,
  // One server and one database: tests that change data run one after the other.
  workers: 1,
  retries: 0,
  // generous: the machine that runs them may be busy
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: 'node apps/api/dist/apps/api/src/main.js',
    cwd: root,
    url: `${baseURL}/health`,
    // KENSHO_TEST_REUSE=1 runs against a server already listening on KENSHO_TEST_PORT (it must hold fresh demo data)
    reuseExistingServer: !!process.env.KENSHO_TEST_REUSE,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      // production: the server keeps the committed schema.gql as it is
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      // every test signs in through the form, from one address, with the default limits: only failures count
    },
  },
});
