import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnswerEngine } from '../answer/engine.js';
import { type Clock, fixedClock } from '../core/clock.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../runtime/knowledge-base.js';
import type { Lexicon } from '../search/lexicon.js';
import { SearchIndex } from '../search/search-index.js';

/** The bank's date (see tests/fixtures/eval/bank/README.md); the holdouts and the dev questions use it too. */
export const BANK_NOW = '2027-03-01T10:00:00+01:00';
export const BANK_TIME_ZONE = 'Europe/Stockholm';

/** What the engine's constructor takes as options; a fitting script passes its own (weights, thresholds). */
export type EngineOptions = ConstructorParameters<typeof AnswerEngine>[3];
/** Options beyond the clock and the time zone, which the corpus supplies. */
export type ExtraEngineOptions = Partial<EngineOptions>;

/** The question files and document folders of the evaluation, relative to the repository root. */
export function evalPaths(root: string) {
  const fixtures = path.join(root, 'tests/fixtures/eval');
  return {
    knowledge: path.join(root, 'knowledge'),
    bankDocuments: path.join(fixtures, 'bank/documents'),
    holdoutDocuments: path.join(fixtures, 'holdout/documents'),
    holdout2Documents: path.join(fixtures, 'holdout2/documents'),
    holdout3Documents: path.join(fixtures, 'holdout3/documents'),
    trainDocuments: path.join(fixtures, 'train/documents'),
    bankQuestions: path.join(fixtures, 'bank/bank.jsonl'),
    holdoutQuestions: path.join(fixtures, 'holdout/questions.jsonl'),
    holdout2Questions: path.join(fixtures, 'holdout2/questions.jsonl'),
    holdout3Questions: path.join(fixtures, 'holdout3/questions.jsonl'),
    devQuestions: path.join(fixtures, 'questions.dev.jsonl'),
    trainQuestions: path.join(fixtures, 'train/train.jsonl'),
    bankFolds: path.join(fixtures, 'bank-folds.json'),
    trainFolds: path.join(fixtures, 'train-folds.json'),
  };
}

/**
 * The corpora questions are asked on:
 * - `seed`: the bundled `knowledge/` folder (the seed document and the glossaries);
 * - `bank`: that plus the bank's nine documents;
 * - `holdout`: that plus the holdout's documents (the holdout is asked with all of them loaded at once);
 * - `holdout2`: that plus the second holdout's documents (seed, bank, holdout and holdout2 all loaded at once,
 *   so that its questions meet many rival documents). No other corpus loads the second holdout's documents;
 * - `holdout3`: that plus the third holdout's documents (all three holdouts, the seed and the bank loaded at once);
 * - `train`: the seed, the bank's and the training set's documents (`tests/fixtures/eval/train`), asked on the
 *   bank's date. No other corpus loads the training documents, so the bank's and the holdouts' scores do not
 *   depend on them.
 */
export const CORPUS_NAMES = ['seed', 'bank', 'holdout', 'holdout2', 'holdout3', 'train'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

/** A folder of documents placed in the corpus under `under` (a sub-folder), or at its top when omitted. */
export type CorpusFolder = { dir: string; under?: string };

export function corpusFolders(name: CorpusName, root: string): CorpusFolder[] {
  const p = evalPaths(root);
  const folders: CorpusFolder[] = [{ dir: p.knowledge }];
  if (name !== 'seed') folders.push({ dir: p.bankDocuments, under: 'bank' });
  const holdouts = name === 'holdout' ? 1 : name === 'holdout2' ? 2 : name === 'holdout3' ? 3 : 0;
  if (holdouts >= 1) folders.push({ dir: p.holdoutDocuments, under: 'holdout' });
  if (holdouts >= 2) folders.push({ dir: p.holdout2Documents, under: 'holdout2' });
  if (holdouts >= 3) folders.push({ dir: p.holdout3Documents, under: 'holdout3' });
  if (name === 'train') folders.push({ dir: p.trainDocuments, under: 'train' });
  return folders;
}

/** A loaded corpus: documents and index built once, asked many times, by any number of engines. */
export type EvalCorpus = {
  name: string;
  documents: KnowledgeDocument[];
  index: SearchIndex;
  lexicon: Lexicon;
  clock: Clock;
  timeZone: string;
  /** The engine as the product builds it. */
  engine: AnswerEngine;
  /** A fresh engine on the same documents and index, with these options over the corpus's clock and zone. */
  engineWith(options?: ExtraEngineOptions): AnswerEngine;
  /** Documents and passages, for reports. */
  size: { documents: number; passages: number };
};

export type CorpusTime = { now?: string | Date; timeZone?: string };

function corpusFrom(
  name: string,
  parts: Pick<KnowledgeSnapshot, 'documents' | 'index' | 'lexicon'> & { engine?: AnswerEngine },
  time: CorpusTime,
): EvalCorpus {
  const clock = fixedClock(time.now ?? BANK_NOW);
  const timeZone = time.timeZone ?? BANK_TIME_ZONE;
  const engineWith = (options: ExtraEngineOptions = {}) =>
    new AnswerEngine(parts.index, parts.documents, parts.lexicon, {
      clock,
      timeZone,
      ...options,
    } as EngineOptions);
  return {
    name,
    documents: parts.documents,
    index: parts.index,
    lexicon: parts.lexicon,
    clock,
    timeZone,
    engine: parts.engine ?? engineWith(),
    engineWith,
    size: { documents: parts.documents.length, passages: parts.index.size },
  };
}

/**
 * Loads folders into one corpus the way the product loads its knowledge folder: they are copied into one
 * temporary folder (each under its own sub-folder, so document ids carry that prefix) and read by the real
 * loader, so that validity across documents (a replaced guideline) and the glossaries apply as in production.
 */
export async function loadFolders(
  name: string,
  folders: CorpusFolder[],
  time: CorpusTime = {},
): Promise<EvalCorpus> {
  const dir = await mkdtemp(path.join(tmpdir(), `utblick-eval-${name}-`));
  try {
    for (const folder of folders) {
      const target = folder.under ? path.join(dir, folder.under) : dir;
      for (const entry of await readdir(folder.dir)) {
        if (entry.startsWith('.')) continue;
        await cp(path.join(folder.dir, entry), path.join(target, entry), { recursive: true });
      }
    }
    const clock = fixedClock(time.now ?? BANK_NOW);
    const snapshot = await buildSnapshot({
      dir,
      maxFileBytes: 25 * 1024 * 1024,
      clock,
      timeZone: time.timeZone ?? BANK_TIME_ZONE,
    });
    if (snapshot.skipped.length > 0) {
      const list = snapshot.skipped.map((s) => `${s.file} (${s.reason})`).join(', ');
      throw new Error(`corpus ${name}: files were skipped: ${list}`);
    }
    return corpusFrom(name, snapshot, time);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads one of the named corpora from the repository at `root`. */
export function loadCorpus(name: CorpusName, root: string, time: CorpusTime = {}): Promise<EvalCorpus> {
  return loadFolders(name, corpusFolders(name, root), time);
}

/** A corpus over a snapshot the product's knowledge base built (the configured knowledge folder). */
export function corpusOfSnapshot(
  name: string,
  snapshot: KnowledgeSnapshot,
  time: CorpusTime = {},
): EvalCorpus {
  return corpusFrom(name, snapshot, time);
}

/** A corpus over documents loaded elsewhere (the bench's generated corpora), indexed here. */
export function corpusOfDocuments(
  name: string,
  documents: KnowledgeDocument[],
  lexicon: Lexicon,
  time: CorpusTime = {},
): EvalCorpus {
  return corpusFrom(name, { documents, index: new SearchIndex(documents), lexicon }, time);
}
