import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two workers on the two-core machine (vitest's default is cores − 1, i.e. one), and the module
    // graph kept between the files a worker runs: importing Bolt, botbuilder, pdf.js and the core
    // afresh for each of 135 files cost more CPU than the tests themselves. No test relies on a fresh
    // module: state lives in objects a test builds, in temporary folders and in schemas of its own.
    maxWorkers: 2,
    isolate: false,
  },
});
