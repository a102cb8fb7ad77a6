import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import SlowFirst from './helpers/sequencer.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // The longest files first, so that both workers end at about the same time (tests/helpers/sequencer.ts).
    sequence: { sequencer: SlowFirst },
  },
});
