import { loadConfig } from '../config/config.js';
import { fixedClock, systemClock } from '../core/clock.js';
import { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { knowledgeOptions, loadKnowledge } from '../knowledge/load.js';
import { DELIVERY_FACTORIES } from '../server/platforms.js';
import { runAdminCli } from './admin-cli.js';
import { runAsk } from './ask.js';
import { runEval } from './eval.js';
import { type CliIo, terminalSafeIo } from './io.js';
import { runNotifyCli } from './notify-cli.js';
import { runRegistryCli } from './registry-cli.js';

const REGISTRY =
  /^(membership|memberships|medlemskap|referral|referrals|remiss|remisser|knowledge|kunskap)$/i;

const USAGE = `Usage:
  utblick ask [--json] [--lang sv|en] "question"     answer a question (no question: one per line on stdin, JSON out)
  utblick eval FILE.jsonl [--verbose]                 score a question file
  utblick membership …  |  utblick referral …         the registers (utblick membership help, utblick referral help)
  utblick knowledge list|show …                       what was read from the documents (utblick knowledge help)
  utblick notify [--now ISO] [--dry-run] [--json]      one notification tick through the configured platforms
  utblick admin …                                     operations: backup, restore, personal data (utblick admin help)
      [--json] [--lang sv|en] [--as USER] [--now ISO]
`;

function nowFlag(args: string[]): string | undefined {
  const i = args.findIndex((a) => a === '--now' || a.startsWith('--now='));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // Typed text and document text reach the terminal: no control character may act on it.
  const io = terminalSafeIo(rawIo);
  const [command, ...args] = argv;
  if (command && REGISTRY.test(command)) {
    const out = { write: (text: string) => io.stdout(text) };
    const err = { write: (text: string) => io.stderr(text) };
    return runRegistryCli(
      argv,
      { stdout: out, stderr: err, env: io.env, cwd: io.cwd },
      {
        loadDocuments: async (config) =>
          (await loadKnowledge(config.knowledgeDir, knowledgeOptions(config))).documents,
      },
    );
  }
  if (command === 'admin') return runAdminCli(args, io);
  const config = loadConfig(io.env, io.cwd);
  const now = nowFlag(args);
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    io.stderr(`--now takes an ISO time such as 2026-09-01T08:00:00+02:00, not "${now}".\n`);
    return 1;
  }
  const clock = now ? fixedClock(now) : systemClock;
  const knowledge = () =>
    KnowledgeBase.open({
      dir: config.knowledgeDir,
      maxFileBytes: config.maxFileBytes,
      indexConfidential: config.indexConfidential,
      clock,
      timeZone: config.timeZone,
    });
  switch (command) {
    case 'ask':
      return runAsk(args, io, knowledge);
    case 'eval':
      return runEval(args, io, knowledge);
    case 'notify':
      return runNotifyCli(
        args,
        {
          stdout: { write: io.stdout },
          stderr: { write: io.stderr },
          env: io.env,
          cwd: io.cwd,
        },
        { factories: DELIVERY_FACTORIES },
      );
    default:
      io.stderr(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
  }
}
