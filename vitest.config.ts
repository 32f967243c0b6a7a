import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    onConsoleLog: () => false,
    testTimeout: 20_000,
  },
});
