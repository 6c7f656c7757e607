import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';

// A fictional document written for this test.
const GUIDELINES = `Fiktivt testdokument

Riktlinjer för studieresor i Exempelstaden

Dessa riktlinjer upphör att gälla den 31 december 2026.

Studieresor godkänns av förvaltningschefen och ska redovisas inom två veckor efter hemkomst.
`;

describe('a document that stops applying while the server runs', () => {
  it('is answered as in force before its end date and with a note after it, without a reload', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'utblick-validity-'));
    writeFileSync(path.join(dir, 'riktlinjer-studieresor.txt'), GUIDELINES);
    let now = new Date('2026-12-30T10:00:00+01:00');
    const clock: Clock = { now: () => now };
    const kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock,
      timeZone: 'Europe/Stockholm',
    });
    const question = 'Vem godkänner studieresor?';

    const before = kb.snapshot.engine.answer(question);
    expect(before.abstained).toBe(false);
    expect(before.answer).not.toContain('upphörde att gälla');

    now = new Date('2027-01-02T10:00:00+01:00');
    const after = kb.snapshot.engine.answer(question);
    expect(after.citations[0]?.quote).toBe(before.citations[0]?.quote);
    expect(after.answer).toContain('upphörde att gälla 2026-12-31');
  });
});

describe('a note above the text that the document stops applying', () => {
  it('reads "ANTECKNING (…): Dessa riktlinjer upphör att gälla …" as the document saying so of itself', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'utblick-validity-'));
    writeFileSync(
      path.join(dir, 'riktlinjer-studieresor.txt'),
      GUIDELINES.replace(
        'Dessa riktlinjer upphör',
        'ANTECKNING (införd av kansliet 2026-11-20): Dessa riktlinjer upphör',
      ),
    );
    const kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock: { now: () => new Date('2027-01-02T10:00:00+01:00') },
      timeZone: 'Europe/Stockholm',
    });
    const answer = kb.snapshot.engine.answer('Vem godkänner studieresor?');
    expect(answer.answer).toContain('upphörde att gälla 2026-12-31');
  });
});
