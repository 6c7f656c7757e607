import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional municipalities: Norrvik's board meeting page states its time and place and names the town only
// in its breadcrumb trail; Västerby's board minutes name the town and state no meeting.
// A question naming Västerby is not answered with Norrvik's meeting.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-town');

describe('a meeting asked with a place name', () => {
  it("is not another town's meeting that lacks the name", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const result = engine.answer('När sammanträdde kommunstyrelsen i Västerby?');
    expect(result.citations.map((c) => c.doc)).not.toContain('norrvik-ks-sammantrade-2027-03-10.txt');
    // The town's own meeting page still answers a question naming it, though only its breadcrumb trail, which
    // reading sets aside, names the town.
    expect(engine.answer('När sammanträder kommunstyrelsen i Norrvik?').citations[0]?.doc).toBe(
      'norrvik-ks-sammantrade-2027-03-10.txt',
    );
  });
});
