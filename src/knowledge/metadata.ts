import { splitSentences } from '../text/sentences.js';
import type { TextBlock } from './blocks.js';
import type { Case, Field } from './case.js';
import { type CaseInput, readCases } from './cases.js';
import type { ConfidentialMarking } from './confidential.js';
import type { FrontMatter } from './front-matter.js';
import type { DocumentKind, DocumentMeta, Passage } from './types.js';

/**
 * What a Swedish administrative document says about itself, read as cases (see cases.ts) and summed up
 * as the document-level view: title, kind, case number, date, reply deadline, sender, addressee, other
 * recipients, case officer and signatories. For an agenda or minutes, the case-level fields stay on the
 * items; the document itself has no single case number or deadline. Front matter wins.
 */
export function readDocument(input: CaseInput & { confidential?: ConfidentialMarking | null }): {
  meta: DocumentMeta;
  cases: Case[];
} {
  const read = readCases(input);
  const { passages, frontMatter } = input;
  const head = passages.slice(0, 12);
  const evidence = <T>(f: Field<T> | null) =>
    f ? { sentence: f.evidence.sentence, passageId: f.evidence.passageId } : null;
  const dnrs = unique(read.cases.flatMap((c) => [...(c.dnr ? [c.dnr.value] : []), ...c.otherDnrs]));
  const only = read.meeting ? null : read.cases[0]!;
  const title = read.title.value;
  const referral = only?.referral != null;
  const meta: DocumentMeta = {
    title,
    kind: frontMatter.kind ?? (referral ? 'referral' : classify(passages, title)),
    dnr: only?.dnr?.value ?? null,
    dnrs,
    date: only ? (only.date?.value ?? null) : (read.meeting?.date?.value ?? null),
    deadline: only?.deadline ? { ...evidence(only.deadline)!, date: only.deadline.value } : null,
    sender: only?.sender ? { ...evidence(only.sender)!, name: only.sender.value } : null,
    addressee: read.meeting ? (read.meeting.body?.name ?? null) : findAddressee(head),
    recipients: only?.recipients ? { ...evidence(only.recipients)!, names: only.recipients.value } : null,
    caseOfficer: only?.caseOfficer
      ? {
          ...evidence(only.caseOfficer)!,
          name: only.caseOfficer.value.name,
          phone: only.caseOfficer.value.phone,
        }
      : null,
    signatories: only ? only.signatories.map((s) => s.value) : [],
    status: frontMatter.status ?? (frontMatter.replaced_by ? 'replaced' : 'unknown'),
    replaces: frontMatter.replaces ?? findReplacedTitles(passages),
    replacedBy: frontMatter.replaced_by ?? null,
    confidential: input.confidential ?? null,
    titleFromFileName: read.titleFromFileName,
  };
  return { meta, cases: read.cases };
}

/** The document-level view alone (for callers that read no cases). */
export function extractMetadata(
  passages: Passage[],
  blocks: TextBlock[],
  frontMatter: FrontMatter,
  fileName: string,
  confidential: ConfidentialMarking | null = null,
): DocumentMeta {
  return readDocument({ docId: fileName, passages, blocks, frontMatter, fileName, confidential }).meta;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function classify(passages: Passage[], title: string): DocumentKind {
  if (/strategi|strategy/i.test(title)) return 'strategy';
  if (/\b(policy|riktlinjer|program)\b/i.test(title)) return 'policy';
  if (passages.slice(0, 20).some((p) => /tjänsteutlåtande/i.test(p.text))) return 'report';
  return 'other';
}

function findAddressee(head: Passage[]): string | null {
  const i = head.findIndex((p) => p.kind === 'line' && /^(till|to)$/i.test(p.text.trim()));
  const next = i >= 0 ? head[i + 1] : undefined;
  return next ? next.text.replace(/\s+-\s+/g, '-').trim() : null;
}

export { splitNameList } from './case-fields.js';

const REPLACES_CUE = /\bersätt(?:a|er|s|ande)\b|\breplac(?:e|es|ing)\b|\bupphäv(?:a|er|s)\b/i;
const QUOTED = /["”“„«]([^"”“„«»]{6,140})["”“»]/g;

/** Titles a document says it replaces: "… ska ersätta tidigare dokument; ”A” och ”B”." */
function findReplacedTitles(passages: Passage[]): string[] {
  const titles: string[] = [];
  for (const p of passages) {
    for (const s of splitSentences(p.text)) {
      const cue = REPLACES_CUE.exec(s.text);
      if (!cue) continue;
      for (const m of s.text.slice(cue.index).matchAll(QUOTED)) {
        const title = m[1]!.trim();
        if (!titles.includes(title)) titles.push(title);
      }
    }
  }
  return titles;
}
