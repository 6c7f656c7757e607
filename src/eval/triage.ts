import path from 'node:path';
import { scoreOf } from '../answer/engine.js';
import { MODEL } from '../answer/model.js';
import { type CorpusName, loadCorpus } from './corpus.js';
import { judge } from './judge.js';
import { readQuestions } from './run.js';

/**
 * Splits the answer model's errors into ranking (forced to answer, is the top sentence right?) and
 * triggering (does the top score separate answerable from unanswerable questions?). For working on the
 * model, not for users. Usage: `npx tsx src/eval/triage.ts [--corpus bank|holdout]`
 */
async function main() {
  const args = process.argv.slice(2);
  const corpusName = (args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : 'bank') as CorpusName;
  const root = path.resolve(import.meta.dirname, '../..');
  const corpus = await loadCorpus(corpusName, root);
  const file =
    corpusName === 'holdout'
      ? 'tests/fixtures/eval/holdout/questions.jsonl'
      : 'tests/fixtures/eval/bank/bank.jsonl';
  const questions = await readQuestions(path.join(root, file));
  const forced = { ...MODEL, answerThreshold: Number.NEGATIVE_INFINITY, clarifyMargin: 0, rivalMargin: 0 };
  const rows: {
    id: string;
    kind: string;
    top: number;
    rightIfForced: boolean;
    intent: string;
    cue: number;
  }[] = [];
  for (const q of questions) {
    if (q.kind === 'clarify') continue;
    const prepared = corpus.engine.prepare(q.q);
    const best = [...prepared.sentences].sort((a, b) => scoreOf(b, MODEL) - scoreOf(a, MODEL))[0];
    const top = best ? scoreOf(best, MODEL) : Number.NEGATIVE_INFINITY;
    const result = corpus.engine.finish(prepared, forced);
    const rightIfForced = q.kind === 'answer' && judge(q, result).hit;
    rows.push({
      id: q.id,
      kind: q.kind,
      top,
      rightIfForced,
      intent: prepared.intent,
      cue: best?.features.cue ?? 0,
    });
  }
  const answers = rows.filter((r) => r.kind === 'answer');
  const declines = rows.filter((r) => r.kind === 'decline');
  console.log(
    `ranking: forced to answer, ${answers.filter((r) => r.rightIfForced).length}/${answers.length} answer questions right`,
  );
  for (const t of [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.4]) {
    const answered = answers.filter((r) => r.rightIfForced && r.top >= t).length;
    const declined = declines.filter((r) => r.top < t).length;
    console.log(
      `threshold ${t}: right answers ${answered}, right declines ${declined}/${declines.length}, sum ${answered + declined}`,
    );
  }
  const fmt = (r: (typeof rows)[number]) => `${r.id}:${r.top.toFixed(2)}:${r.intent}:${r.cue}`;
  console.log(
    `right if forced: ${answers
      .filter((r) => r.rightIfForced)
      .sort((a, b) => a.top - b.top)
      .map(fmt)
      .join(' ')}`,
  );
  console.log(
    `wrong if forced: ${answers
      .filter((r) => !r.rightIfForced)
      .sort((a, b) => a.top - b.top)
      .map(fmt)
      .join(' ')}`,
  );
  console.log(
    `declines: ${declines
      .sort((a, b) => a.top - b.top)
      .map(fmt)
      .join(' ')}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
