import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions, scoreQuestions } from '../../src/eval/score.js';
import { bundledKnowledge } from '../support/knowledge.js';

describe('answer quality on the dev questions', () => {
  it('gets at least 17 of 18 right at top-1, declines at least 7 of 8, and declines no answerable question', async () => {
    const kb = await bundledKnowledge();
    const file = path.resolve(import.meta.dirname, '../fixtures/eval/questions.dev.jsonl');
    const summary = scoreQuestions(parseQuestions(readFileSync(file, 'utf8')), (q) =>
      kb.snapshot.engine.answer(q),
    );
    expect(summary.answerable).toBe(18);
    expect(summary.top1).toBeGreaterThanOrEqual(17);
    expect(summary.declined).toBeGreaterThanOrEqual(7);
    expect(summary.wronglyDeclined).toBe(0);
  });
});
