import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default leaves a core for itself, which is one worker on a 2-core machine; its own
    // process mostly waits for the workers, so every core runs test files instead.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup.ts'],
          restoreMocks: true,
          // Component tests type through real Fluent widgets; on a loaded 2-core machine 5 s is too tight.
          testTimeout: 20_000,
          // One retry for jsdom only: Fluent's tabster can leave a nested dialog unrendered or
          // aria-hidden under load, which real Chromium never does. A real bug fails both tries;
          // the e2e suite, which is never retried, checks the same flows in a browser.
          retry: 1,
        },
      },
      {
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'scripts',
          environment: 'node',
          include: ['scripts/**/*.test.ts'],
        },
      },
    ],
  },
});
