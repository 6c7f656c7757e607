import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BANK = path.join(import.meta.dirname, '../fixtures/eval/bank');
const TRAIN = path.join(import.meta.dirname, '../fixtures/eval/train');

/**
 * The question bank is measured on, never edited to suit the engine; the training set may be fitted on, but
 * is changed only on purpose: the files of both match their recorded hashes.
 */
describe.each([
  { set: 'the question bank', dir: BANK, questions: 'bank.jsonl' },
  { set: 'the training set', dir: TRAIN, questions: 'train.jsonl' },
])('$set', ({ dir, questions }) => {
  const lines = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');

  it.each(lines.map((line) => line.split(/\s+/) as [string, string]))(
    '%s… is unchanged (%s)',
    (hash, file) => {
      const bytes = readFileSync(path.join(dir, file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    },
  );

  it('lists every document the questions name', () => {
    const named = readFileSync(path.join(dir, questions), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { doc?: string })
      .flatMap((q) => (q.doc ? [q.doc] : []));
    const listed = new Set(lines.map((l) => path.basename(l.split(/\s+/)[1]!)));
    for (const doc of new Set(named)) expect(listed.has(doc)).toBe(true);
  });
});
