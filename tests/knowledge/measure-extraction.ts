/**
 * Prints how many fields the extractor reads right on the fixture documents (the first twelve, and the
 * ones written after them, apart), on the question bank's documents (with the seed) and, on a line of
 * its own and only when asked, on the holdout documents:
 *   npx tsx tests/knowledge/measure-extraction.ts [--misses] [--holdout]
 * `--misses` lists what was missed on the fixtures and the bank only. The holdout is never looked into
 * (tests/fixtures/eval/holdout/README.md): its figure is all this prints about it, and it is asked for
 * apart (`--holdout`), so that working on the extractor does not measure it run after run.
 */
import path from 'node:path';
import {
  fromHoldout,
  type HoldoutExpected,
  type ScoreOptions,
  scoreFolder,
} from './support/extraction-score.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIRST_FIXTURES = 12;
const fixtureNumber = (file: string) => Number(/^(\d+)-/.exec(file)?.[1] ?? 0);
type Measured = { label: string; docs: string; expected: string; options?: ScoreOptions };
const sets: Measured[] = [
  {
    label: 'fixtures 01–12 (tests/fixtures/documents)',
    docs: 'tests/fixtures/documents/files',
    expected: 'tests/fixtures/documents/expected',
    options: { only: (f) => fixtureNumber(f) <= FIRST_FIXTURES },
  },
  {
    label: 'fixtures 13– (tests/fixtures/documents, further layouts)',
    docs: 'tests/fixtures/documents/files',
    expected: 'tests/fixtures/documents/expected',
    options: { only: (f) => fixtureNumber(f) > FIRST_FIXTURES },
  },
  {
    label: 'bank documents',
    docs: 'tests/fixtures/eval/bank/documents',
    expected: 'tests/fixtures/documents/expected-bank',
  },
];
const showMisses = process.argv.includes('--misses');
for (const set of sets) {
  const score = await scoreFolder(
    path.join(root, set.expected),
    [path.join(root, set.docs), path.join(root, 'knowledge')],
    set.options,
  );
  console.log(`${set.label}: ${score.right}/${score.total} fields right in ${score.docs} documents`);
  if (showMisses)
    for (const m of score.misses)
      console.log(
        `  ${m.doc} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
      );
}

// The holdout: scored apart and reported on its own line, never with its misses.
if (process.argv.includes('--holdout')) {
  const holdout = await scoreFolder(
    path.join(root, 'tests/fixtures/eval/holdout/expected'),
    [path.join(root, 'tests/fixtures/eval/holdout/documents')],
    { read: (json) => fromHoldout(json as HoldoutExpected) },
  );
  console.log(
    `holdout (tests/fixtures/eval/holdout, never tuned on): ${holdout.right}/${holdout.total} fields right in ${holdout.docs} documents`,
  );
}
