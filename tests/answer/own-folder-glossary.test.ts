import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';

// A folder of a user's own documents holds no glossary: the fictional Swedish referral answer alone.
const FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/answer-issuer/tu-kulturforvaltningen-residens.txt',
);

async function open(dir: string): Promise<KnowledgeBase> {
  return KnowledgeBase.open({
    dir,
    maxFileBytes: 1_000_000,
    clock: fixedClock('2027-03-01T10:00:00+01:00'),
    timeZone: 'Europe/Stockholm',
  });
}

function folderWithOnlyTheDocument(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'utblick-own-folder-'));
  copyFileSync(FIXTURE, path.join(dir, path.basename(FIXTURE)));
  return dir;
}

describe('a knowledge folder of your own documents, without glossary files', () => {
  it('answers English questions about Swedish text with the bundled glossary', async () => {
    const kb = await open(folderWithOnlyTheDocument());
    // "costs", "divided", "culture committee", "support" and "libraries" reach the Swedish text only through
    // the glossary.
    const ask = (q: string) => kb.snapshot.engine.answer(q);
    expect(ask('How should the costs of the programme be divided?').citations[0]?.quote).toBe(
      'Kostnaderna för programmet bör fördelas mellan kulturnämnden och kommunstyrelsen.',
    );
    expect(ask('Does the culture committee support the proposal?').citations[0]?.quote).toBe(
      'Kulturnämnden tillstyrker förslaget till program för konstnärsresidens.',
    );
    expect(ask('What does the administration think about the libraries?').citations[0]?.quote).toContain(
      'residensen knyts till stadens bibliotek',
    );
  });

  it("adds the folder's own glossary entries to the bundled ones, and a file of a bundled name replaces it", async () => {
    const dir = folderWithOnlyTheDocument();
    writeFileSync(path.join(dir, 'glossary.local.txt'), 'konstnärsresidens; residens | artist residency\n');
    const own = (await open(dir)).snapshot.lexicon;
    expect(own.glosses.get('konstnärsresidens')).toEqual(['artist residency']);
    expect(own.glosses.get('tillstyrka')).toContain('support');
    writeFileSync(path.join(dir, 'glossary.general.sv-en.txt'), 'tillstyrka | endorse\n');
    const replaced = (await open(dir)).snapshot.lexicon;
    expect(replaced.glosses.get('tillstyrka')).toEqual(['endorse']);
  });
});
