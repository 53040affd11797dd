import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Browser tests use Debian's Chromium; Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

export const APP_ORIGIN = 'http://127.0.0.1:4173';
export const HOST_ORIGIN = 'http://127.0.0.2:4174';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `${APP_ORIGIN}/`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: 'node scripts/serve-static.mjs dist 127.0.0.1 4173',
      url: `${APP_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve-static.mjs tests/e2e/host 127.0.0.2 4174',
      url: `${HOST_ORIGIN}/plain.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
