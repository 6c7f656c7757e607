import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesDocument, namingQuestions, passageHits } from '../../bench/naming-questions.js';
import { evalPaths } from '../../src/eval/corpus.js';
import type { EvalQuestion } from '../../src/eval/questions.js';
import { readQuestions } from '../../src/eval/run.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';

const paths = evalPaths(path.resolve(import.meta.dirname, '../..'));
let dir: string;
let bank: KnowledgeDocument[];
let questions: EvalQuestion[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'utblick-naming-'));
  await cp(paths.bankDocuments, path.join(dir, 'bank'), { recursive: true });
  bank = (await loadKnowledge(dir, { maxFileBytes: 10_000_000 })).documents;
  questions = await readQuestions(paths.bankQuestions);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const docNamed = (file: string) => bank.find((d) => d.id.endsWith(`/${file}`))!;

describe("the bench's questions that name their document", () => {
  it('are named by a case number or designation the document carries, in any shape, or by its title', () => {
    const a1 = docNamed('a1-utlatande.txt');
    expect(namesDocument('Vilka har ärendet (KS 2026/412) remitterats till?', a1)).toBe(true);
    expect(namesDocument('Vilka har ärendet (ks-dnr 2026/0412) remitterats till?', a1)).toBe(true);
    expect(namesDocument('Which agreement ends according to Utlåtande 2026:87?', a1)).toBe(true);
    expect(namesDocument(`Vad säger ${a1.meta.title}?`, a1)).toBe(true);
    expect(namesDocument('Vad kostar vänortsarbetet per år?', a1)).toBe(false);
    expect(
      namesDocument('Vilka har ärendet (KS 2026/412) remitterats till?', docNamed('b5-remiss-aldre.txt')),
    ).toBe(false);
  });

  it('are the answer questions of the bank that name their own document', () => {
    const named = namingQuestions(questions, bank);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const q of named) {
      expect(q.kind).toBe('answer');
      expect(namesDocument(q.q, docNamed(q.doc))).toBe(true);
    }
    expect(named.map((q) => q.id)).toContain('a001');
  });

  it("count a passage as MiniSearch's hit only in the question's document and with an expected phrase", () => {
    const q = namingQuestions(questions, bank).find((x) => x.id === 'a001')!;
    const a1 = docNamed('a1-utlatande.txt');
    expect(passageHits(q, a1, `… ${q.expect_any[0]} …`)).toBe(true);
    expect(passageHits(q, a1, 'nothing expected here')).toBe(false);
    expect(passageHits(q, docNamed('b5-remiss-aldre.txt'), q.expect_any[0]!)).toBe(false);
  });
});
