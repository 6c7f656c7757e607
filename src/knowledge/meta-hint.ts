import { lazyHint } from './lazy-values.js';
import type { KnowledgeDocument } from './types.js';

/**
 * A document's title and the titles it replaces, without decoding the metadata of a document read from the
 * cache (see `lazy-values.ts`): what the index key and validity need of every document at start.
 */
export function metaHint(doc: KnowledgeDocument): { title: string; replaces: string[] } {
  const hint = lazyHint(doc, 'meta') as { title: string; replaces: string[] } | undefined;
  return hint ?? doc.meta;
}
