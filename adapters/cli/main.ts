import { groupOfWord } from '../../src/commands/catalog.js';
import { DELIVERY_FACTORIES } from '../../src/server/platforms.js';
import { runAdminCli } from './admin.js';
import { runAsk } from './ask.js';
import { runChatCommand } from './chat.js';
import type { CliDeps } from './cli-core.js';
import { runConverse } from './converse.js';
import { runCurated } from './curated.js';
import { runEval } from './eval.js';
import { type CliIo, terminalSafeIo } from './io.js';
import { runNotify } from './notify.js';

export type { CliDeps } from './cli-core.js';

const USAGE = `Usage:
  utblick ask [--json] [--lang sv|en] "question"     answer a question (no question: one per line on stdin, JSON out)
  utblick chat [--lang sv|en]                         a conversation: follow-up questions, numbered choices
  utblick eval --bank|--holdout|--holdout2|--holdout3|--train|--dev|FILE.jsonl
                                                      score questions (--floor 0.6 --verbose; npm run eval)
  utblick membership …  |  utblick referral …         the registers (utblick membership help, utblick referral help)
  utblick knowledge list|show …                       what was read from the documents (utblick knowledge help)
  utblick curated export [FILE] | import FILE        curated answers as YAML, for review and versioning
  utblick notify [--now ISO] [--dry-run] [--json]      one notification tick through the configured platforms
  utblick admin …                                     operations: backup, restore, personal data (utblick admin help)
      [--json] [--lang sv|en] [--as USER] [--now ISO]
`;

type Command = (args: string[], io: CliIo, deps: CliDeps) => Promise<number>;

/** The CLI's own commands; every command group of the chat language (`membership`, `remiss`) comes on top. */
const COMMANDS: Record<string, Command> = {
  ask: runAsk,
  chat: runConverse,
  curated: (args, io) => runCurated(args, io),
  eval: (args, io) => runEval(args, io),
  notify: runNotify,
  admin: (args, io) => runAdminCli(args, io),
};

/**
 * The `utblick` CLI: an adapter like Slack and Teams. Chat commands and questions go through the core;
 * `notify`, `eval` and `admin` are operations of their own. Returns the exit code.
 */
export async function main(argv: string[], rawIo: CliIo, given: CliDeps = {}): Promise<number> {
  // Typed text and document text reach the terminal: no control character may act on it.
  const io = terminalSafeIo(rawIo);
  const deps: CliDeps = { factories: DELIVERY_FACTORIES, ...given };
  const [command, ...args] = argv;
  if (command && groupOfWord(command)) return runChatCommand(argv, io, deps);
  const run = command ? COMMANDS[command] : undefined;
  if (run) return run(args, io, deps);
  io.stderr(USAGE);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}
