import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'app/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Rendering is CPU-bound; two workers match the 2-core CI machine.
    maxWorkers: 2,
    env: { GLIMPSE_DB_PATH: ':memory:', GLIMPSE_CHART_DATA_HOSTS: '127.0.0.1' },
  },
});
