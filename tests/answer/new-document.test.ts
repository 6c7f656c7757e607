import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { copyOfKnowledge } from '../support/knowledge.js';

// The fixture is a fictional referral, clearly marked as such in its first line.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/knowledge/fiktiv-remiss-cykelplan.md');

describe('a document dropped into knowledge/', () => {
  it('is answerable with no code change: deadline, case number, responsibility and recipients', async () => {
    const dir = copyOfKnowledge();
    copyFileSync(FIXTURE, path.join(dir, 'fiktiv-remiss-cykelplan.md'));
    const kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock: fixedClock('2026-01-10T09:00:00+01:00'),
      timeZone: 'Europe/Stockholm',
    });
    const ask = (q: string) => kb.snapshot.engine.answer(q);

    const deadline = ask('När ska remissen om cykelplanen besvaras?');
    expect(deadline.abstained).toBe(false);
    expect(deadline.answer).toContain('söndag 15 mars 2026');
    expect(deadline.citations[0]!.doc).toBe('fiktiv-remiss-cykelplan.md');

    expect(ask('What is the case number of the cycling plan referral?').answer).toContain('KS 2025/0417');

    const responsible = ask('Who is responsible for the regional cycle route?');
    expect(responsible.citations[0]!.quote).toBe(
      'Trafikkontoret ansvarar för att bygga ut det regionala cykelstråket längs vattnet.',
    );

    const recipients = ask('Vilka fler instanser har fått remissen om cykelplanen?');
    expect(recipients.answer).toContain('Kulturnämnden');

    // With two referrals and nothing in the question to tell them apart, it asks back with both.
    const both = ask('When is the reply due?');
    expect(both.answer).toMatch(/^The question fits several cases/);
    expect(both.clarify.map((c) => [c.doc, c.dnr, c.date])).toEqual([
      ['fiktiv-remiss-cykelplan.md', 'KS 2025/0417', '2026-03-15'],
      ['000_0e4e3719d66b1344.txt', '006-1137/2007', '2008-09-01'],
    ]);
    const chosen = kb.snapshot.engine.answer('When is the reply due?', { caseIds: [both.clarify[0]!.case] });
    expect(chosen.answer).toContain('Sunday, 15 March 2026');

    // Field lines in Markdown stay apart: the case officer's name is not run together with the phone line.
    expect(ask('Vem är handläggare för cykelplanen?').answer).toBe(
      'Handläggare är Maja Exempelsson, telefon 08-508 00 000.',
    );

    // The seed document still answers its own questions beside the new one.
    expect(ask('När ska yttrandet om det internationella arbetet vara inne?').answer).toContain(
      '1 september 2008',
    );
  });
});
