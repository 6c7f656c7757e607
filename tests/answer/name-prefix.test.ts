import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional documents written for these tests, loaded beside the bundled seed: a web page on the
// network Portia, which gives its fee but no meeting, and a letter from the Port Cities Alliance with the
// date of its annual meeting. "Portia" begins with "Port", a word the letter writes.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-name-prefix');

describe('a name is met by itself, not by a shorter word it begins with', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines the date of Portia's annual meeting, which only the Port Cities Alliance's letter gives", () => {
    expect(ask('När hålls Portias årsmöte?').abstained).toBe(true);
  });

  it("answers the date of the Port Cities Alliance's annual meeting", () => {
    const result = ask('När hålls Port Cities Alliances årsmöte?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('3–4 May 2027');
  });

  it("answers Portia's fee from the page that names it", () => {
    const result = ask('Hur hög är Portias årsavgift?');
    expect(result.citations[0]!.quote).toContain('4 000 euro');
  });
});
