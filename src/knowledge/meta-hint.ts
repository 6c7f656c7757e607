import { lazyHint } from './lazy-values.js';
import type { KnowledgeDocument } from './types.js';

/** What a restart reads of every document's metadata: its title, the titles it replaces, the title's key. */
export type MetaHint = { title: string; replaces: string[]; titleKey?: string };

/**
 * A document's title and the titles it replaces, without decoding the metadata of a document read from the
 * cache (see `lazy-values.ts`): what the index key and validity need of every document at start. The cache
 * also keeps the title's key (`titleKey` in validity.ts), which cost half a second over 50,000 titles.
 */
export function metaHint(doc: KnowledgeDocument): MetaHint {
  return (lazyHint(doc, 'meta') as MetaHint | undefined) ?? doc.meta;
}
