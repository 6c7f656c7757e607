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
  // Nothing to resolve when no document replaces another (the titles' keys cost time at 50,000 documents).
  if (documents.every((doc) => doc.meta.replaces.length === 0)) return documents;
  const byTitle = new Map(documents.map((d) => [key(d.meta.title), d]));
  const replacedBy = new Map<KnowledgeDocument, string>();
  for (const doc of documents) {
    for (const title of doc.meta.replaces) {
      const old = byTitle.get(key(title));
      if (old && old !== doc && !replacedBy.has(old)) replacedBy.set(old, doc.meta.title);
    }
  }
  return documents.map((doc) => {
    const by = replacedBy.get(doc);
    if (by && doc.meta.replacedBy === null && doc.meta.status !== 'in_force') {
      return { ...doc, meta: { ...doc.meta, status: 'replaced' as const, replacedBy: by } };
    }
    if (doc.meta.replaces.length > 0 && doc.meta.status === 'unknown') {
      return { ...doc, meta: { ...doc.meta, status: 'in_force' as const } };
    }
    return doc;
  });
}
