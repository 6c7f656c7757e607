import { spawn } from 'node:child_process';

/**
 * `npm run fuzz -- --runs N [--seed S]`: the fuzz files with N hostile inputs in all, split evenly across
 * the Slack, Teams, web and CLI entry points (`npm test` runs 250 each). The same seed gives the same inputs.
 */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const runs = Number(option('runs') ?? 10_000);
const seed = option('seed');
if (!Number.isInteger(runs) || runs < 4) {
  process.stderr.write('--runs takes a whole number of inputs, at least 4, such as --runs 10000\n');
  process.exit(1);
}
if (seed !== undefined && !/^\d+$/.test(seed)) {
  process.stderr.write('--seed takes a whole number, such as --seed 20261126\n');
  process.exit(1);
}
const env = { ...process.env, FUZZ_RUNS: String(Math.ceil(runs / 4)), ...(seed ? { FUZZ_SEED: seed } : {}) };
const child = spawn('npx', ['vitest', 'run', 'tests/fuzz'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 1));
