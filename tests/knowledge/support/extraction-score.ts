import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Case } from '../../../src/knowledge/case.js';
import { loadDocument } from '../../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../../src/knowledge/types.js';
import { caseNumberKey } from '../../../src/text/case-number.js';

/**
 * Scores what the extractor reads from documents against hand-written expectations (one JSON per
 * document): the document's title, each case's fields, and layout that must be gone from (or text that
 * must be whole in) the passages. Every expected value is one field; a case the extractor reads that
 * the expectation does not list costs one field too, so that splitting a document into noise is not free.
 */
export type ExpectedCase = {
  item: string | null;
  dnr: string | null;
  otherDnrs: string[];
  title: string | null;
  referral: boolean;
  sender: string | null;
  recipients: string[] | null;
  caseOfficer: string | null;
  deadline: string | null;
};

export type Expected = {
  doc: string;
  /** The document's title; the holdout's expectations state none, and then it is not scored. */
  title?: string;
  /** Every case number the document states (the holdout's `dnrs`), scored as one field when given. */
  dnrs?: string[];
  cases: ExpectedCase[];
  clean?: { absent: string[]; present: string[] };
};

/**
 * The holdout's expectations (tests/fixtures/eval/holdout/README.md) in this scorer's terms: the same
 * case fields, with the case officer as `{name, phone}` (its name is scored), no document title, and the
 * document's `dnrs`. Fields the fixtures do not state (addressee, date, signatories) are not scored, so
 * that the figures mean the same on every set.
 */
type HoldoutCase = Omit<ExpectedCase, 'caseOfficer'> & { caseOfficer: { name: string } | null };
export type HoldoutExpected = { doc: string; dnrs?: string[]; cases: HoldoutCase[] };

export function fromHoldout(raw: HoldoutExpected): Expected {
  return {
    doc: raw.doc,
    ...(raw.dnrs ? { dnrs: raw.dnrs } : {}),
    cases: raw.cases.map((c) => ({
      item: c.item ?? null,
      dnr: c.dnr ?? null,
      otherDnrs: c.otherDnrs ?? [],
      title: c.title ?? null,
      referral: c.referral === true,
      sender: c.sender ?? null,
      recipients: c.recipients ?? null,
      caseOfficer: c.caseOfficer?.name ?? null,
      deadline: c.deadline ?? null,
    })),
  };
}

export type Miss = { doc: string; field: string; expected: unknown; got: unknown };
export type Score = { right: number; total: number; misses: Miss[] };

const FIELDS = [
  'dnr',
  'otherDnrs',
  'title',
  'referral',
  'sender',
  'recipients',
  'caseOfficer',
  'deadline',
] as const;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const loose = (s: string) => squash(s).toLocaleLowerCase('sv');
const itemKey = (s: string | null) => (s ?? '').replace(/[§\s.]/g, '');

/** What a case says, in the expectation's terms. */
export function readCase(c: Case): ExpectedCase {
  return {
    item: c.item,
    dnr: c.dnr?.value ?? null,
    otherDnrs: c.otherDnrs,
    title: c.title?.value ?? null,
    referral: c.referral?.value === true,
    sender: c.sender?.value ?? null,
    recipients: c.recipients?.value ?? null,
    caseOfficer: c.caseOfficer?.value.name ?? null,
    deadline: c.deadline?.value ?? null,
  };
}

function same(field: (typeof FIELDS)[number], expected: unknown, got: unknown): boolean {
  if (expected === null || got === null) return expected === got;
  switch (field) {
    case 'dnr':
      return caseNumberKey(String(expected)) === caseNumberKey(String(got));
    case 'otherDnrs':
    case 'recipients': {
      const key = field === 'otherDnrs' ? (s: string) => caseNumberKey(s) : loose;
      const a = (expected as string[]).map(key).sort();
      const b = (got as string[]).map(key).sort();
      return JSON.stringify(a) === JSON.stringify(b);
    }
    case 'sender':
    case 'caseOfficer':
      return loose(String(expected)) === loose(String(got));
    case 'title':
      return squash(String(expected)) === squash(String(got));
    default:
      return expected === got;
  }
}

function matchCase(expected: ExpectedCase, index: number, all: ExpectedCase[], cases: Case[]): Case | null {
  if (expected.item !== null) {
    const byItem = cases.find((c) => itemKey(c.item) === itemKey(expected.item));
    if (byItem) return byItem;
  }
  if (expected.dnr !== null) {
    const byDnr = cases.find((c) => c.dnr && caseNumberKey(c.dnr.value) === caseNumberKey(expected.dnr!));
    if (byDnr) return byDnr;
  }
  return all.length === 1 && cases.length >= 1 && index === 0 ? cases[0]! : null;
}

export function scoreDocument(doc: KnowledgeDocument, expected: Expected): Score {
  const misses: Miss[] = [];
  let right = 0;
  let total = 0;
  const check = (field: string, ok: boolean, want: unknown, got: unknown) => {
    total++;
    if (ok) right++;
    else misses.push({ doc: expected.doc, field, expected: want, got });
  };
  if (expected.title !== undefined)
    check(
      'document title',
      squash(doc.meta.title) === squash(expected.title),
      expected.title,
      doc.meta.title,
    );
  if (expected.dnrs !== undefined) {
    const keys = (values: string[]) => [...new Set(values.map(caseNumberKey))].sort();
    const ok = JSON.stringify(keys(expected.dnrs)) === JSON.stringify(keys(doc.meta.dnrs));
    check('case numbers', ok, expected.dnrs, doc.meta.dnrs);
  }
  const used = new Set<Case>();
  expected.cases.forEach((want, i) => {
    const found = matchCase(want, i, expected.cases, doc.cases);
    if (found) used.add(found);
    const got = found ? readCase(found) : null;
    const label = want.item ?? want.dnr ?? `case ${i}`;
    for (const field of FIELDS) {
      const value = got ? got[field] : undefined;
      check(`${label}.${field}`, got !== null && same(field, want[field], value), want[field], value);
    }
  });
  for (const extra of doc.cases.filter((c) => !used.has(c))) {
    check(`extra case ${extra.item ?? extra.dnr?.value ?? extra.id}`, false, null, readCase(extra));
  }
  const text = doc.passages.map((p) => p.text).join('\n');
  for (const absent of expected.clean?.absent ?? [])
    check(`layout "${absent}"`, !text.includes(absent), 'absent', 'present');
  for (const present of expected.clean?.present ?? [])
    check(`text "${present}"`, text.includes(present), 'present', 'absent');
  return { right, total, misses };
}

export type ScoreOptions = {
  /** Reads one expectation file (the holdout's format differs); by default it is taken as it is. */
  read?: (json: unknown) => Expected;
  /** Scores only the expectation files whose name passes. */
  only?: (file: string) => boolean;
};

/** Loads each document an expectation names (from the first of `dirs` that holds it) and scores them all. */
export async function scoreFolder(
  expectedDir: string,
  dirs: string[],
  options: ScoreOptions = {},
): Promise<Score & { docs: number }> {
  const read = options.read ?? ((json: unknown) => json as Expected);
  const result: Score & { docs: number } = { right: 0, total: 0, misses: [], docs: 0 };
  for (const file of readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json') && (options.only?.(f) ?? true))
    .sort()) {
    const expected = read(JSON.parse(readFileSync(path.join(expectedDir, file), 'utf8')));
    const dir = dirs.find((d) => existsSync(path.join(d, expected.doc)));
    if (!dir) throw new Error(`${expected.doc} is in none of ${dirs.join(', ')}`);
    const loaded = await loadDocument(dir, path.join(dir, expected.doc), {
      maxFileBytes: 10 * 1024 * 1024,
    });
    if ('reason' in loaded) throw new Error(`${expected.doc}: ${loaded.reason}`);
    const score = scoreDocument(loaded, expected);
    result.right += score.right;
    result.total += score.total;
    result.misses.push(...score.misses);
    result.docs++;
  }
  return result;
}
