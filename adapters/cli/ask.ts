import type { AnswerJson } from '../../src/answer/json.js';
import { type Clock, fixedClock, systemClock } from '../../src/core/clock.js';
import type { Core, Outcome } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import { createLogger } from '../../src/core/logger.js';
import { type CliDeps, cliCore } from './cli-core.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { withLazyStore } from './open.js';
import { renderText } from './render-text.js';

/** The answer as a person reads it in a terminal: the answer, the quote, and where it is from. */
export function formatReadable(result: AnswerJson): string {
  const lines = [result.answer];
  const top = result.citations[0];
  if (top) {
    lines.push('', `  ”${top.quote}”`);
    const where = [
      top.title,
      top.dnr ? `dnr ${top.dnr}` : null,
      top.section,
      top.confidential ? 'SEKRETESS' : null,
    ]
      .filter(Boolean)
      .join(' · ');
    lines.push(`  — ${where}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `utblick ask [--json] [--lang sv|en] "question"`: a question through the core, answered in its own
 * language unless `--lang` says otherwise. With no question, one question a line from standard input and
 * one JSON line each. Exit 0 when every question was answered (or declined), 1 on bad input.
 */
export async function runAsk(args: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseCliArgs(args, { command: 'ask', unknown: 'error' });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { common, positionals } = parsed;
  const clock: Clock = common.now ? fixedClock(common.now) : systemClock;
  return withLazyStore(io, common.lang, async (store, config) => {
    const logger = deps.logger ?? createLogger(config.logLevel, (line) => io.stderr(`${line}\n`));
    const core = cliCore({ config, store, clock, logger }, deps);
    const ask = (text: string) => askOne(core, text, common.langGiven, common.as ?? io.env.USER ?? 'local');
    if (positionals.length > 0) {
      const outcome = await ask(positionals.join(' '));
      if (!outcome.ok) {
        io.stderr(renderText(outcome.reply));
        return 1;
      }
      const answer = outcome.data as AnswerJson;
      io.stdout(common.json ? `${JSON.stringify(answer)}\n` : formatReadable(answer));
      return 0;
    }
    let code = 0;
    for await (const line of io.stdin()) {
      if (line.trim().length === 0) continue;
      const outcome = await ask(line);
      // A question that cannot be answered (too long) is one JSON line too, so that lines stay paired.
      io.stdout(
        `${JSON.stringify(outcome.ok ? outcome.data : { ok: false, ...(outcome.data as object) })}\n`,
      );
      if (!outcome.ok) code = 1;
    }
    return code;
  });
}

function askOne(core: Core, text: string, lang: Input['locale'], user: string): Promise<Outcome> {
  const input: Input = {
    platform: 'cli',
    text,
    userId: `cli:${user}`,
    userName: user,
    audience: 'private',
    ...(lang ? { locale: lang } : {}),
  };
  return core.run(input, { only: 'question', ...(lang ? { answerLang: lang } : {}) });
}
