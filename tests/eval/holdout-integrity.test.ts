import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const HOLDOUT = path.join(import.meta.dirname, '../fixtures/eval/holdout');

type Question = { id: string; kind: string; doc?: string; expect_any?: string[] };

function filesUnder(dir: string, prefix = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}

/**
 * The holdout is never tuned on nor edited to suit the engine: its files match the recorded hashes, and
 * nothing is added to or removed from the folder without a new list.
 */
describe('the holdout set', () => {
  const lines = readFileSync(path.join(HOLDOUT, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = lines.map((line) => line.split(/\s+/) as [string, string]);

  it.each(listed)('%s… is unchanged (%s)', (hash, file) => {
    const bytes = readFileSync(path.join(HOLDOUT, file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
  });

  it('lists every file in the folder, and only those', () => {
    const present = filesUnder(HOLDOUT).filter((f) => f !== './SHA256SUMS');
    expect(listed.map(([, file]) => file).sort()).toEqual(present.sort());
  });

  it('has the document of every answer question, and each expected phrase occurs in it', () => {
    const questions = readFileSync(path.join(HOLDOUT, 'questions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Question);
    for (const q of questions.filter((x) => x.kind === 'answer')) {
      const text = readFileSync(path.join(HOLDOUT, 'documents', q.doc!), 'utf8');
      for (const phrase of q.expect_any!) expect(text, `${q.id}: ${phrase}`).toContain(phrase);
    }
  });
});
