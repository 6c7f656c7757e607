import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/eval/questions.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/eval');
const read = (file: string) => parseQuestions(readFileSync(path.join(FIXTURES, file), 'utf8'), file);
const kinds = (file: string) => {
  const count: Record<string, number> = {};
  for (const q of read(file)) count[q.kind] = (count[q.kind] ?? 0) + 1;
  return count;
};

describe('question files', () => {
  it('reads the bank, the holdout and the dev questions with their kinds', () => {
    expect(kinds('bank/bank.jsonl')).toEqual({ answer: 73, decline: 28, clarify: 11 });
    expect(kinds('holdout/questions.jsonl')).toEqual({ answer: 42, decline: 17, clarify: 10 });
    // The dev file has no kind: "abstain": true is a decline, the others are answers without a document.
    expect(kinds('questions.dev.jsonl')).toEqual({ answer: 18, decline: 8 });
    expect(read('questions.dev.jsonl').every((q) => q.kind !== 'answer' || q.doc === undefined)).toBe(true);
  });

  it('rejects a line that breaks the format, with its line number', () => {
    const ok = '{"id": "x1", "q": "Vem?", "kind": "answer", "doc": "a.txt", "expect_any": ["Anna"]}';
    expect(() => parseQuestions(`${ok}\n{"id": "x2", "q": "Vem?", "kind": "answer"}`)).toThrow(/:2:/);
    expect(() =>
      parseQuestions('{"id": "c", "q": "Vilket?", "kind": "clarify", "candidates": [["KS 2026/1"]]}'),
    ).toThrow(/:1:/);
    expect(() => parseQuestions('{"id": "d", "q": "Vem?"}')).toThrow(/abstain/);
    expect(() => parseQuestions(`${ok}\n${ok}`)).toThrow(/duplicate id x1/);
  });
});
