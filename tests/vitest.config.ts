import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import SlowFirst from './helpers/sequencer.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Three files at a time on the 2-core CI machine: with two, the suite used about one core on average
    // (CI 30 Nov: 602 s user + 117 s sys over 688 s), since most of it waits for Chromium, decap-server and
    // builds of other processes; docs/BENCHMARKS.md, "How long `npm test` takes".
    maxWorkers: 3,
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // The longest files first, so that both workers end at about the same time (tests/helpers/sequencer.ts).
    sequence: { sequencer: SlowFirst },
  },
});
