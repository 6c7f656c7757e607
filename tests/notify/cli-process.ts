/**
 * A CLI notification tick in a process of its own, delivering through a recording adapter that appends
 * to a file: `node --import tsx tests/notify/cli-process.ts <dir> <now> <recordFile>`; it starts
 * its tick when it reads a line on standard input.
 */
import { main } from '../../adapters/cli/main.js';
import { cliEnv } from './cli-harness.js';
import { RecordingDelivery } from './recording-delivery.js';

const [dir, now, recordFile] = process.argv.slice(2) as [string, string, string];
const adapters = [
  new RecordingDelivery('slack', { recordFile, delayMs: 20 }),
  new RecordingDelivery('teams', { recordFile, delayMs: 20 }),
];
// Start together with the parent's ticks: say we are loaded, then wait for "go" on stdin.
process.stderr.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
const code = await main(
  ['notify', '--now', now, '--json'],
  {
    stdout: (t: string) => process.stdout.write(t),
    stderr: (t: string) => process.stderr.write(t),
    stdin: async function* () {},
    env: cliEnv(dir),
    cwd: process.cwd(),
  },
  { adapters },
);
process.exitCode = code;
