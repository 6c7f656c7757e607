import { casesFromMeta } from '../../src/knowledge/cases.js';
import type { DocumentMeta, KnowledgeDocument, Passage } from '../../src/knowledge/types.js';

/** A document made of the given passages (text and section heading), with no metadata. */
export function documentOf(id: string, texts: { text: string; section: string | null }[]): KnowledgeDocument {
  const passages: Passage[] = texts.map(({ text, section }, ordinal) => ({
    id: `${id}#${ordinal}`,
    docId: id,
    section,
    kind: 'paragraph',
    text,
    lead: null,
    ordinal,
  }));
  const meta: DocumentMeta = {
    title: id,
    kind: 'other',
    dnr: null,
    dnrs: [],
    date: null,
    deadline: null,
    sender: null,
    addressee: null,
    recipients: null,
    caseOfficer: null,
    signatories: [],
    status: 'unknown',
    replaces: [],
    replacedBy: null,
    confidential: null,
  };
  return {
    id,
    path: id,
    format: 'txt',
    meta,
    passages,
    cases: casesFromMeta(id, passages, meta),
    hash: id,
    mtime: '',
  };
}
