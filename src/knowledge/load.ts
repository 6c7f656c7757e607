import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseBlocks } from './blocks.js';
import { detectConfidential } from './confidential.js';
import { convertFile, isSupported } from './convert.js';
import type { DocumentReader, FileResult } from './document-cache.js';
import { parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { cleanLayout } from './layout.js';
import { readDocument } from './metadata.js';
import { toPassages } from './passages.js';
import { caseReferences } from './references.js';
import type { KnowledgeDocument, SkippedFile } from './types.js';
import { resolveValidity } from './validity.js';

export type LoadOptions = {
  /** Files larger than this are skipped with a reason. */
  maxFileBytes: number;
  /**
   * Index documents marked confidential (`UTBLICK_INDEX_CONFIDENTIAL`). Off by default: they are skipped
   * with the reason `confidential`.
   */
  indexConfidential?: boolean;
  /** Reads one file; the document cache's reader, or `loadDocument` itself. */
  read?: DocumentReader;
  /**
   * Every file the folder's listing holds, set by `loadKnowledge` for the reader: a side file that is not
   * among them does not exist, so the document cache need not ask the file system about it.
   */
  listed?: ReadonlySet<string>;
};

/** The load options a configuration asks for. */
export function knowledgeOptions(config: { maxFileBytes: number; indexConfidential: boolean }): LoadOptions {
  return { maxFileBytes: config.maxFileBytes, indexConfidential: config.indexConfidential };
}

/** The `/healthz` skip reason of a confidential document that is not indexed. */
export const CONFIDENTIAL_REASON = 'confidential';

export type LoadResult = { documents: KnowledgeDocument[]; skipped: SkippedFile[] };

/** Files in the knowledge folder that are configuration, not documents. */
export function isAuxiliaryFile(relative: string): boolean {
  const base = path.basename(relative).toLowerCase();
  return (
    base.startsWith('glossary.') ||
    base.endsWith('.meta.yaml') ||
    base.endsWith('.meta.yml') ||
    base.startsWith('.') ||
    base === 'readme.md'
  );
}

/** File names in the order people expect them (one collator: `localeCompare` with a locale makes one per call). */
const byName = new Intl.Collator('sv').compare;

/** A file of the folder: its path, and its path relative to the folder with forward slashes. */
type Listed = { full: string; relative: string };

/** Lists document files under the folder (recursively), with symbolic links resolved and checked. */
async function listFiles(root: string, skipped: SkippedFile[]): Promise<Listed[]> {
  const realRoot = await realpath(root);
  const files: Listed[] = [];
  // The relative path is built along the walk: `path.relative` per file cost a tenth of a second at 50,000.
  const walk = async (dir: string, relativeDir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => null);
        if (!target || (target !== realRoot && !target.startsWith(realRoot + path.sep))) {
          skipped.push({ file: relative, reason: 'symbolic link to a place outside the knowledge folder' });
          continue;
        }
        const info = await stat(target);
        if (info.isDirectory()) await walk(full, relative);
        else files.push({ full, relative });
        continue;
      }
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile()) files.push({ full, relative });
    }
  };
  await walk(root, '');
  return files;
}

/**
 * Files read at once. A read mostly waits for the file system (a `stat` per file when the document cache
 * answers, which at 50,000 files took seconds one after another), so several in flight keep the thread
 * pool busy; the results keep the listing's order.
 */
const READS_IN_FLIGHT = 16;

/** Reads every document in the folder. A file that cannot be read is reported and skipped. */
export async function loadKnowledge(root: string, options: LoadOptions): Promise<LoadResult> {
  const skipped: SkippedFile[] = [];
  const documents: KnowledgeDocument[] = [];
  const files = await listFiles(root, skipped);
  const read: DocumentReader = options.read ?? loadDocument;
  const readOptions: LoadOptions = { ...options, listed: new Set(files.map((f) => f.full)) };
  const wanted = files.filter((f) => !isAuxiliaryFile(f.relative));
  const results: (FileResult | undefined)[] = new Array(wanted.length);
  // What the reader can answer at once (the document cache, for an unchanged file) is taken first, without
  // a promise per file; the rest is read in parallel.
  if (read.cached) {
    await read.ready?.();
    for (let at = 0; at < wanted.length; at++) results[at] = read.cached(root, wanted[at]!.full, readOptions);
  }
  const left = wanted.flatMap((_, at) => (results[at] === undefined ? [at] : []));
  let next = 0;
  const worker = async () => {
    while (next < left.length) {
      const at = left[next++]!;
      results[at] = await read(root, wanted[at]!.full, readOptions);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, left.length) }, worker));
  wanted.forEach((f, at) => {
    const result = results[at]!;
    if ('reason' in result) skipped.push({ file: f.relative, reason: result.reason });
    else documents.push(result);
  });
  return { documents: resolveValidity(documents), skipped };
}

export async function loadDocument(
  root: string,
  full: string,
  options: LoadOptions,
): Promise<KnowledgeDocument | { reason: string }> {
  const relative = path.relative(root, full).split(path.sep).join('/');
  if (!isSupported(full)) {
    return { reason: `unsupported file type ${path.extname(full) || '(no extension)'}` };
  }
  const info = await lstat(full).then((l) => (l.isSymbolicLink() ? stat(full) : l));
  if (info.size > options.maxFileBytes) {
    return {
      reason: `file is larger than the limit of ${Math.round(options.maxFileBytes / 1024 / 1024)} MB`,
    };
  }
  const bytes = await readFile(full);
  let converted: Awaited<ReturnType<typeof convertFile>>;
  try {
    converted = await convertFile(full, bytes);
  } catch (error) {
    return { reason: (error as Error).message || 'the file could not be read' };
  }
  const { frontMatter: inline, body } = splitFrontMatter(converted.text);
  const side = await readSideFile(full);
  const frontMatter = { ...side, ...inline };
  const confidential = detectConfidential({ frontMatter, body, margins: converted.margins });
  if (confidential && !options.indexConfidential) return { reason: CONFIDENTIAL_REASON };
  const cleaned = cleanLayout(body);
  const blocks = parseBlocks(cleaned.text, converted.format !== 'txt' || cleaned.markdown);
  const passages = toPassages(relative, blocks);
  if (passages.length === 0) return { reason: 'the document has no text' };
  const mtime = info.mtime.toISOString();
  const { meta, cases } = readDocument({
    docId: relative,
    passages,
    blocks,
    frontMatter,
    fileName: path.basename(full),
    trail: cleaned.trail,
    confidential,
  });
  return {
    id: relative,
    path: full,
    format: converted.format,
    meta: { ...meta, updated: cleaned.updated },
    passages,
    cases,
    hash: createHash('sha256').update(bytes).digest('hex'),
    mtime,
    references: caseReferences({ cases, passages }),
  };
}

async function readSideFile(full: string) {
  for (const ext of ['.meta.yaml', '.meta.yml']) {
    const side = full.replace(/\.[^.]+$/, ext);
    const text = await readFile(side, 'utf8').catch(() => null);
    if (text !== null) return parseFrontMatter(text).frontMatter;
  }
  return {};
}
