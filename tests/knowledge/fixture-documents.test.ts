import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { findDates } from '../../src/text/dates.js';
import { scoreFolder } from './support/extraction-score.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/documents/files');
const BANK = path.join(ROOT, 'tests/fixtures/eval/bank/documents');
const SEED = path.join(ROOT, 'knowledge');

describe('documents in further layouts (tests/fixtures/documents)', () => {
  it('reads the cases and fields each document states', async () => {
    const score = await scoreFolder(path.join(ROOT, 'tests/fixtures/documents/expected'), [FIXTURES]);
    // Every miss is listed, so that a regression names the field it broke.
    expect(score.misses).toEqual([]);
    expect(score.docs).toBe(18);
  });

  it('reads the question bank documents and the seed as a careful reader does', async () => {
    const score = await scoreFolder(path.join(ROOT, 'tests/fixtures/documents/expected-bank'), [BANK, SEED]);
    expect(score.misses).toEqual([]);
  });
});

describe('deadlines and evidence', () => {
  it('gives a deadline only to referral cases, each with a full date and its sentence as evidence', async () => {
    let deadlines = 0;
    for (const dir of [FIXTURES, BANK, SEED]) {
      const { documents } = await loadKnowledge(dir, { maxFileBytes: 10 * 1024 * 1024 });
      for (const doc of documents) {
        const byId = new Map(doc.passages.map((p) => [p.id, p]));
        for (const c of doc.cases) {
          for (const field of [
            c.title,
            c.dnr,
            c.referral,
            c.sender,
            c.recipients,
            c.caseOfficer,
            c.deadline,
          ]) {
            if (field?.evidence.source !== 'text') continue;
            // Text evidence is verbatim: part of the passage it names, or the heading that passage is under.
            const passage = byId.get(field.evidence.passageId);
            const sentence = field.evidence.sentence;
            const verbatim =
              passage !== undefined && (passage.text.includes(sentence) || passage.section === sentence);
            expect(verbatim, `${doc.id} ${field.evidence.passageId}: ${sentence}`).toBe(true);
          }
          if (!c.deadline) continue;
          deadlines++;
          expect(c.referral?.value, `${doc.id} ${c.id}`).toBe(true);
          const full = findDates(c.deadline.evidence.sentence, null).filter((d) => !d.inferredYear);
          expect(
            full.map((d) => d.date),
            `${doc.id}: ${c.deadline.evidence.sentence}`,
          ).toContain(c.deadline.value);
        }
      }
    }
    expect(deadlines).toBeGreaterThanOrEqual(10);
  });
});
