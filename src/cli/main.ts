#!/usr/bin/env node
import { runRegistryCli } from './registry-cli.js';

/**
 * The `utblick` command. Minimal dispatcher for the registers; the other subcommands (ask, notify,
 * eval) are added where they are built.
 */
const REGISTRY = /^(membership|memberships|medlemskap|referral|referrals|remiss|remisser)$/i;

async function main(argv: string[]): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  const command = argv.find((a) => !a.startsWith('--'));
  if (command && REGISTRY.test(command)) return runRegistryCli(argv, io);
  process.stderr.write('Usage: utblick membership … | utblick referral …  (utblick referral help)\n');
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`utblick: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
