import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import @cocreate/shared from source, so unit tests need no build step.
const alias = { '@cocreate/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'server', root: './server', include: ['src/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'client', root: './client', include: ['src/**/*.test.{ts,tsx}'] } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          root: './tests',
          include: ['server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root: './tests',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
