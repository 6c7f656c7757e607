#!/usr/bin/env node
import { stdinLines } from './ask.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

/**
 * The `utblick` executable. Kept apart from `main` so that tests import `main` without side effects and
 * the entry needs no guess about how it was started (npx, a symlinked bin, node, tsx).
 */
const io: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: stdinLines,
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), io)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
