import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

export const APP_ORIGIN = 'http://127.0.0.1:4173';
export const HOST_ORIGIN = 'http://127.0.0.2:4174';
/** The same host pages on the app's own site (another port), where browsers let the embed keep storage. */
export const SAME_SITE_HOST_ORIGIN = 'http://127.0.0.1:4175';

/** Docs sites built with the generators' own packages (tests/generators), each on a site of its own. */
export const DOCS_HOST_ORIGIN = 'http://127.0.0.2:4176';
export const DOCUSAURUS_ORIGIN = 'http://127.0.0.2:4177';
/** An organisation's build of the app with the example profile (npm run build:example). */
export const ORGANISATION_ORIGIN = 'http://127.0.0.1:4178';
const ORGANISATION_BUILD = 'dist-example';
if (!existsSync(ORGANISATION_BUILD))
  throw new Error(`No organisation build in ${ORGANISATION_BUILD}. Build it first: npm run build:example`);
const VITEPRESS_SITE = 'tests/generators/vitepress/.vitepress/dist';
const DOCUSAURUS_SITE = 'tests/generators/docusaurus/build';
for (const site of [VITEPRESS_SITE, DOCUSAURUS_SITE]) {
  if (!existsSync(site))
    throw new Error(`No docs site in ${site}. Build the sites first: npm run generators`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `${APP_ORIGIN}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  webServer: [
    {
      command: 'node scripts/serve-static.mjs dist 127.0.0.1 4173 /tools/wizard/',
      url: `${APP_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve-static.mjs tests/e2e/host 127.0.0.2 4174',
      url: `${HOST_ORIGIN}/plain.html`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.mjs ${VITEPRESS_SITE} 127.0.0.2 4176`,
      url: `${DOCS_HOST_ORIGIN}/choosing.html`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.mjs ${DOCUSAURUS_SITE} 127.0.0.2 4177`,
      url: `${DOCUSAURUS_ORIGIN}/another/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.mjs ${ORGANISATION_BUILD} 127.0.0.1 4178`,
      url: `${ORGANISATION_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve-static.mjs tests/e2e/host 127.0.0.1 4175',
      url: `${SAME_SITE_HOST_ORIGIN}/plain.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
