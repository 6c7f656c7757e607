import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { buildLexicon, parseGlossary } from '../../src/search/lexicon.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { KNOWLEDGE_DIR, knowledgeWith } from '../support/knowledge.js';

// A fictional tjänsteutlåtande written for this test: a committee gives notice on a membership ("säger upp").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-end-membership');

describe('to end a membership or an agreement is to give notice on it ("säga upp")', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads "end" in a question as "säga upp" as well as "avsluta", by the general glossary', () => {
    const glossary = readFileSync(path.join(KNOWLEDGE_DIR, 'glossary.general.sv-en.txt'), 'utf8');
    const lexicon = buildLexicon(parseGlossary(glossary));
    const stems = analyzeQuestion('When does the membership end?', 'en', lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('uppsägning'));
    expect(stems).toContain(stemSwedish('avsluta'));
  });

  it('answers when a membership ends with the sentence that gives notice on it', () => {
    const result = kb.snapshot.engine.answer(
      'When does the culture committee end its membership in the network?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('säger upp medlemskapet');
  });
});
