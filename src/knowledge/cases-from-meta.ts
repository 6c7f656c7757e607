import type { Case, Field, FieldEvidence } from './case.js';
import type { DocumentMeta, Passage } from './types.js';

/**
 * A hand-built document's one case, from its metadata (tests and tools that build a KnowledgeDocument
 * without reading a file; the loader reads cases with readCases). Every field carries the sentence its value came
 * from; a value found in no passage is taken to come from the front matter.
 */
export function casesFromMeta(docId: string, passages: Passage[], meta: DocumentMeta): Case[] {
  const first = passages[0]?.id ?? `${docId}#0`;
  const located = (key: string, value: string): FieldEvidence => {
    const passage = passages.find((p) => p.text.includes(value));
    return passage
      ? { sentence: passage.text, passageId: passage.id, source: 'text' }
      : { sentence: `${key}: ${value}`, passageId: first, source: 'front-matter' };
  };
  const field = <T>(value: T, evidence: FieldEvidence): Field<T> => ({ value, evidence });
  const fromText = (e: { sentence: string; passageId: string }): FieldEvidence => ({
    sentence: e.sentence,
    passageId: e.passageId,
    source: 'text',
  });
  const referral = meta.kind === 'referral';
  return [
    {
      id: `${docId}#case:0`,
      docId,
      item: null,
      dnr: meta.dnr ? field(meta.dnr, located('dnr', meta.dnr)) : null,
      otherDnrs: meta.dnrs.filter((d) => d !== meta.dnr),
      title: field(meta.title, located('title', meta.title)),
      titleFromFileName: false,
      referral: referral ? field(true, located('kind', 'referral')) : null,
      sender: meta.sender ? field(meta.sender.name, fromText(meta.sender)) : null,
      recipients: meta.recipients ? field(meta.recipients.names, fromText(meta.recipients)) : null,
      caseOfficer: meta.caseOfficer
        ? field({ name: meta.caseOfficer.name, phone: meta.caseOfficer.phone }, fromText(meta.caseOfficer))
        : null,
      author: null,
      papers: [],
      deadline: referral && meta.deadline ? field(meta.deadline.date, fromText(meta.deadline)) : null,
      date: meta.date ? field(meta.date, located('date', meta.date)) : null,
      signatories: meta.signatories.map((s) => field(s, located('signatory', s.name))),
      meetingTime: null,
      meetingPlace: null,
      passages: { from: 0, to: passages.length },
    },
  ];
}
