import { randomBytes } from 'node:crypto';
import { type Clock, fixedClock, systemClock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { createLogger } from '../../src/core/logger.js';
import type { Action } from '../../src/core/reply.js';
import { type CliDeps, cliCore } from './cli-core.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { withLazyStore } from './open.js';
import { choicesOf, renderText } from './render-text.js';

const CHOICE = /^\s*(\d{1,2})\s*[.)]?\s*$/;

/**
 * `utblick chat`: a conversation in the terminal, one message a line, through the same core as Slack and
 * Teams. Questions follow up on the previous answer's case, commands work as in chat, and when Utblick
 * asks back with a numbered list, typing a number chooses. Ends at the end of input.
 */
export async function runConverse(args: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseCliArgs(args, { command: 'chat', unknown: 'error' });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { common } = parsed;
  const clock: Clock = common.now ? fixedClock(common.now) : systemClock;
  const user = common.as ?? io.env.USER ?? 'local';
  // One conversation per run: its context is the run's, not the user's other terminals'.
  const thread = { id: `cli:${user}:${randomBytes(9).toString('base64url')}`, kind: 'session' as const };
  return withLazyStore(io, common.lang, async (store, config) => {
    const logger = deps.logger ?? createLogger(config.logLevel, (line) => io.stderr(`${line}\n`));
    const core = cliCore({ config, store, clock, logger }, deps);
    let choices: Action[] = [];
    for await (const line of io.stdin()) {
      const text = line.trim();
      if (text.length === 0) continue;
      const input: Input = {
        platform: 'cli',
        text,
        userId: `cli:${user}`,
        userName: user,
        audience: 'private',
        thread,
        ...(common.lang ? { locale: common.lang } : {}),
      };
      const picked = CHOICE.exec(text);
      const choice = picked ? choices[Number(picked[1]) - 1] : undefined;
      const reply = choice
        ? await core.action('choose', choice.value, input)
        : (await core.run(input, { forms: false })).reply;
      choices = choicesOf(reply);
      io.stdout(`${renderText(reply)}\n`);
    }
    return 0;
  });
}
