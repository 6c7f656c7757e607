import { readFile } from 'node:fs/promises';
import { fixedClock, systemClock } from '../../src/core/clock.js';
import { parseQuestions, scoreQuestions } from '../../src/eval/score.js';
import { openKnowledge } from './cli-core.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { openConfig } from './open.js';

/** `npm run eval -- FILE.jsonl [--verbose]`: scores a question file against the knowledge base. */
export async function runEval(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, {
    command: 'eval',
    flags: { verbose: { type: 'boolean' } },
    unknown: 'error',
  });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const config = openConfig(io, parsed.common.lang);
  if (!config) return 1;
  const clock = parsed.common.now ? fixedClock(parsed.common.now) : systemClock;
  const knowledge = () => openKnowledge(config, clock);
  const flags = parsed.flags;
  const file = parsed.positionals[0];
  if (!file) {
    io.stderr('Usage: npm run eval -- FILE.jsonl [--verbose]\n');
    return 1;
  }
  const questions = parseQuestions(await readFile(file, 'utf8'));
  const kb = await knowledge();
  const summary = scoreQuestions(questions, (q) => kb.snapshot.engine.answer(q));
  for (const o of summary.outcomes) {
    const mark = o.question.abstain
      ? o.result.abstained
        ? 'declined '
        : 'ANSWERED '
      : o.top1
        ? 'top-1    '
        : o.top3
          ? 'top-3    '
          : o.result.abstained
            ? 'DECLINED '
            : 'MISS     ';
    io.stdout(`${mark} ${o.question.id}  ${o.question.q}\n`);
    if (flags.verbose) io.stdout(`          ${o.result.intent} | ${o.result.answer.slice(0, 160)}\n`);
  }
  io.stdout(
    `\nquestions: ${questions.length} (${summary.answerable} answerable, ${summary.unanswerable} to decline)\n`,
  );
  io.stdout(`top-1: ${summary.top1}/${summary.answerable}  top-3: ${summary.top3}/${summary.answerable}\n`);
  io.stdout(
    `declined: ${summary.declined}/${summary.unanswerable}  wrongly declined: ${summary.wronglyDeclined}/${summary.answerable}\n`,
  );
  return 0;
}
