import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decodeRecords, encodeRecord } from './document-codec.js';
import { type LoadOptions, loadDocument } from './load.js';
import type { KnowledgeDocument } from './types.js';

/**
 * Loaded documents kept between runs, so that a restart re-reads only the files that changed: converting,
 * parsing and extracting 50,000 files takes minutes, reading them back from here takes seconds.
 *
 * An entry is used only when its key matches: the file's path, size and modification time (nanoseconds),
 * those of its side file (`.meta.yaml`), the load options, and a fingerprint of the extractor — the code of
 * the knowledge and text modules and the versions of the converters — so that a new extractor re-reads
 * everything by itself. The cache sits beside `loadDocument` and never changes what it returns: a hit is
 * what `loadDocument` returned for the same bytes.
 *
 * On disk the entries are spread over shards by path, in the binary records of `document-codec.ts`, and only
 * the shards that changed are written again, in the background, through a temporary file and a rename.
 * Anything unreadable is ignored and read afresh.
 */
export type FileResult = KnowledgeDocument | { reason: string };
/**
 * Reads one file. A reader may also answer some files at once (`cached`, after `ready`): then undefined
 * means "read it" and the file is read with the reader itself.
 */
export type DocumentReader = ((root: string, full: string, options: LoadOptions) => Promise<FileResult>) & {
  ready?(): Promise<void>;
  cached?(root: string, full: string, options: LoadOptions): FileResult | undefined;
};

type Entry = { key: string; result: FileResult };

const FORMAT = 'utblick-documents/5';
const MAGIC = Buffer.from('UTBLDOC5');
const SHARDS = 64;
const SHARD_FILE = /^documents-([0-9a-f]{16})-(\d{2})\.bin$/;
/** Shards of earlier formats, removed when the cache is next written. */
const OLD_SHARD_FILE = /^documents-[0-9a-f]{16}-\d{2}\.jsonl$/;
/** Packages whose output is part of what a document becomes. */
const CONVERTERS = ['mammoth', 'pdfjs-dist', 'node-html-parser', 'jszip', 'yaml'];

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<number>();
  private opened: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private serial = 0;
  /** How the last load went: files read from the cache and files read afresh. */
  lastLoad = { hits: 0, reads: 0 };

  constructor(
    readonly dir: string,
    readonly fingerprint: string = extractorFingerprint(),
  ) {}

  /**
   * A reader for one load of the folder. With `reread` every file is read afresh (an administrator's
   * `reindex`) and the cache refilled. `finish()` forgets the files that were not seen (they are gone) and
   * saves the changes in the background; `saved()` settles when they are written.
   */
  session(reread: boolean): { read: DocumentReader; finish(): void } {
    const seen = new Set<string>();
    const stats = { hits: 0, reads: 0 };
    const hit = (full: string, key: string | null): FileResult | undefined => {
      const cached = this.entries.get(full);
      if (reread || key === null || cached?.key !== key) return undefined;
      seen.add(full);
      stats.hits++;
      return cached.result;
    };
    const read: DocumentReader = async (root, full, options) => {
      await this.open();
      const key = fileKey(full, options);
      const found = hit(full, key);
      if (found) return found;
      seen.add(full);
      stats.reads++;
      const result = await loadDocument(root, full, options);
      if (key !== null) this.put(full, { key, result });
      return result;
    };
    // Once the cache file is read, an unchanged file is answered without a promise (50,000 at a restart).
    read.ready = () => this.open();
    read.cached = (_root, full, options) => hit(full, fileKey(full, options));
    return {
      read,
      finish: () => {
        for (const full of this.entries.keys()) {
          if (!seen.has(full)) {
            this.entries.delete(full);
            this.dirty.add(shardOf(full));
          }
        }
        this.lastLoad = stats;
        this.save();
      },
    };
  }

  /** Settles when every save started so far has been written (or has failed: the cache is only a cache). */
  saved(): Promise<void> {
    return this.saving;
  }

  private put(full: string, entry: Entry) {
    this.entries.set(full, entry);
    this.dirty.add(shardOf(full));
  }

  private open(): Promise<void> {
    this.opened ??= this.readShards();
    return this.opened;
  }

  private async readShards() {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const mine = names.filter((n) => SHARD_FILE.exec(n)?.[1] === this.fingerprint);
    await Promise.all(
      mine.map(async (name) => {
        const bytes = await readFile(path.join(this.dir, name)).catch(() => null);
        if (!bytes?.subarray(0, MAGIC.length).equals(MAGIC)) return;
        // A damaged record is left out by the decoder, and its file read afresh.
        for (const { file, key, result } of decodeRecords(bytes.subarray(MAGIC.length))) {
          this.entries.set(file, { key, result });
        }
      }),
    );
  }

  private save() {
    const shards = [...this.dirty];
    this.dirty.clear();
    if (shards.length === 0) return;
    const byShard = new Map<number, Buffer[]>(shards.map((s) => [s, []]));
    for (const [file, entry] of this.entries) {
      byShard.get(shardOf(file))?.push(encodeRecord({ file, key: entry.key, result: entry.result }));
    }
    this.saving = this.saving.then(() => this.write(byShard).catch(() => {}));
  }

  private async write(byShard: Map<number, Buffer[]>) {
    await mkdir(this.dir, { recursive: true });
    for (const [shard, records] of byShard) {
      const file = path.join(this.dir, `documents-${this.fingerprint}-${String(shard).padStart(2, '0')}.bin`);
      if (records.length === 0) {
        await rm(file, { force: true });
        continue;
      }
      const temporary = `${file}.${process.pid}-${++this.serial}.tmp`;
      await writeFile(temporary, [MAGIC, ...records]);
      await rename(temporary, file);
    }
    for (const name of await readdir(this.dir)) {
      const match = SHARD_FILE.exec(name);
      if ((match && match[1] !== this.fingerprint) || OLD_SHARD_FILE.test(name))
        await rm(path.join(this.dir, name), { force: true });
    }
  }
}

/** The file's identity for the cache, or null when it cannot be read (then it is read afresh, uncached). */
function fileKey(full: string, options: LoadOptions): string | null {
  // Synchronous on purpose: a file's metadata is answered from the kernel's cache in microseconds, while a
  // promise `stat` waits its turn in libuv's four threads (a second at 50,000 files).
  const info = statOrNull(full);
  if (!info) return null;
  const side: string[] = [];
  const extension = /\.[^.]+$/.exec(full);
  for (const ext of ['.meta.yaml', '.meta.yml']) {
    const file = extension ? full.slice(0, extension.index) + ext : full;
    // Most documents have no side file: the folder's listing says so without a `stat`.
    const s = options.listed && !options.listed.has(file) ? null : statOrNull(file);
    side.push(s ? `${s.size}:${s.mtimeNs}` : '-');
  }
  return [
    FORMAT,
    info.size,
    info.mtimeNs,
    ...side,
    options.maxFileBytes,
    options.indexConfidential ? 'confidential' : 'open',
  ].join('|');
}

function statOrNull(file: string) {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

let fingerprint: string | null = null;

/** The code of the extractor (this folder and the text helpers beside it) and the converters' versions. */
export function extractorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256').update(FORMAT);
  const here = import.meta.dirname;
  for (const dir of [here, path.join(here, '..', 'text')]) hashTree(h, dir);
  const require = createRequire(import.meta.url);
  for (const name of CONVERTERS) h.update(`\n${name}@${packageVersion(require, name)}`);
  fingerprint = h.digest('hex').slice(0, 16);
  return fingerprint;
}

function hashTree(h: ReturnType<typeof createHash>, dir: string) {
  const walk = (at: string) => {
    const names = existsSync(at) ? readdirSync(at).sort() : [];
    for (const name of names) {
      const full = path.join(at, name);
      if (name.endsWith('.js') || name.endsWith('.ts')) h.update(`\n${name}\n`).update(readFileSync(full));
      else if (!name.includes('.')) walk(full);
    }
  };
  walk(dir);
}

function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const manifest = path.join(dir, 'package.json');
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? '?';
      }
      const parent = path.dirname(dir);
      if (parent === dir) return '?';
      dir = parent;
    }
  } catch {
    return 'missing';
  }
}
