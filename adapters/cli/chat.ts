import { type Clock, fixedClock, systemClock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { createLogger } from '../../src/core/logger.js';
import { type CliDeps, cliCore } from './cli-core.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { withLazyStore } from './open.js';
import { renderText } from './render-text.js';

/**
 * `utblick membership …`, `utblick referral …` (and every other command group): the chat commands in a
 * terminal, through the same core and store as Slack and Teams. Exit 0 on success, 1 on bad input with
 * the message on standard error; `--json` prints the command's data.
 */
export async function runChatCommand(argv: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseCliArgs(argv, { command: argv[0] ?? '', unknown: 'text' });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { common } = parsed;
  const words = common.help ? [parsed.positionals[0] ?? '', 'help'] : parsed.positionals;
  const clock: Clock = common.now ? fixedClock(common.now) : systemClock;
  const user = common.as ?? io.env.USER ?? 'local';
  const input: Input = {
    platform: 'cli',
    text: words.join(' '),
    args: words,
    userId: `cli:${user}`,
    userName: user,
    locale: common.lang,
    audience: 'private',
  };
  return withLazyStore(io, common.lang, async (store, config) => {
    const logger = deps.logger ?? createLogger(config.logLevel, (line) => io.stderr(`${line}\n`));
    const core = cliCore({ config, store, clock, logger }, deps);
    const outcome = await core.run(input, { only: 'command', forms: false });
    if (!outcome.ok) {
      if (common.json && outcome.data !== undefined)
        io.stdout(`${JSON.stringify({ ok: false, ...(outcome.data as object) })}\n`);
      io.stderr(renderText(outcome.reply));
      return 1;
    }
    io.stdout(
      common.json
        ? `${JSON.stringify(outcome.data ?? { summary: outcome.reply.summary }, null, 2)}\n`
        : renderText(outcome.reply),
    );
    return 0;
  });
}
