/**
 * Prints how many fields the extractor reads right on the fixture documents and on the question bank's
 * documents (with the seed):  npx tsx tests/knowledge/measure-extraction.ts [--misses]
 */
import path from 'node:path';
import { scoreFolder } from './support/extraction-score.js';

const root = path.resolve(import.meta.dirname, '../..');
const sets = [
  [
    'fixtures (tests/fixtures/documents)',
    'tests/fixtures/documents/files',
    'tests/fixtures/documents/expected',
  ],
  ['bank documents', 'tests/fixtures/eval/bank/documents', 'tests/fixtures/documents/expected-bank'],
] as const;
const showMisses = process.argv.includes('--misses');
for (const [label, docs, expected] of sets) {
  const score = await scoreFolder(path.join(root, expected), [
    path.join(root, docs),
    path.join(root, 'knowledge'),
  ]);
  console.log(`${label}: ${score.right}/${score.total} fields right in ${score.docs} documents`);
  if (showMisses)
    for (const m of score.misses)
      console.log(
        `  ${m.doc} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
      );
}
