import { createReadStream } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeDocument } from '../src/knowledge/types.js';
import { forbiddenPhrases, writeCorpus } from './generate.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const KNOWLEDGE_DIR = path.join(ROOT, 'knowledge');
export const DEV_QUESTIONS = path.join(ROOT, 'tests/fixtures/eval/questions.dev.jsonl');
export const BANK_QUESTIONS = path.join(ROOT, 'tests/fixtures/eval/bank/bank.jsonl');
const BANK_DOCUMENTS = path.join(ROOT, 'tests/fixtures/eval/bank/documents');
const SEED_DOCUMENT = '000_0e4e3719d66b1344.txt';

export type Corpus = {
  dir: string;
  documentsFile: string;
  /** The question bank's nine documents (ids under `bank/`), loaded once: added to every engine's corpus. */
  bankFile: string;
  loadMs: number;
  generateMs: number;
};

export function corpusDir(docs: number, seed: number): string {
  return path.join(tmpdir(), 'utblick-bench', `corpus-${docs}-seed-${seed}`);
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * Generates the corpus once (the real seed document placed in the middle batch, among generated ones) and
 * loads it with the real loader once; the engines' child processes read the loaded documents from JSON, so
 * that each of them does not spend minutes parsing 50,000 files.
 */
export async function prepareCorpus(docs: number, seed: number, log: (s: string) => void): Promise<Corpus> {
  const dir = corpusDir(docs, seed);
  const documentsFile = path.join(dir, '.documents.json');
  const metaFile = path.join(dir, '.corpus.json');
  const bankFile = path.join(dir, '.bank-documents.json');
  if ((await exists(metaFile)) && (await exists(documentsFile))) {
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { loadMs: number; generateMs: number };
    log(`corpus: reusing ${dir}`);
    if (!(await exists(bankFile))) await writeBankDocuments(bankFile);
    return { dir, documentsFile, bankFile, ...meta };
  }
  const { generateMs } = await generateCorpus(docs, seed, log);
  log('corpus: loading with the real loader (convert, passages, metadata)');
  const started = performance.now();
  const { documents } = await loadKnowledge(dir, { maxFileBytes: 10_000_000 });
  const loadMs = Math.round(performance.now() - started);
  await writeFile(documentsFile, documentsJson(documents));
  await writeFile(metaFile, JSON.stringify({ loadMs, generateMs }));
  await writeBankDocuments(bankFile);
  return { dir, documentsFile, bankFile, loadMs, generateMs };
}

/**
 * Writes the generated files alone (the real seed document placed in the middle batch), or reuses them when
 * an earlier run finished writing them. The whole-process warm start needs only these: it reads the files
 * itself, so it need not wait for `prepareCorpus` to load them as well.
 */
export async function generateCorpus(
  docs: number,
  seed: number,
  log: (s: string) => void,
): Promise<{ dir: string; generateMs: number }> {
  const dir = corpusDir(docs, seed);
  const marker = path.join(dir, '.generated.json');
  if (await exists(marker)) {
    const { generateMs } = JSON.parse(await readFile(marker, 'utf8')) as { generateMs: number };
    return { dir, generateMs };
  }
  await rm(dir, { recursive: true, force: true });
  log(`corpus: generating ${docs} documents in ${dir}`);
  const started = performance.now();
  const forbidden = await forbiddenPhrases(DEV_QUESTIONS);
  await writeCorpus(dir, { docs, seed, knowledgeDir: KNOWLEDGE_DIR, forbidden });
  const middle = path.join(dir, `batch-${String(Math.floor(docs / 2000)).padStart(3, '0')}`);
  await mkdir(middle, { recursive: true });
  await copyFile(path.join(KNOWLEDGE_DIR, SEED_DOCUMENT), path.join(middle, `gen-${SEED_DOCUMENT}`));
  const generateMs = Math.round(performance.now() - started);
  await writeFile(marker, JSON.stringify({ generateMs }));
  return { dir, generateMs };
}

/**
 * The bank's documents, read by the real loader from a folder of their own under `bank/` (so that their
 * ids cannot meet a generated one's). The generated text avoids the dev questions' phrases, not the
 * bank's: a bank question counts only when its own document is the answer's first source.
 */
async function writeBankDocuments(file: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'utblick-bench-bank-'));
  try {
    await cp(BANK_DOCUMENTS, path.join(dir, 'bank'), { recursive: true });
    const { documents } = await loadKnowledge(dir, { maxFileBytes: 10_000_000 });
    await writeFile(file, documentsJson(documents));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One document a line: JSON.stringify of a million passages at once exceeds V8's string limit. */
function* documentsJson(documents: KnowledgeDocument[]): Generator<string> {
  for (const doc of documents) yield `${JSON.stringify(doc)}\n`;
}

export async function readDocuments(file: string): Promise<KnowledgeDocument[]> {
  const documents: KnowledgeDocument[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) documents.push(JSON.parse(line) as KnowledgeDocument);
  return documents;
}
