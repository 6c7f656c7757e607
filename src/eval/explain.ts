import path from 'node:path';
import { byRank, scoreOf } from '../answer/engine.js';
import { FEATURES } from '../answer/features.js';
import { MODEL } from '../answer/model.js';
import { type CorpusName, corpusFolders, loadCorpus, loadFolders } from './corpus.js';
import { containsAny, judge } from './judge.js';
import { readQuestions } from './run.js';

/**
 * Shows why the engine answers a question as it does: the question's weighted concepts and the best
 * candidate sentences with their features and scores. For working on the answer model, not for users.
 * Usage: `npx tsx src/eval/explain.ts [--corpus bank|holdout|seed|train] [--with FOLDER | --only FOLDER] [--top N] [--now ISO] ID-or-question …`
 * (`--now` asks on another date than the bank's; `--with` adds a folder of documents, such as a test's fixtures, under `with/`; `--only` reads one folder
 * instead of the corpus, such as the bench's bank among generated documents).
 */
async function main() {
  const args = process.argv.slice(2);
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const [value] = args.splice(i, 2).slice(1);
    return value;
  };
  const corpusName = (take('--corpus') ?? 'bank') as CorpusName;
  const top = Number(take('--top') ?? 6);
  const root = path.resolve(import.meta.dirname, '../..');
  const extra = take('--with');
  const only = take('--only');
  const time = { now: take('--now') };
  const corpus = only
    ? await loadFolders(corpusName, [{ dir: path.resolve(only) }], time)
    : extra
      ? await loadFolders(
          corpusName,
          [...corpusFolders(corpusName, root), { dir: path.resolve(extra), under: 'with' }],
          time,
        )
      : await loadCorpus(corpusName, root, time);
  const files = [
    path.join(root, 'tests/fixtures/eval/bank/bank.jsonl'),
    path.join(root, 'tests/fixtures/eval/holdout/questions.jsonl'),
    path.join(root, 'tests/fixtures/eval/questions.dev.jsonl'),
    path.join(root, 'tests/fixtures/eval/train/train.jsonl'),
  ];
  const known = (await Promise.all(files.map(readQuestions))).flat();
  for (const arg of args) {
    const question = known.find((q) => q.id === arg);
    const text = question?.q ?? arg;
    const prepared = corpus.engine.prepare(text);
    const result = corpus.engine.finish(prepared);
    console.log(`\n=== ${question?.id ?? ''} ${text}`);
    console.log(
      `lang ${prepared.lang}, intent ${prepared.intent}, scope ${prepared.scope?.map((c) => c.id).join(',') ?? '-'}`,
    );
    for (const w of prepared.topic)
      console.log(
        `  concept ${w.concept.surface.padEnd(24)} w=${w.weight.toFixed(2)} ${w.absent ? 'ABSENT ' : ''}${w.concept.isName ? 'name ' : ''}${w.concept.nounish ? 'noun ' : ''}alts=${w.concept.alternatives.map((a) => `${a.stems.join('+')}(${a.quality},${a.source})`).join(' ')}`,
      );
    if (prepared.fieldCases)
      console.log(
        `  field cases: ${prepared.fieldCases
          .slice(0, 5)
          .map((f) => `${f.c.id}:${f.cover.toFixed(2)}`)
          .join(' ')}`,
      );
    const ranked = prepared.sentences.map((s) => ({ s, score: scoreOf(s, MODEL) })).sort(byRank);
    const phrases = question && 'expect_any' in question ? (question.expect_any as string[]) : [];
    const expectedAt = ranked.findIndex(({ s }) => phrases.some((p) => containsAny(s.sentence, [p])));
    const scored = ranked.slice(0, top);
    if (expectedAt >= top) scored.push(ranked[expectedAt]!);
    if (phrases.length > 0)
      console.log(
        `  expected sentence at rank ${expectedAt < 0 ? 'none' : expectedAt + 1} of ${ranked.length}`,
      );
    for (const { s, score } of scored) {
      const f = FEATURES.filter((n) => s.features[n] !== 0)
        .map((n) => `${n}=${s.features[n].toFixed(2)}`)
        .join(' ');
      console.log(`  ${score.toFixed(3)} [${s.entry.doc.id}] ${s.sentence.slice(0, 110)}\n         ${f}`);
    }
    console.log(
      `  -> ${result.abstained ? 'DECLINE' : result.clarify.length ? `CLARIFY ${result.clarify.length}` : result.citations[0]?.doc}: ${result.answer.slice(0, 160)}`,
    );
    if (question)
      console.log(
        `  judged: ${JSON.stringify(judge(question, result))} expected ${'doc' in question ? question.doc : '-'}: ${JSON.stringify(question).slice(0, 300)}`,
      );
  }
}

await main();
