import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalCorpus, evalPaths, loadCorpus } from '../../src/eval/corpus.js';
import { readQuestions, runQuestions, scoreOf } from '../../src/eval/run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('running questions on a loaded corpus', () => {
  let corpus: EvalCorpus;
  beforeAll(async () => {
    corpus = await loadCorpus('bank', ROOT);
  });

  it('loads the seed and the bank documents once, the bank under its own folder, on the bank date', () => {
    const ids = corpus.documents.map((d) => d.id);
    expect(ids.filter((id) => id.startsWith('bank/'))).toHaveLength(9);
    expect(ids).toContain('bank/a1-utlatande.txt');
    expect(corpus.size.documents).toBe(ids.length);
    expect(corpus.clock.now().toISOString()).toBe('2027-03-01T09:00:00.000Z');
  });

  it('judges every question, and a fresh engine on the same index answers as the loaded one', async () => {
    const questions = await readQuestions(evalPaths(ROOT).bankQuestions);
    const outcomes = runQuestions(questions, corpus.engine);
    expect(outcomes).toHaveLength(questions.length);
    expect(outcomes.every((o) => o.result.question.length > 0)).toBe(true);
    const again = runQuestions(questions, corpus.engineWith({}));
    expect(again.map((o) => o.outcome)).toEqual(outcomes.map((o) => o.outcome));
    expect(scoreOf(again)).toEqual(scoreOf(outcomes));
    // Twice the bank's 112 questions: 10 s alone, over 40 s on a machine shared with other runs.
  }, 120_000);
});
