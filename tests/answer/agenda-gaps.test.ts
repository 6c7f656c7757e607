import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page that leaves out most of its agenda's items (2, 3, 9, 14, 15 are shown), each item a
// caption line ending in a full stop, with its case numbers on the lines below.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agenda-gaps');
const PAGE = 'norrmalm-sammantrade-2028-04-11.txt';

describe("a meeting page that shows only some of its agenda's items", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads each shown item as a case of its own, with its own case number', () => {
    const cases = kb.snapshot.documents.find((d) => d.id === PAGE)!.cases;
    expect(cases.map((c) => c.item)).toEqual(['2', '3', '9', '14', '15']);
    expect(cases.find((c) => c.item === '15')?.dnr?.value).toBe('1.5.1-133-2028');
    expect(cases.find((c) => c.item === '15')?.otherDnrs).toEqual(['KS 2028/204']);
  });

  it("answers an item's case number from that item, not from the one before it", () => {
    const result = kb.snapshot.engine.answer(
      'Vilket diarienummer har remissen om riktlinjerna för internationella besök?',
    );
    expect(result.answer).toContain('1.5.1-133-2028');
  });
});
