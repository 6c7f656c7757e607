import { casesFromMeta } from '../../../src/knowledge/cases.js';
import type { DocumentMeta, KnowledgeDocument, Passage } from '../../../src/knowledge/types.js';

/**
 * Hand-built KnowledgeDocument fixtures, standing in for the knowledge loader's output until it lands.
 * `seedReferral` mirrors knowledge/000_0e4e3719d66b1344.txt: a referral from kommunstyrelsen,
 * KS-dnr 006-1137/2007, due Monday 1 September 2008.
 */
export const SEED_ID = '000_0e4e3719d66b1344.txt';

const DEADLINE_SENTENCE =
  'Kommunstyrelsen har remitterat ärendet ”Övergripande mål och riktlinjer för det internationella arbetet” till Rinkeby-Kista stadsdelsnämnd för yttrande senast den 1 september 2008.';

export function referralDoc(
  id: string,
  overrides: Partial<DocumentMeta> & { deadlineDate?: string | null },
  hash = `hash-${id}`,
): KnowledgeDocument {
  const { deadlineDate, ...meta } = overrides;
  const due = deadlineDate === undefined ? '2008-09-01' : deadlineDate;
  const passages: Passage[] = [
    {
      id: `${id}#0`,
      docId: id,
      section: null,
      kind: 'paragraph',
      text: DEADLINE_SENTENCE,
      lead: null,
      ordinal: 0,
    },
  ];
  const doc: KnowledgeDocument = {
    id,
    path: id,
    format: 'txt',
    hash,
    mtime: '2008-06-10T08:00:00.000Z',
    passages,
    cases: [],
    meta: {
      title: 'Övergripande mål och riktlinjer för det internationella arbetet',
      kind: 'referral',
      dnr: '006-1137/2007',
      dnrs: ['006-1137/2007'],
      date: null,
      deadline: due ? { date: due, sentence: DEADLINE_SENTENCE, passageId: `${id}#0` } : null,
      sender: { name: 'Kommunstyrelsen', sentence: 'Remiss från kommunstyrelsen', passageId: `${id}#0` },
      addressee: 'Rinkeby-Kista stadsdelsnämnd',
      recipients: {
        names: ['Stockholm Stadshus AB', 'Miljö- och hälsoskyddsnämnden', 'Stadsbyggnadsnämnden'],
        sentence: DEADLINE_SENTENCE,
        passageId: `${id}#0`,
      },
      caseOfficer: {
        name: 'Christina Hermansson',
        phone: null,
        sentence: 'Handläggare: Christina Hermansson',
        passageId: `${id}#0`,
      },
      signatories: [],
      status: 'unknown',
      replaces: [],
      replacedBy: null,
      confidential: null,
      ...meta,
    },
  };
  return { ...doc, cases: casesFromMeta(id, passages, doc.meta) };
}

export const seedReferral = () => referralDoc(SEED_ID, {});

/** A second referral whose title shares words with the seed, for "several match" cases. */
export const otherReferral = () =>
  referralDoc(
    'remiss-eu.txt',
    {
      title: 'Riktlinjer för det internationella arbetet inom EU',
      dnr: 'Dnr 2026-152-307',
      dnrs: ['Dnr 2026-152-307'],
      addressee: 'Kulturnämnden',
      deadlineDate: '2026-03-20',
    },
    'hash-eu',
  );

export const strategyDoc = (): KnowledgeDocument => {
  const doc = referralDoc('strategi.md', {});
  const meta: DocumentMeta = { ...doc.meta, kind: 'strategy', dnr: null, deadline: null };
  return { ...doc, meta, cases: casesFromMeta(doc.id, doc.passages, meta) };
};
