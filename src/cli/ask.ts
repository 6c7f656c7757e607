import { createInterface } from 'node:readline';
import type { AnswerResult } from '../answer/types.js';
import { isLang } from '../core/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { type CliIo, parseFlags } from './io.js';

/**
 * The JSON shape of DESIGN.md: internal fields (passage ids) stay out of it. `confidential` is added to
 * each citation: the terminal is the operator's own, so the quote is printed, marked.
 */
export function toJson(result: AnswerResult) {
  return {
    question: result.question,
    lang: result.lang,
    intent: result.intent,
    abstained: result.abstained,
    answer: result.answer,
    citations: result.citations.map(({ doc, title, dnr, section, quote, score, confidential }) => ({
      doc,
      title,
      dnr,
      section,
      quote,
      score,
      confidential,
    })),
  };
}

export function formatReadable(result: AnswerResult): string {
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

export async function runAsk(
  args: string[],
  io: CliIo,
  knowledge: () => Promise<KnowledgeBase>,
): Promise<number> {
  const { flags, positional } = parseFlags(args, ['lang', 'now']);
  const lang = typeof flags.lang === 'string' ? flags.lang : undefined;
  if (lang !== undefined && !isLang(lang)) {
    io.stderr('--lang takes sv or en.\n');
    return 1;
  }
  const kb = await knowledge();
  const ask = (q: string) => kb.snapshot.engine.answer(q, lang);
  if (positional.length > 0) {
    const result = ask(positional.join(' '));
    io.stdout(flags.json ? `${JSON.stringify(toJson(result))}\n` : formatReadable(result));
    return 0;
  }
  for await (const line of io.stdin()) {
    if (line.trim().length === 0) continue;
    io.stdout(`${JSON.stringify(toJson(ask(line)))}\n`);
  }
  return 0;
}

export function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
}
