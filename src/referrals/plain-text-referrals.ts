import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, KnowledgeDocument } from '../knowledge/types.js';
import { findCaseNumbers } from '../text/case-number.js';
import { findDates } from '../text/dates.js';

/**
 * A stop-gap reader, used by the registry CLI until the knowledge loader (src/knowledge) is wired in:
 * it reads the plain-text and Markdown files of the knowledge folder and recognises referrals written
 * the way the city writes them ("Remiss från kommunstyrelsen (KS-dnr: …)", "för yttrande senast den
 * 1 september 2008", "Handläggare: …", "Till\n<body>"). It yields KnowledgeDocument objects with
 * whole-paragraph passages. The real loader supersedes it; nothing else depends on it.
 */
export function readPlainTextReferrals(dir: string): KnowledgeDocument[] {
  if (!fs.existsSync(dir)) return [];
  const documents: KnowledgeDocument[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(txt|md)$/i.test(name)) continue;
    const file = path.join(dir, name);
    const bytes = fs.readFileSync(file);
    const doc = referralDocument(name, bytes.toString('utf8'), {
      hash: createHash('sha256').update(bytes).digest('hex'),
      mtime: fs.statSync(file).mtime.toISOString(),
      format: name.toLowerCase().endsWith('.md') ? 'md' : 'txt',
    });
    if (doc) documents.push(doc);
  }
  return documents;
}

export function referralDocument(
  id: string,
  text: string,
  file: { hash: string; mtime: string; format: 'txt' | 'md' },
): KnowledgeDocument | null {
  const paragraphs = text
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const headIndex = paragraphs.findIndex((p) => /^remiss från\s/i.test(p));
  if (headIndex === -1) return null;
  const head = paragraphs[headIndex]!;
  const dnr = findCaseNumbers(head)[0]?.value ?? null;
  const passages = paragraphs.map((p, ordinal) => ({
    id: `${id}#${ordinal}`,
    docId: id,
    section: null,
    kind: 'paragraph' as const,
    text: p,
    lead: null,
    ordinal,
  }));
  const evidence = (pattern: RegExp) => passages.find((p) => pattern.test(p.text)) ?? null;
  const deadlinePassage = evidence(/senast den/i);
  const deadlineText = deadlinePassage?.text.split(/senast den/i)[1] ?? '';
  const deadline = findDates(deadlineText, null)[0]?.date ?? null;
  const sender = /^remiss från\s+(\p{L}+)/iu.exec(head)?.[1] ?? null;
  const officer = evidence(/^Handläggare:/);
  const addressee = evidence(/^Till\s/);
  const alsoSent = evidence(/skickats på remiss till/i);
  const meta: DocumentMeta = {
    title: paragraphs[headIndex - 1] ?? head,
    kind: 'referral',
    dnr,
    dnrs: dnr ? [dnr] : [],
    date: null,
    deadline:
      deadline && deadlinePassage
        ? { date: deadline, sentence: deadlinePassage.text, passageId: deadlinePassage.id }
        : null,
    sender: sender ? { name: capitalise(sender), sentence: head, passageId: passages[headIndex]!.id } : null,
    addressee: addressee ? addressee.text.replace(/^Till\s+/, '') : null,
    recipients: alsoSent
      ? { names: recipientNames(alsoSent.text), sentence: alsoSent.text, passageId: alsoSent.id }
      : null,
    caseOfficer: officer
      ? {
          name: officer.text
            .replace(/^Handläggare:\s*/, '')
            .split(/\s+Tfn|\s+Tfr/)[0]!
            .trim(),
          phone: null,
          sentence: officer.text,
          passageId: officer.id,
        }
      : null,
    signatories: [],
    status: 'unknown',
    replaces: [],
    replacedBy: null,
  };
  return { id, path: id, format: file.format, meta, passages, hash: file.hash, mtime: file.mtime };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "… skickats på remiss till A, B samt C." → [A, B, C] */
function recipientNames(sentence: string): string[] {
  const list = sentence.split(/skickats på remiss till\s+/i)[1]?.split(/\.(\s|$)/)[0] ?? '';
  return list
    .split(/,\s*|\s+samt\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
