import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnswerEngine } from '../answer/engine.js';
import type { Clock } from '../core/clock.js';
import { DocumentCache } from '../knowledge/document-cache.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeDocument, SkippedFile } from '../knowledge/types.js';
import { buildLexicon, type Lexicon, parseGlossary } from '../search/lexicon.js';
import { openIndex, readIndexAhead, savesSettled } from '../search/persist.js';
import { SearchIndex } from '../search/search-index.js';

export type KnowledgeOptions = {
  dir: string;
  maxFileBytes: number;
  /** Index documents marked confidential (`UTBLICK_INDEX_CONFIDENTIAL`); off by default. */
  indexConfidential?: boolean;
  clock: Clock;
  timeZone: string;
  /** Where the analysed index is persisted, so that a restart on an unchanged corpus does not re-analyse it. */
  indexDir?: string;
  /** Where loaded documents are kept, so that a restart re-reads only the files that changed. */
  cacheDir?: string;
};

/** One consistent view of the knowledge: documents, index, lexicon and the engine over them. */
export type KnowledgeSnapshot = {
  documents: KnowledgeDocument[];
  skipped: SkippedFile[];
  index: SearchIndex;
  lexicon: Lexicon;
  engine: AnswerEngine;
  indexedAt: string;
  indexMs: number;
};

/**
 * The glossary that ships with Utblick: the `glossary.*.txt` files of the bundled knowledge folder (two levels
 * up from this module in the sources, three in the build).
 */
const BUNDLED_GLOSSARY_DIRS = [
  path.resolve(import.meta.dirname, '../../knowledge'),
  path.resolve(import.meta.dirname, '../../../knowledge'),
];

async function glossaryFiles(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Map(
    names.filter((name) => /^glossary\..*\.txt$/i.test(name)).map((name) => [name, path.join(dir, name)]),
  );
}

/**
 * Reads the glossaries into one lexicon: the bundled ones, so that a knowledge folder of a user's own documents
 * is searched across Swedish and English too, and the folder's own `glossary.*.txt`, which add to them (a
 * file named like a bundled one replaces it).
 */
export async function loadLexicon(dir: string): Promise<Lexicon> {
  let bundled = new Map<string, string>();
  for (const candidate of BUNDLED_GLOSSARY_DIRS) {
    bundled = await glossaryFiles(candidate);
    if (bundled.size > 0) break;
  }
  const files = new Map([...bundled, ...(await glossaryFiles(dir))]);
  const entries = [];
  for (const name of [...files.keys()].sort())
    entries.push(...parseGlossary(await readFile(files.get(name)!, 'utf8')));
  return buildLexicon(entries);
}

/** With a document cache, only changed files are read, unless `reread` asks for every one. */
export async function buildSnapshot(
  options: KnowledgeOptions,
  cache?: DocumentCache,
  reread = false,
): Promise<KnowledgeSnapshot> {
  const started = performance.now();
  // The saved index is read while the documents load; it is used only if it fits them.
  const ahead = options.indexDir ? readIndexAhead(options.indexDir) : undefined;
  const session = cache?.session(reread);
  const [{ documents, skipped }, lexicon] = await Promise.all([
    loadKnowledge(options.dir, {
      maxFileBytes: options.maxFileBytes,
      indexConfidential: options.indexConfidential ?? false,
      ...(session ? { read: session.read } : {}),
    }),
    loadLexicon(options.dir),
  ]);
  session?.finish();
  const index = options.indexDir
    ? (await openIndex(documents, options.indexDir, undefined, ahead)).index
    : new SearchIndex(documents);
  const engine = new AnswerEngine(index, documents, lexicon, {
    clock: options.clock,
    timeZone: options.timeZone,
  });
  return {
    documents,
    skipped,
    index,
    lexicon,
    engine,
    indexedAt: options.clock.now().toISOString(),
    indexMs: Math.round(performance.now() - started),
  };
}

/**
 * Holds the current snapshot. A reload builds a new snapshot beside the old one and swaps it in at once,
 * so that questions never see a half-built index.
 */
export class KnowledgeBase {
  private current: KnowledgeSnapshot;
  private reloading: Promise<KnowledgeSnapshot> | null = null;
  private readonly listeners: ((snapshot: KnowledgeSnapshot, previous: KnowledgeSnapshot) => void)[] = [];

  private constructor(
    private readonly options: KnowledgeOptions,
    initial: KnowledgeSnapshot,
    private readonly cache?: DocumentCache,
  ) {
    this.current = initial;
  }

  static async open(options: KnowledgeOptions): Promise<KnowledgeBase> {
    const cache = options.cacheDir ? new DocumentCache(options.cacheDir) : undefined;
    return new KnowledgeBase(options, await buildSnapshot(options, cache), cache);
  }

  /** Settles when the documents and the index loaded so far are saved (saving runs in the background). */
  async saved(): Promise<void> {
    await Promise.all([this.cache?.saved(), this.options.indexDir && savesSettled(this.options.indexDir)]);
  }

  get snapshot(): KnowledgeSnapshot {
    return this.current;
  }

  get dir(): string {
    return this.options.dir;
  }

  onReload(listener: (snapshot: KnowledgeSnapshot, previous: KnowledgeSnapshot) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Rebuilds from the folder, reading only the files that changed; `reread` reads every file again (an
   * administrator's `reindex`). Concurrent calls share one rebuild.
   */
  async reload(reread = false): Promise<KnowledgeSnapshot> {
    if (this.reloading) return this.reloading;
    this.reloading = (async () => {
      try {
        const next = await buildSnapshot(this.options, this.cache, reread);
        const previous = this.current;
        this.current = next;
        for (const listener of this.listeners) listener(next, previous);
        return next;
      } finally {
        this.reloading = null;
      }
    })();
    return this.reloading;
  }

  status() {
    const s = this.current;
    return {
      documents: s.documents.length,
      passages: s.index.size,
      indexedAt: s.indexedAt,
      indexMs: s.indexMs,
      skipped: s.skipped,
    };
  }
}
