/**
 * The naive baseline the answer quality is compared with: MiniSearch with default settings over the lines
 * of the knowledge documents; its answer is the top line, and it never declines.
 * Usage: npx tsx bench/eval-baseline.ts tests/fixtures/eval/questions.dev.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { parseQuestions } from '../src/eval/questions.js';

const dir = path.resolve('knowledge');
const lines: { id: number; text: string }[] = [];
for (const name of readdirSync(dir)) {
  if (name.startsWith('glossary.') || !/\.(txt|md)$/.test(name)) continue;
  for (const text of readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) {
    if (text.trim()) lines.push({ id: lines.length, text });
  }
}
const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
search.addAll(lines);

const squash = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ');
const questions = parseQuestions(
  readFileSync(process.argv[2] ?? 'tests/fixtures/eval/questions.dev.jsonl', 'utf8'),
);
let top1 = 0;
let answerable = 0;
let declined = 0;
for (const q of questions) {
  const hit = search.search(q.q)[0] as unknown as { text: string } | undefined;
  if (q.kind !== 'answer') {
    if (!hit) declined++;
    continue;
  }
  answerable++;
  if (hit && q.expect_any.some((e) => squash(hit.text).includes(squash(e)))) top1++;
}
console.log(
  `MiniSearch over lines (defaults): top-1 ${top1}/${answerable}, declined ${declined}/${questions.length - answerable}`,
);
