import path from 'node:path';
import type { AnswerResult } from '../src/answer/types.js';
import { type EvalCorpus, evalPaths } from '../src/eval/corpus.js';
import type { EvalQuestion } from '../src/eval/questions.js';
import { readQuestions } from '../src/eval/run.js';
import { BoundedCandidates } from '../src/search/bounded-candidates.js';
import { ExhaustiveCandidates } from '../src/search/candidates.js';
import { loadScaled, prepare } from './bank-scale.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * "Same answers": the bounded candidate source (MaxScore, what the product runs) and the exhaustive one
 * (every posting of every term) must give the same answers, not only the same candidates on the queries a
 * property test makes up. Both engines answer the same questions over the same index; any answer that
 * differs is reported with both versions.
 */

/** What is compared: the top three citations (document, passage, quote, score), and whether it declined or asked back. */
export type AnswerKey = {
  abstained: boolean;
  citations: { doc: string; passageId: string; quote: string; score: number }[];
  clarify: string[];
};

export function keyOf(result: AnswerResult): AnswerKey {
  return {
    abstained: result.abstained,
    citations: result.citations.slice(0, 3).map((c) => ({
      doc: c.doc,
      passageId: c.passageId,
      quote: c.quote,
      score: c.score,
    })),
    clarify: result.clarify.map((c) => c.case),
  };
}

export type Difference = { id: string; question: string; bounded: AnswerKey; exhaustive: AnswerKey };

export type SameAnswers = {
  questions: number;
  /** How many of the bounded source's answers cite something (agreement on declines alone says little). */
  cited: number;
  differences: Difference[];
  boundedMs: number;
  exhaustiveMs: number;
};

export function compareSources(corpus: EvalCorpus, questions: readonly EvalQuestion[]): SameAnswers {
  const bounded = corpus.engineWith({ candidates: new BoundedCandidates(corpus.index) });
  const exhaustive = corpus.engineWith({ candidates: new ExhaustiveCandidates(corpus.index) });
  const differences: Difference[] = [];
  let boundedMs = 0;
  let exhaustiveMs = 0;
  let cited = 0;
  for (const q of questions) {
    let started = performance.now();
    const b = keyOf(bounded.answer(q.q));
    boundedMs += performance.now() - started;
    started = performance.now();
    const e = keyOf(exhaustive.answer(q.q));
    exhaustiveMs += performance.now() - started;
    if (b.citations.length > 0) cited++;
    if (JSON.stringify(b) !== JSON.stringify(e))
      differences.push({ id: q.id, question: q.q, bounded: b, exhaustive: e });
  }
  return {
    questions: questions.length,
    cited,
    differences,
    boundedMs: Math.round(boundedMs),
    exhaustiveMs: Math.round(exhaustiveMs),
  };
}

/**
 * `npm run bench -- --same-answers [--sizes 10000] [--seed S]`: the bank's and the dev questions, with the
 * seed and the bank's documents among N generated ones (the bank-scale corpus, bench/bank-scale.ts), asked
 * with each source. Prints the differences (none is the goal) and one JSON line; exit code 1 on any.
 */
export async function runSameAnswers(argv: string[], log: (s: string) => void): Promise<boolean> {
  const at = argv.indexOf('--sizes');
  const sizes = (at >= 0 ? argv[at + 1]! : '10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes takes whole numbers of documents, e.g. --sizes 10000');
  const seedAt = argv.indexOf('--seed');
  const seed = Number(seedAt >= 0 ? argv[seedAt + 1] : 1);
  const p = evalPaths(ROOT);
  const questions = [...(await readQuestions(p.bankQuestions)), ...(await readQuestions(p.devQuestions))];
  const rows: Record<string, unknown>[] = [];
  let same = true;
  for (const docs of sizes) {
    const dir = await prepare(docs, seed, log);
    log(`same-answers: loading ${docs} generated documents with the bank's (real loader, document cache)`);
    const corpus = await loadScaled(dir, `bank+${docs}`);
    log(`same-answers: ${questions.length} questions, bounded and exhaustive candidates`);
    const result = compareSources(corpus, questions);
    for (const d of result.differences) {
      log(`differs: ${d.id} ${d.question}`);
      log(`  bounded:    ${JSON.stringify(d.bounded)}`);
      log(`  exhaustive: ${JSON.stringify(d.exhaustive)}`);
    }
    same &&= result.differences.length === 0;
    process.stdout.write(
      `${docs} generated documents (${corpus.size.documents} documents, ${corpus.size.passages} passages): ` +
        `${result.questions - result.differences.length}/${result.questions} questions answered alike ` +
        `(${result.cited} with citations); ` +
        `answering took ${result.boundedMs} ms bounded, ${result.exhaustiveMs} ms exhaustive\n`,
    );
    rows.push({
      generated: docs,
      documents: corpus.size.documents,
      passages: corpus.size.passages,
      questions: result.questions,
      cited: result.cited,
      differences: result.differences.map((d) => d.id),
      bounded_ms: result.boundedMs,
      exhaustive_ms: result.exhaustiveMs,
    });
  }
  process.stdout.write(`${JSON.stringify({ same_answers: rows, seed })}\n`);
  return same;
}
