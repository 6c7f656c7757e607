import { metaHint } from './meta-hint.js';
import type { KnowledgeDocument } from './types.js';

const key = (title: string) =>
  title
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Resolves "replaces" across the corpus: a document whose title another document says it replaces is
 * marked replaced, naming the replacing document (unless its own front matter says otherwise). A document
 * that replaces others and has no status of its own is in force.
 */
export function resolveValidity(documents: KnowledgeDocument[]): KnowledgeDocument[] {
  // Title and replaces through `metaHint`: a cached document's metadata is decoded only when read.
  // Nothing to resolve when no document replaces another (the titles' keys cost time at 50,000 documents).
  if (documents.every((doc) => metaHint(doc).replaces.length === 0)) return documents;
  const byTitle = new Map(documents.map((d) => [key(metaHint(d).title), d]));
  const replacedBy = new Map<KnowledgeDocument, string>();
  for (const doc of documents) {
    for (const title of metaHint(doc).replaces) {
      const old = byTitle.get(key(title));
      if (old && old !== doc && !replacedBy.has(old)) replacedBy.set(old, metaHint(doc).title);
    }
  }
  return documents.map((doc) => {
    const by = replacedBy.get(doc);
    if (by && doc.meta.replacedBy === null && doc.meta.status !== 'in_force') {
      return { ...doc, meta: { ...doc.meta, status: 'replaced' as const, replacedBy: by } };
    }
    if (metaHint(doc).replaces.length > 0 && doc.meta.status === 'unknown') {
      return { ...doc, meta: { ...doc.meta, status: 'in_force' as const } };
    }
    return doc;
  });
}
