import { defineConfig } from 'vitest/config';

// Unit and integration tests. End-to-end tests have their own config in test/e2e/.
export default defineConfig({
  test: {
    include: ['{shared,db,electron,renderer,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
