import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
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

    // The seed document still answers its own questions beside the new one.
    expect(ask('När ska yttrandet om det internationella arbetet vara inne?').answer).toContain(
      '1 september 2008',
    );
  });
});
