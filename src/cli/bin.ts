#!/usr/bin/env node
import { stdinLines } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { describeError } from '../observability/error-description.js';

/**
 * The `utblick` executable (`dist/src/cli/bin.js`, which the deploy scripts and README name). The CLI
 * itself is the adapter in adapters/cli; this entry reads the process's environment and nothing else, so
 * that tests run `main` in-process without side effects.
 */
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: stdinLines,
  env: process.env,
  cwd: process.cwd(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`Utblick could not run the command (${describeError(error)}).\n`);
    process.exitCode = 1;
  });
