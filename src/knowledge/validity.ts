import { metaHint } from './meta-hint.js';
import type { KnowledgeDocument } from './types.js';

/** What titles are compared by: "Riktlinjer för X" names the document titled "riktlinjer för x". */
export const titleKey = (title: string) =>
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
  // Through `metaHint`: a cached document's metadata is decoded only when read, and its title's key is kept.
  const hints = documents.map(metaHint);
  // Nothing to resolve when no document replaces another.
  if (hints.every((hint) => hint.replaces.length === 0)) return documents;
  const byTitle = new Map(documents.map((d, at) => [hints[at]!.titleKey ?? titleKey(hints[at]!.title), d]));
  const replacedBy = new Map<KnowledgeDocument, string>();
  documents.forEach((doc, at) => {
    for (const title of hints[at]!.replaces) {
      const old = byTitle.get(titleKey(title));
      if (old && old !== doc && !replacedBy.has(old)) replacedBy.set(old, hints[at]!.title);
    }
  });
  return documents.map((doc, at) => {
    const by = replacedBy.get(doc);
    if (by && doc.meta.replacedBy === null && doc.meta.status !== 'in_force') {
      return { ...doc, meta: { ...doc.meta, status: 'replaced' as const, replacedBy: by } };
    }
    if (hints[at]!.replaces.length > 0 && doc.meta.status === 'unknown') {
      return { ...doc, meta: { ...doc.meta, status: 'in_force' as const } };
    }
    return doc;
  });
}
