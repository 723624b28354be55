import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from './lib/render/chromium-args';

// Test-runner configuration (not the app): it reads its own variables.
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second server with GLIMPSE_MODEL pointing at the OpenAI-compatible stub (lib/testing/openai-stub-cli.ts). */
export const MODEL_PORT = PORT + 1;
const STUB_PORT = PORT + 99;
const CHROMIUM = process.env.GLIMPSE_CHROMIUM_PATH ?? '/usr/bin/chromium';
const DB_PATH = path.join(os.tmpdir(), `glimpse-e2e-${process.pid}.db`);


export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  // Screenshot goldens live beside the tests, without a platform suffix: CI runs the same Debian Chromium.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.001, animations: 'disabled', caret: 'hide', scale: 'css' } },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } } }],
  webServer: [
    {
      command: 'node scripts/server.mjs',
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORT: String(PORT), HOSTNAME: '127.0.0.1', GLIMPSE_DB_PATH: DB_PATH },
    },
    {
      command: `npx tsx lib/testing/openai-stub-cli.ts ${STUB_PORT}`,
      url: `http://127.0.0.1:${STUB_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/server.mjs',
      url: `http://127.0.0.1:${MODEL_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(MODEL_PORT),
        HOSTNAME: '127.0.0.1',
        GLIMPSE_DB_PATH: DB_PATH.replace(/\.db$/, '-model.db'),
        GLIMPSE_MODEL: 'openai-compatible:stub-model',
        OPENAI_BASE_URL: `http://127.0.0.1:${STUB_PORT}/v1`,
        // Long enough for a loaded 2-core machine, far shorter than [stub:slow]'s 60 s.
        GLIMPSE_LLM_TIMEOUT_MS: '10000',
        GLIMPSE_LLM_MAX_RETRIES: '0',
      },
    },
  ],
});
