import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../src/core/clock.js';
import {
  BANK_NOW,
  BANK_TIME_ZONE,
  corpusOfSnapshot,
  type EvalCorpus,
  evalPaths,
  loadCorpus,
} from '../src/eval/corpus.js';
import { readFolds } from '../src/eval/folds.js';
import { buildReport, type Report, table } from '../src/eval/report.js';
import { readQuestions, runQuestions } from '../src/eval/run.js';
import { isAuxiliaryFile } from '../src/knowledge/load.js';
import { KnowledgeBase } from '../src/runtime/knowledge-base.js';
import { forbiddenPhrases, writeCorpus } from './generate.js';

/**
 * `npm run bench -- --bank-scale [--sizes 1000,10000] [--seed S]`: the bank's questions asked on their small
 * corpus (`knowledge/` plus the bank's nine documents) and again with those same documents placed among
 * N generated ones, so that the score at scale is read next to the small-corpus score. The generated
 * documents avoid only the bank's expected phrases and candidate names (a document holding one is drawn
 * again, bench/generate.ts); every glossary topic is written about. Timings are reported, never asserted.
 */
const ROOT = path.resolve(import.meta.dirname, '..');

export type ScaleRow = {
  corpus: string;
  generated: number;
  documents: number;
  passages: number;
  report: Report;
  /** The score over the small corpus's score. */
  ratio: number;
  loadMs: number;
  askMs: number;
};

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** What the generated text depends on: the generator, its vocabulary and the phrases it keeps out. */
async function generatorFingerprint(): Promise<string> {
  const p = evalPaths(ROOT);
  const h = createHash('sha256');
  for (const file of ['bench/generate.ts', 'bench/vocabulary.ts'].map((f) => path.join(ROOT, f)))
    h.update(await readFile(file));
  h.update(await readFile(p.bankQuestions));
  for (const name of (await readdir(p.knowledge)).sort())
    h.update(await readFile(path.join(p.knowledge, name)));
  return h.digest('hex').slice(0, 12);
}

/**
 * Writes (once per size, seed and generator version) N generated documents, the glossaries of `knowledge/`
 * at the top, and the seed and the bank's documents in the middle batch (`batch-K/bank/`).
 */
export async function prepare(docs: number, seed: number, log: (s: string) => void): Promise<string> {
  const p = evalPaths(ROOT);
  const dir = path.join(
    tmpdir(),
    'utblick-bench',
    `bank-scale-${docs}-seed-${seed}-${await generatorFingerprint()}`,
  );
  const done = path.join(dir, '.generated');
  if (await exists(done)) {
    log(`bank-scale: reusing ${dir}`);
    return dir;
  }
  await rm(dir, { recursive: true, force: true });
  log(`bank-scale: generating ${docs} documents in ${dir}`);
  const forbidden = await forbiddenPhrases(p.bankQuestions);
  await writeCorpus(dir, { docs, seed, knowledgeDir: p.knowledge, forbidden });
  const middle = path.join(dir, `batch-${String(Math.floor(docs / 2000)).padStart(3, '0')}`);
  await mkdir(middle, { recursive: true });
  for (const name of await readdir(p.knowledge)) {
    const target = isAuxiliaryFile(name) ? dir : middle;
    await cp(path.join(p.knowledge, name), path.join(target, name));
  }
  await cp(p.bankDocuments, path.join(middle, 'bank'), { recursive: true });
  await writeFile(done, new Date().toISOString());
  return dir;
}

/** The real knowledge base over the folder, with its document cache beside it (a re-run reads nothing again). */
export async function loadScaled(dir: string, name: string): Promise<EvalCorpus> {
  const kb = await KnowledgeBase.open({
    dir,
    maxFileBytes: 25 * 1024 * 1024,
    clock: fixedClock(BANK_NOW),
    timeZone: BANK_TIME_ZONE,
    cacheDir: path.join(dir, '.cache'),
  });
  await kb.saved();
  const skipped = kb.snapshot.skipped;
  if (skipped.length > 0)
    throw new Error(`${name}: ${skipped.length} files were skipped (${skipped[0]!.file})`);
  return corpusOfSnapshot(name, kb.snapshot, { now: BANK_NOW, timeZone: BANK_TIME_ZONE });
}

async function measure(
  name: string,
  generated: number,
  load: () => Promise<EvalCorpus>,
): Promise<Omit<ScaleRow, 'ratio'>> {
  const p = evalPaths(ROOT);
  let started = performance.now();
  const corpus = await load();
  const loadMs = Math.round(performance.now() - started);
  const [questions, folds] = await Promise.all([readQuestions(p.bankQuestions), readFolds(p.bankFolds)]);
  started = performance.now();
  const outcomes = runQuestions(questions, corpus.engine);
  const askMs = Math.round(performance.now() - started);
  return {
    corpus: name,
    generated,
    documents: corpus.size.documents,
    passages: corpus.size.passages,
    report: buildReport('bank', outcomes, { corpus, now: BANK_NOW, folds }),
    loadMs,
    askMs,
  };
}

/** Generates and loads each size once (filling the document cache), without asking anything. */
export async function prepareBankScale(
  sizes: number[],
  seed: number,
  log: (s: string) => void,
): Promise<void> {
  for (const docs of sizes) {
    const dir = await prepare(docs, seed, log);
    log(`bank-scale: loading ${docs} generated documents into the document cache`);
    await loadScaled(dir, `bank+${docs}`);
  }
}

export async function bankScale(
  sizes: number[],
  seed: number,
  log: (s: string) => void,
): Promise<ScaleRow[]> {
  log('bank-scale: the small corpus (knowledge/ + the bank documents)');
  const small = await measure('small', 0, () => loadCorpus('bank', ROOT));
  const rows: ScaleRow[] = [{ ...small, ratio: 1 }];
  for (const docs of sizes) {
    const dir = await prepare(docs, seed, log);
    log(`bank-scale: loading ${docs} generated documents with the bank's (real loader, document cache)`);
    const row = await measure(`+${docs}`, docs, () => loadScaled(dir, `bank+${docs}`));
    rows.push({
      ...row,
      ratio: small.report.overall.score > 0 ? row.report.overall.score / small.report.overall.score : 0,
    });
  }
  return rows;
}

const ratio = (s: { hits: number; total: number } | undefined) => (s ? `${s.hits}/${s.total}` : '–');

export function scaleTable(rows: ScaleRow[]): string {
  const n = (x: number) => x.toLocaleString('en');
  return table(
    [
      'corpus',
      'generated',
      'documents',
      'passages',
      'bank',
      'answers',
      'declines',
      'ask-backs',
      'folds',
      '× small',
      'load ms',
      'ask ms',
    ],
    rows.map((r) => [
      r.generated === 0 ? 'knowledge/ + bank' : `+ ${n(r.generated)} generated`,
      n(r.generated),
      n(r.documents),
      n(r.passages),
      r.report.overall.score.toFixed(2),
      ratio(r.report.overall.kinds.answer),
      ratio(r.report.overall.kinds.decline),
      ratio(r.report.overall.kinds.clarify),
      r.report.byFold?.map((f) => f.score.toFixed(2)).join(' / ') ?? '–',
      r.ratio.toFixed(2),
      n(r.loadMs),
      n(r.askMs),
    ]),
  );
}

/** The JSON line: per corpus its sizes, score, score by kind and the ratio to the small corpus. */
export function scaleJson(rows: ScaleRow[], seed: number): string {
  return JSON.stringify({
    bank_scale: rows.map((r) => ({
      generated: r.generated,
      documents: r.documents,
      passages: r.passages,
      score: Math.round(r.report.overall.score * 1000) / 1000,
      kinds: Object.fromEntries(
        Object.entries(r.report.overall.kinds).map(([k, s]) => [k, `${s.hits}/${s.total}`]),
      ),
      folds: r.report.byFold?.map((f) => Math.round(f.score * 1000) / 1000) ?? null,
      ratio_to_small: Math.round(r.ratio * 1000) / 1000,
      load_ms: r.loadMs,
      ask_ms: r.askMs,
    })),
    seed,
    now: BANK_NOW,
  });
}
