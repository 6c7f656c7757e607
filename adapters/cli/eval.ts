import { existsSync } from 'node:fs';
import path from 'node:path';
import { fixedClock, systemClock } from '../../src/core/clock.js';
import type { Lang } from '../../src/core/lang.js';
import {
  BANK_NOW,
  CORPUS_NAMES,
  type CorpusName,
  corpusOfSnapshot,
  type EvalCorpus,
  evalPaths,
  loadCorpus,
} from '../../src/eval/corpus.js';
import { type Folds, readFolds } from '../../src/eval/folds.js';
import type { EvalQuestion } from '../../src/eval/questions.js';
import { buildReport, type Report, reportText } from '../../src/eval/report.js';
import { readQuestions, runQuestions } from '../../src/eval/run.js';
import { openKnowledge } from './cli-core.js';
import { t } from './eval-messages.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { openConfig } from './open.js';

/** A question set and the corpus it is asked on; `configured` is the knowledge folder of the configuration. */
type EvalSet = { name: string; file: string; corpus: CorpusName | 'configured'; folds: string | null };

/** The repository root that holds the question bank: beside the sources, above `dist/`, or the cwd. */
function fixturesRoot(cwd: string): string | null {
  const here = path.resolve(import.meta.dirname, '../..');
  const candidates = [here, path.dirname(here), cwd];
  return candidates.find((root) => existsSync(evalPaths(root).bankQuestions)) ?? null;
}

function setsAsked(flags: Record<string, string | boolean>, files: string[], root: string | null): EvalSet[] {
  const sets: EvalSet[] = [];
  const corpus = typeof flags.corpus === 'string' ? (flags.corpus as CorpusName) : null;
  if (root) {
    const p = evalPaths(root);
    if (flags.bank)
      sets.push({ name: 'bank', file: p.bankQuestions, corpus: corpus ?? 'bank', folds: p.bankFolds });
    if (flags.holdout)
      sets.push({ name: 'holdout', file: p.holdoutQuestions, corpus: corpus ?? 'holdout', folds: null });
    if (flags.holdout2)
      sets.push({ name: 'holdout2', file: p.holdout2Questions, corpus: corpus ?? 'holdout2', folds: null });
    if (flags.holdout3)
      sets.push({ name: 'holdout3', file: p.holdout3Questions, corpus: corpus ?? 'holdout3', folds: null });
    if (flags.train)
      sets.push({ name: 'train', file: p.trainQuestions, corpus: corpus ?? 'train', folds: p.trainFolds });
    // The dev questions are asked with the bank's documents beside the seed: another document may answer better.
    if (flags.dev) sets.push({ name: 'dev', file: p.devQuestions, corpus: corpus ?? 'bank', folds: null });
  }
  for (const file of files) {
    sets.push({ name: path.basename(file), file, corpus: corpus ?? 'configured', folds: null });
  }
  return sets;
}

/**
 * `npm run eval -- --bank | --holdout | --holdout2 | --holdout3 | --train | --dev | FILE.jsonl
 * [--corpus seed|bank|holdout|holdout2|holdout3|train]
 * [--json] [--verbose]
 * [--now ISO] [--floor 0.6]`: asks each question set on its corpus (loaded once per corpus), judges each
 * answer by the bank's rules and reports by kind, language, document and fold. Several sets may be asked at
 * once; each is reported on its own. Exit code 1 when a set's overall score is below `--floor`.
 */
export async function runEval(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, {
    command: 'eval',
    flags: {
      verbose: { type: 'boolean' },
      bank: { type: 'boolean' },
      holdout: { type: 'boolean' },
      holdout2: { type: 'boolean' },
      holdout3: { type: 'boolean' },
      train: { type: 'boolean' },
      dev: { type: 'boolean' },
      corpus: { type: 'string', example: 'bank' },
      floor: { type: 'string', example: '0.6' },
    },
    unknown: 'error',
  });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { lang, json, now } = parsed.common;
  const flags = parsed.flags;
  if (parsed.common.help) {
    io.stdout(t(lang, 'usage'));
    return 0;
  }
  const floor = flags.floor === undefined ? null : Number(flags.floor);
  if (floor !== null && !(Number.isFinite(floor) && floor >= 0 && floor <= 1)) {
    io.stderr(`${t(lang, 'bad_floor', { value: String(flags.floor) })}\n`);
    return 1;
  }
  if (typeof flags.corpus === 'string' && !(CORPUS_NAMES as readonly string[]).includes(flags.corpus)) {
    io.stderr(`${t(lang, 'bad_corpus', { value: flags.corpus })}\n`);
    return 1;
  }
  const root = fixturesRoot(io.cwd);
  const named = Boolean(
    flags.bank || flags.holdout || flags.holdout2 || flags.holdout3 || flags.train || flags.dev,
  );
  if (named && !root) {
    io.stderr(`${t(lang, 'no_fixtures', { dir: io.cwd })}\n`);
    return 1;
  }
  const files = parsed.positionals.map((f) => path.resolve(io.cwd, f));
  const sets = setsAsked(flags, files, root);
  if (sets.length === 0) {
    io.stderr(t(lang, 'usage'));
    return 1;
  }

  const corpora = new Map<string, Promise<EvalCorpus | null>>();
  const corpusFor = (name: EvalSet['corpus']) => {
    let corpus = corpora.get(name);
    if (!corpus) {
      corpus =
        name === 'configured'
          ? configuredCorpus(io, lang, now)
          : loadCorpus(name, root!, { now: now ?? BANK_NOW });
      corpora.set(name, corpus);
    }
    return corpus;
  };

  const reports: Report[] = [];
  for (const set of sets) {
    const questions = await readSet(io, lang, set.file);
    if (!questions) return 1;
    const corpus = await corpusFor(set.corpus);
    if (!corpus) return 1;
    const folds: Folds | undefined = set.folds ? await readFolds(set.folds) : undefined;
    const outcomes = runQuestions(questions, corpus.engine);
    const asked = now ?? (set.corpus === 'configured' ? corpus.clock.now().toISOString() : BANK_NOW);
    reports.push(buildReport(set.name, outcomes, { corpus, now: asked, ...(folds ? { folds } : {}) }));
  }

  const below = floor === null ? [] : reports.filter((r) => r.overall.score < floor);
  if (json) {
    io.stdout(`${JSON.stringify({ floor, passed: below.length === 0, reports }, null, 2)}\n`);
  } else {
    io.stdout(reports.map((r) => reportText(r, lang, { verbose: flags.verbose === true })).join('\n'));
  }
  if (floor !== null) {
    for (const r of reports) {
      const key = r.overall.score < floor ? 'below_floor' : 'at_floor';
      const line = t(lang, key, { set: r.set, score: r.overall.score.toFixed(2), floor: floor.toFixed(2) });
      const write = key === 'below_floor' || json ? io.stderr : io.stdout;
      write(`${line}\n`);
    }
  }
  return below.length > 0 ? 1 : 0;
}

async function readSet(io: CliIo, lang: Lang, file: string): Promise<EvalQuestion[] | null> {
  if (!existsSync(file)) {
    io.stderr(`${t(lang, 'unreadable', { file })}\n`);
    return null;
  }
  try {
    return await readQuestions(file);
  } catch (error) {
    io.stderr(`${t(lang, 'bad_questions', { problem: (error as Error).message })}\n`);
    return null;
  }
}

/** The configured knowledge folder, as `utblick ask` reads it; on the system clock unless `--now`. */
async function configuredCorpus(io: CliIo, lang: Lang, now: string | undefined): Promise<EvalCorpus | null> {
  const config = openConfig(io, lang);
  if (!config) return null;
  const clock = now ? fixedClock(now) : systemClock;
  const kb = await openKnowledge(config, clock);
  return corpusOfSnapshot(config.knowledgeDir, kb.snapshot, {
    now: clock.now(),
    timeZone: config.timeZone,
  });
}
