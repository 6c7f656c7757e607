/**
 * Prints how many fields the extractor reads right on the fixture documents, on the question bank's
 * documents (with the seed) and, on a line of its own, on the holdout documents:
 *   npx tsx tests/knowledge/measure-extraction.ts [--misses]
 * `--misses` lists what was missed on the fixtures and the bank only: the holdout is never looked into
 * (tests/fixtures/eval/holdout/README.md), so its figure is all this prints about it.
 */
import path from 'node:path';
import { type Expected, fromHoldout, type HoldoutExpected, scoreFolder } from './support/extraction-score.js';

const root = path.resolve(import.meta.dirname, '../..');
type Measured = { label: string; docs: string; expected: string; read?: (json: unknown) => Expected };
const sets: Measured[] = [
  {
    label: 'fixtures (tests/fixtures/documents)',
    docs: 'tests/fixtures/documents/files',
    expected: 'tests/fixtures/documents/expected',
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
    set.read,
  );
  console.log(`${set.label}: ${score.right}/${score.total} fields right in ${score.docs} documents`);
  if (showMisses)
    for (const m of score.misses)
      console.log(
        `  ${m.doc} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
      );
}

// The holdout: scored apart and reported on its own line, never with its misses.
const holdout = await scoreFolder(
  path.join(root, 'tests/fixtures/eval/holdout/expected'),
  [path.join(root, 'tests/fixtures/eval/holdout/documents')],
  (json) => fromHoldout(json as HoldoutExpected),
);
console.log(
  `holdout (tests/fixtures/eval/holdout, never tuned on): ${holdout.right}/${holdout.total} fields right in ${holdout.docs} documents`,
);
