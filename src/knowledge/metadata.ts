import { findCaseNumbers } from '../text/case-number.js';
import { findDates } from '../text/dates.js';
import { splitSentences } from '../text/sentences.js';
import type { TextBlock } from './blocks.js';
import type { ConfidentialMarking } from './confidential.js';
import type { FrontMatter } from './front-matter.js';
import type { DocumentKind, DocumentMeta, Evidence, Passage } from './types.js';

/**
 * Extracts what a Swedish administrative document says about itself: title, kind, case number, date,
 * reply deadline, sender, addressee, other recipients, case officer and signatories. Front matter wins.
 */
export function extractMetadata(
  passages: Passage[],
  blocks: TextBlock[],
  frontMatter: FrontMatter,
  fileName: string,
  fallbackDate: string,
  confidential: ConfidentialMarking | null = null,
): DocumentMeta {
  const head = passages.slice(0, 12);
  const title = frontMatter.title ?? findTitle(blocks) ?? titleFromFileName(fileName);
  const dnrs = head.flatMap((p) => findCaseNumbers(p.text).map((m) => m.value));
  const allDnrs =
    dnrs.length > 0 ? dnrs : passages.flatMap((p) => findCaseNumbers(p.text).map((m) => m.value));
  const date = frontMatter.date ?? findDocumentDate(head);
  const caseOfficer = findCaseOfficer(head, frontMatter);
  const meta: DocumentMeta = {
    title,
    kind: frontMatter.kind ?? classify(passages, title),
    dnr: frontMatter.dnr ?? allDnrs[0] ?? null,
    dnrs: unique(frontMatter.dnr ? [frontMatter.dnr, ...allDnrs] : allDnrs),
    date,
    deadline: findDeadline(passages, frontMatter, date ?? fallbackDate),
    sender: findSender(passages, frontMatter),
    addressee: findAddressee(head),
    recipients: findRecipients(passages, frontMatter),
    caseOfficer,
    signatories: findSignatories(head),
    status: frontMatter.status ?? (frontMatter.replaced_by ? 'replaced' : 'unknown'),
    replaces: frontMatter.replaces ?? findReplacedTitles(passages),
    replacedBy: frontMatter.replaced_by ?? null,
    confidential,
  };
  return meta;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');
}

const FIELD_LINE = /^[\p{L} ]{2,25}:\s*\S/u;

/** The first Markdown heading, or the first caption-like line that is not a field, addressee or case line. */
function findTitle(blocks: TextBlock[]): string | null {
  const h1 = blocks.find((b) => b.type === 'heading' && b.level === 1);
  if (h1) return h1.text;
  for (let i = 0; i < Math.min(blocks.length, 15); i++) {
    const b = blocks[i]!;
    if (b.type !== 'line' && b.type !== 'heading') continue;
    const t = b.text;
    const previous = blocks[i - 1];
    if (FIELD_LINE.test(t) || /^(till|to)$/i.test(t)) continue;
    if (previous && previous.type === 'line' && /^(till|to)$/i.test(previous.text)) continue;
    if (findCaseNumbers(t).length > 0 || findDates(t, null).length > 0) continue;
    if (t.split(/\s+/).length < 3 || t.length < 12) continue;
    if (/^(remiss|bilaga|sammanfattning|förslag till beslut)/i.test(t)) continue;
    return t;
  }
  return null;
}

function classify(passages: Passage[], title: string): DocumentKind {
  const text = passages.map((p) => p.text).join('\n');
  if (
    /\bremiss från\b|har remitterat|\bför yttrande\b|\bremissinstans|\bremisstid|\bsvarsdatum\b|\bremissvar/i.test(
      text,
    )
  ) {
    return 'referral';
  }
  if (/strategi|strategy/i.test(title)) return 'strategy';
  if (/\b(policy|riktlinjer|program)\b/i.test(title)) return 'policy';
  if (/tjänsteutlåtande/i.test(text)) return 'report';
  return 'other';
}

function findDocumentDate(head: Passage[]): string | null {
  for (const p of head.slice(0, 8)) {
    if (p.text.length >= 60 || DEADLINE_CUE.test(p.text)) continue;
    const dates = findDates(p.text, null);
    if (dates.length > 0) return dates[0]!.date;
  }
  return null;
}

function sentencesOf(passage: Passage) {
  return splitSentences(passage.text).map((s) => ({ sentence: s.text, passageId: passage.id }));
}

const DEADLINE_CUE =
  /\bsenast\b|svarsdatum|sista svarsdag|remisstiden (går ut|löper ut)|besvaras|ska ha inkommit|vara (inne|tillhanda|inkommen)|\bno later than\b|\bdeadline\b|\bdue (on|by)\b|\breply by\b/i;

function findDeadline(passages: Passage[], fm: FrontMatter, reference: string) {
  const candidates: (Evidence & { date: string })[] = [];
  for (const p of passages) {
    for (const s of sentencesOf(p)) {
      const cue = DEADLINE_CUE.exec(s.sentence);
      if (!cue) continue;
      const dates = findDates(s.sentence, reference);
      if (dates.length === 0) continue;
      // The date nearest after the cue word is the deadline ("senast den 1 september 2008").
      const after = dates.find((d) => d.index >= cue.index) ?? dates[dates.length - 1]!;
      candidates.push({ ...s, date: after.date });
    }
  }
  if (fm.deadline) {
    const supporting = candidates.find((c) => c.date === fm.deadline);
    return supporting ?? { date: fm.deadline, sentence: '', passageId: '' };
  }
  return candidates[0] ?? null;
}

const BODY_NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s(?:och\s)?[\p{L}-]+){0,4}`;

function findSender(passages: Passage[], fm: FrontMatter) {
  const patterns = [
    new RegExp(
      String.raw`\bremiss från (${BODY_NAME.replace('\\p{Lu}', '\\p{L}')}?)(?=\s*[(,.]|\s*$|\s+(?:om|angående|gällande)\b)`,
      'iu',
    ),
    new RegExp(String.raw`^(${BODY_NAME}?) har remitterat\b`, 'u'),
  ];
  for (const p of passages) {
    for (const s of sentencesOf(p)) {
      for (const pattern of patterns) {
        const m = pattern.exec(s.sentence);
        if (m) {
          const name = fm.sender ?? capitalize(m[1]!.trim());
          return { ...s, name };
        }
      }
    }
  }
  return fm.sender ? { name: fm.sender, sentence: '', passageId: '' } : null;
}

function capitalize(value: string): string {
  return value.charAt(0).toLocaleUpperCase('sv') + value.slice(1);
}

function findAddressee(head: Passage[]): string | null {
  const i = head.findIndex((p) => p.kind === 'line' && /^(till|to)$/i.test(p.text.trim()));
  const next = i >= 0 ? head[i + 1] : undefined;
  return next ? next.text.replace(/\s+-\s+/g, '-').trim() : null;
}

const RECIPIENTS_CUE =
  /(?:skickats|sänts|gått|remitterats|skickas)\s+(?:ut\s+)?(?:på remiss\s+)?(?:också\s+)?till\s+(.+?)\.?$|remissinstanser(?:na)?\s*(?:är)?\s*:\s*(.+?)\.?$/iu;

function findRecipients(passages: Passage[], fm: FrontMatter) {
  for (const p of passages) {
    for (const s of sentencesOf(p)) {
      const m = RECIPIENTS_CUE.exec(s.sentence);
      if (!m) continue;
      const names = splitNameList(m[1] ?? m[2] ?? '');
      if (names.length > 0) return { ...s, names: fm.recipients ?? names };
    }
  }
  return fm.recipients ? { names: fm.recipients, sentence: '', passageId: '' } : null;
}

/** "A, B- och C-nämnden, D samt E på X och Y" → [A, B- och C-nämnden, D, E på X och Y]. */
export function splitNameList(list: string): string[] {
  const parts = list.split(/,\s*/);
  const last = parts.pop() ?? '';
  const tail = /\s(samt)\s/.test(last) ? last.split(/\s+samt\s+/) : last.split(/(?<!-)\s+och\s+/);
  return [...parts, ...tail].map((s) => s.trim()).filter((s) => s.length > 1);
}

function findCaseOfficer(head: Passage[], fm: FrontMatter) {
  let found: (Evidence & { name: string; phone: string | null }) | null = null;
  for (const p of head) {
    const m = /^(?:handläggare|kontaktperson|case officer|contact)\s*:\s*(.+)$/i.exec(p.text);
    if (m && !found) found = { sentence: p.text, passageId: p.id, name: m[1]!.trim(), phone: null };
  }
  if (found) {
    const phoneLine = head.find((p) => /^(?:tfn|tfr|tel|telefon|phone)\.?\s*:?\s*[+\d]/i.test(p.text));
    found.phone = phoneLine ? phoneLine.text.replace(/^[^:\d+]*:?\s*/, '').trim() : null;
  }
  if (fm.case_officer) {
    return {
      name: fm.case_officer,
      phone: fm.phone ?? found?.phone ?? null,
      sentence: found?.sentence ?? '',
      passageId: found?.passageId ?? '',
    };
  }
  return found;
}

const ROLE = /^(?:t\.f\.\s*)?[\p{Ll}].*|.*(direktör|chef|ordförande|handläggare|sekreterare|samordnare)$/u;
const PERSON = /^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3}$/u;

function findSignatories(head: Passage[]) {
  const signatories: { name: string; role: string | null }[] = [];
  for (let i = 0; i < head.length - 1; i++) {
    const name = head[i]!;
    const role = head[i + 1]!;
    if (name.kind === 'line' && role.kind === 'line' && PERSON.test(name.text) && ROLE.test(role.text)) {
      signatories.push({ name: name.text, role: role.text });
      i++;
    }
  }
  return signatories;
}

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
