import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // A test that prints to the console fails: logging goes through pino to stderr of the CLI.
    onConsoleLog: (log) => {
      throw new Error(`a test printed to the console: ${log}`);
    },
    testTimeout: 30_000,
  },
});
