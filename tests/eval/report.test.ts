import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/types.js';
import type { Folds } from '../../src/eval/folds.js';
import { judge } from '../../src/eval/judge.js';
import { parseQuestions } from '../../src/eval/questions.js';
import { buildReport, reportText } from '../../src/eval/report.js';
import type { QuestionOutcome } from '../../src/eval/run.js';

const questions = parseQuestions(
  [
    '{"id": "q1", "lang": "sv", "q": "Vem?", "kind": "answer", "doc": "a.txt", "expect_any": ["Anna Berg"]}',
    '{"id": "q2", "lang": "en", "q": "Who?", "kind": "answer", "doc": "b.txt", "expect_any": ["Anna Berg"]}',
    '{"id": "q3", "lang": "en", "q": "Fee?", "kind": "decline", "abstain": true}',
    '{"id": "q4", "lang": "sv", "q": "När?", "kind": "clarify", "candidates": [["KS 2026/1"], ["KS 2026/2"]]}',
  ].join('\n'),
);

function answered(doc: string, text: string): AnswerResult {
  const citation = { doc, title: 'T', dnr: null, section: null, quote: text, score: 1, passageId: 'p' };
  return {
    question: 'q',
    lang: 'sv',
    intent: 'who',
    abstained: false,
    confidential: false,
    answer: text,
    citations: [{ ...citation, replacedBy: null, confidential: false }],
    clarify: [],
    cases: [],
  } as AnswerResult;
}

const results: AnswerResult[] = [
  answered('bank/a.txt', 'Anna Berg är handläggare.'),
  answered('bank/a.txt', 'Anna Berg is the case officer.'),
  answered('bank/a.txt', 'The fee is 10 euro.'),
  answered('bank/a.txt', 'Senast 2027-01-01.'),
];
const outcomes: QuestionOutcome[] = questions.map((question, i) => ({
  question,
  result: results[i]!,
  ms: 1,
  ...judge(question, results[i]!),
}));
const folds: Folds = {
  k: 2,
  rule: 'test',
  folds: [
    { fold: 1, documents: ['a.txt'], questions: ['q1', 'q3'] },
    { fold: 2, documents: ['b.txt'], questions: ['q2', 'q4'] },
  ],
};

describe('the evaluation report', () => {
  it('gives figures overall, by kind, by language, by document and by fold, with each fold listing its misses', () => {
    const report = buildReport('bank', outcomes, { folds });
    expect(report.overall).toMatchObject({ hits: 1, total: 4, score: 0.25 });
    expect(report.byKind.map((r) => [r.key, r.hits, r.total])).toEqual([
      ['answer', 1, 2],
      ['decline', 0, 1],
      ['clarify', 0, 1],
    ]);
    expect(report.byLang.map((r) => [r.key, r.hits, r.total])).toEqual([
      ['en', 0, 2],
      ['sv', 1, 2],
    ]);
    expect(report.byDocument.map((r) => [r.key, r.hits, r.total])).toEqual([
      ['(none)', 0, 2],
      ['a.txt', 1, 1],
      ['b.txt', 0, 1],
    ]);
    expect(report.byFold?.map((f) => [f.fold, f.hits, f.total, f.missed])).toEqual([
      [1, 1, 2, [{ id: 'q3', outcome: 'answered_should_decline' }]],
      [
        2,
        0,
        2,
        [
          { id: 'q2', outcome: 'wrong_document' },
          { id: 'q4', outcome: 'should_ask_back' },
        ],
      ],
    ]);
    expect(report.folds).toEqual({ mean: 0.25, min: 0 });
    expect(report.outcomes).toMatchObject({ right: 1, wrong_document: 1, should_ask_back: 1 });
  });

  it('writes text tables in Swedish and in English', () => {
    const report = buildReport('bank', outcomes, { folds });
    const sv = reportText(report, 'sv');
    expect(sv).toContain('bank: 1/4 rätt, 0.25');
    expect(sv).toMatch(/svar\s+avböj\s+motfråga/);
    expect(sv).toContain('fold 2 (b.txt), missar: q2 wrong_document, q4 should_ask_back');
    const en = reportText(report, 'en', { verbose: true });
    expect(en).toContain('bank: 1/4 right, 0.25');
    expect(en).toContain('(no document)');
    expect(en).toMatch(/MISS q2 +wrong_document/);
  });
});
