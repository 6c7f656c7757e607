import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BANK = path.join(import.meta.dirname, '../fixtures/eval/bank');
const TRAIN = path.join(import.meta.dirname, '../fixtures/eval/train');

/** The question bank is measured on, never edited to suit the engine: its files match the recorded hashes. */
describe('the question bank', () => {
  const lines = readFileSync(path.join(BANK, 'SHA256SUMS'), 'utf8').trim().split('\n');

  it.each(lines.map((line) => line.split(/\s+/) as [string, string]))(
    '%s… is unchanged (%s)',
    (hash, file) => {
      const bytes = readFileSync(path.join(BANK, file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    },
  );

  it('lists every document the questions name', () => {
    const named = readFileSync(path.join(BANK, 'bank.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { doc?: string })
      .flatMap((q) => (q.doc ? [q.doc] : []));
    const listed = new Set(lines.map((l) => path.basename(l.split(/\s+/)[1]!)));
    for (const doc of new Set(named)) expect(listed.has(doc)).toBe(true);
  });
});

/** The training set may be fitted on, but is changed only on purpose: its files match the recorded hashes. */
describe('the training set', () => {
  const lines = readFileSync(path.join(TRAIN, 'SHA256SUMS'), 'utf8').trim().split('\n');

  it.each(lines.map((line) => line.split(/\s+/) as [string, string]))(
    '%s… is unchanged (%s)',
    (hash, file) => {
      const bytes = readFileSync(path.join(TRAIN, file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    },
  );

  it('lists every document the questions name', () => {
    const named = readFileSync(path.join(TRAIN, 'train.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { doc?: string })
      .flatMap((q) => (q.doc ? [q.doc] : []));
    const listed = new Set(lines.map((l) => path.basename(l.split(/\s+/)[1]!)));
    for (const doc of new Set(named)) expect(listed.has(doc)).toBe(true);
  });
});
