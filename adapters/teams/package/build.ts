/** The process entry of `npm run package:teams`; the command itself and its options: package-command.ts. */
import { packageTeams } from './package-command.js';

process.exitCode = await packageTeams(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
