import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDocument } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { temporaryFolders } from './temp-dirs.js';

/**
 * A reader of short fictional texts for one test file: each is written to a temporary folder under its file
 * name and read as the knowledge loader reads a document. The folder goes when the file's tests are done.
 */
export function documentReader(
  prefix = 'utblick-read-',
): (name: string, text: string) => Promise<KnowledgeDocument> {
  const folder = temporaryFolders();
  let dir: string | null = null;
  return async (name, text) => {
    dir ??= folder(prefix);
    await writeFile(path.join(dir, name), text);
    const doc = await loadDocument(dir, path.join(dir, name), { maxFileBytes: 1024 * 1024 });
    if ('reason' in doc) throw new Error(doc.reason);
    return doc;
  };
}
