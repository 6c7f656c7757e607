import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/eval');

/** Every holdout set: its folder and its question file. Each is checked against its own SHA256SUMS. */
const HOLDOUTS = [
  { name: 'holdout', questions: 'questions.jsonl' },
  { name: 'holdout2', questions: 'questions.jsonl' },
  { name: 'holdout3', questions: 'questions.jsonl' },
] as const;

type Question = { id: string; kind: string; doc?: string; expect_any?: string[] };

function filesUnder(dir: string, prefix = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}

/**
 * A holdout is never tuned on nor edited to suit the engine: its files match the recorded hashes, and
 * nothing is added to or removed from the folder without a new list.
 */
describe.each(HOLDOUTS)('the $name set', ({ name, questions: questionFile }) => {
  const dir = path.join(FIXTURES, name);
  const lines = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = lines.map((line) => line.split(/\s+/) as [string, string]);

  it.each(listed)('%s… is unchanged (%s)', (hash, file) => {
    const bytes = readFileSync(path.join(dir, file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
  });

  it('lists every file in the folder, and only those', () => {
    const present = filesUnder(dir).filter((f) => f !== './SHA256SUMS');
    expect(listed.map(([, file]) => file).sort()).toEqual(present.sort());
  });

  it('has the document of every answer question, and each expected phrase occurs in it', () => {
    const questions = readFileSync(path.join(dir, questionFile), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Question);
    for (const q of questions.filter((x) => x.kind === 'answer')) {
      const text = readFileSync(path.join(dir, 'documents', q.doc!), 'utf8');
      for (const phrase of q.expect_any!) expect(text, `${q.id}: ${phrase}`).toContain(phrase);
    }
  });
});

describe('the holdout sets together', () => {
  it('use document names and question ids that no other set uses', () => {
    const docs = HOLDOUTS.flatMap(({ name }) => readdirSync(path.join(FIXTURES, name, 'documents')));
    const bank = readdirSync(path.join(FIXTURES, 'bank/documents'));
    expect(new Set([...docs, ...bank]).size).toBe(docs.length + bank.length);
    const ids = HOLDOUTS.flatMap(({ name, questions }) =>
      readFileSync(path.join(FIXTURES, name, questions), 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Question).id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
