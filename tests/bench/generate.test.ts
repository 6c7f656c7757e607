import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenPhrases, GENERATED_MARK, generateTexts } from '../../bench/generate.js';
import { loadVocabulary } from '../../bench/vocabulary.js';
import { findCaseNumbers } from '../../src/text/case-number.js';

const root = path.resolve(import.meta.dirname, '../..');
const questionsFile = path.join(root, 'tests/fixtures/eval/questions.dev.jsonl');
const bankFile = path.join(root, 'tests/fixtures/eval/bank/bank.jsonl');
const knowledgeDir = path.join(root, 'knowledge');

async function corpus(seed: number, docs = 40) {
  const forbidden = await forbiddenPhrases(questionsFile, bankFile);
  return [...generateTexts({ docs, seed, knowledgeDir, forbidden })];
}

const squash = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ');

describe('the benchmark corpus generator', () => {
  it('gives the same documents for the same seed and different ones for another', async () => {
    const a = await corpus(11);
    expect(await corpus(11)).toEqual(a);
    expect((await corpus(12)).map((d) => d.text)).not.toEqual(a.map((d) => d.text));
  });

  it('marks every document as generated and gives it a case number and a referral deadline or a strategy', async () => {
    const docs = await corpus(3);
    for (const { text } of docs) {
      expect(text.split('\n')[0]).toBe(GENERATED_MARK);
      expect(findCaseNumbers(text).length).toBeGreaterThan(0);
    }
    const referrals = docs.filter((d) => /för yttrande senast den \d{1,2} \p{L}+ \d{4}\./u.test(d.text));
    expect(referrals.length).toBeGreaterThan(docs.length / 2);
    expect(referrals.length).toBeLessThan(docs.length);
  });

  it('never writes an expected phrase of the dev questions or the question bank', async () => {
    const forbidden = await forbiddenPhrases(questionsFile, bankFile);
    expect(forbidden).toContain('1 september 2008');
    expect(forbidden).toContain('1,4 miljoner kronor per år');
    // A clarifying question's candidates are named by case number or title: those are kept out too.
    expect(forbidden).toContain('ks 2026/412');
    const text = (await corpus(5, 300)).map((d) => squash(d.text)).join('\n');
    for (const phrase of forbidden) expect(text).not.toContain(phrase);
  });

  it('leaves no topic out: fees, costs, networks, the weather and meetings are written about', async () => {
    const text = (await corpus(6, 300)).map((d) => squash(d.text)).join('\n');
    for (const word of ['avgift', 'kostnad', 'eurocities', 'medlem', 'väder', 'konferens', 'per år'])
      expect(text, word).toContain(word);
  });

  it('draws on every glossary line: each has a term among the words the generator writes', () => {
    const v = loadVocabulary(knowledgeDir);
    const words = new Set([...v.nouns, ...v.verbs, ...v.adjectives, ...v.names].map((w) => w.toLowerCase()));
    const missing: string[] = [];
    for (const file of ['glossary.general.sv-en.txt', 'glossary.sv-en.txt']) {
      for (const line of readFileSync(path.join(knowledgeDir, file), 'utf8').split('\n')) {
        if (line.startsWith('#') || !line.includes('|')) continue;
        const terms = line
          .split('|')[0]!
          .replace(/\*/g, '')
          .split(';')
          .map((t) => t.trim().toLowerCase());
        if (!terms.some((t) => words.has(t))) missing.push(line);
      }
    }
    expect(missing).toEqual([]);
  });
});
