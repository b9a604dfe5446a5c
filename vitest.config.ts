import { defineConfig } from 'vitest/config';

// Kept apart from the extension's vite config so the crx plugin never runs under test.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
