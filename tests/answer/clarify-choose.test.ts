import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeClarify } from '../../src/answer/case-answer.js';
import type { ClarifyOption } from '../../src/answer/types.js';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { copyOfKnowledge } from '../support/knowledge.js';

const BANK = path.resolve(import.meta.dirname, '../fixtures/eval/bank/documents');

describe('asking back and choosing a case', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const dir = copyOfKnowledge();
    for (const name of readdirSync(BANK)) copyFileSync(path.join(BANK, name), path.join(dir, name));
    kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock: fixedClock('2027-03-01T10:00:00+01:00'),
      timeZone: 'Europe/Stockholm',
    });
  });

  it('asks back when a question fits several documents, and answers about the chosen one', () => {
    const asked = kb.snapshot.engine.answer('Vad kostar det per år?');
    expect(asked.abstained).toBe(false);
    expect(asked.citations).toEqual([]);
    const documents = new Set(asked.clarify.map((c) => c.doc));
    expect(documents.size).toBe(asked.clarify.length);
    expect(documents.size).toBeGreaterThan(1);
    expect(asked.answer).toMatch(/^Frågan passar flera ärenden/);

    const choice = asked.clarify.find((c) => c.doc === 'a1-utlatande.txt')!;
    const chosen = kb.snapshot.engine.answer('Vad kostar det per år?', { caseIds: [choice.case] });
    expect(chosen.clarify).toEqual([]);
    expect(chosen.citations[0]!.doc).toBe('a1-utlatande.txt');
    expect(chosen.cases).toEqual([choice.case]);
  });

  it('answers a question that names its case by number, without asking back', () => {
    const result = kb.snapshot.engine.answer('Vem är handläggare för ärende 2026-17542?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toBe('Handläggare är Jonas Berglind, telefon 08-508 28 447.');
    expect(result.citations[0]!.doc).toBe('a3-tjansteutlatande-miljo.txt');
  });

  it('declines a question about a case number no document carries', () => {
    const result = kb.snapshot.engine.answer('När ska remissvaret om KS 2031/9999 vara inne?');
    expect(result.abstained).toBe(true);
    expect(result.clarify).toEqual([]);
  });
});

describe('how the choices read', () => {
  const option = (n: number, extra: Partial<ClarifyOption> = {}): ClarifyOption => ({
    doc: `doc-${n}.txt`,
    case: `doc-${n}.txt#case:0`,
    title: `Remiss av förslag till långsiktig strategi för stadens internationella samarbete, del ${n}`,
    dnr: `KS 2027/10${n}`,
    date: '2027-02-10',
    referredAs: `KS 2026/90${n}`,
    ...extra,
  });

  it('names the meeting of an agenda item, whose own title says little', () => {
    const text = composeClarify('sv', [
      option(1, { title: 'Val av justerare', meeting: 'Idrottsnämnden, kallelse 2027-03-23', dnr: null }),
      option(2, { title: 'Val av justerare', meeting: 'Kulturnämnden, protokoll 2027-03-24', dnr: null }),
    ]);
    expect(text).toContain('”Val av justerare” (Idrottsnämnden, kallelse 2027-03-23');
    expect(text).toContain('Kulturnämnden, protokoll 2027-03-24');
  });

  it('shows what each case says, so that a choice can be made by the answer too', () => {
    const text = composeClarify('sv', [
      option(1, {
        title: 'Val av justerare',
        meeting: 'Idrottsnämnden, kallelse 2027-03-23',
        dnr: null,
        preview: 'Nämnden utser Sanna Mäkinen (M) att justera protokollet.',
      }),
      option(2, {
        title: 'Val av justerare',
        meeting: 'Kulturnämnden, protokoll 2027-03-24',
        dnr: null,
        preview: 'Nämnden utser Rolf Ek (L) att justera protokollet.',
      }),
    ]);
    expect(text).toContain('Sanna Mäkinen');
    expect(text).toContain('Rolf Ek');
  });

  it('keeps what each of five meetings says, shortened, before it drops the sentences', () => {
    const names = ['Rolf Ek', 'Sara Lind', 'Olle Berg', 'Maja Holm', 'Kim Ali'];
    const options = names.map((name, i) =>
      option(i + 1, {
        title: 'Val av justerare och tid för justering',
        meeting: `Enskede-Årsta-Vantörs stadsdelsnämnd, föredragningslista 2026-11-1${i}`,
        dnr: null,
        date: `2026-11-1${i}`,
        referredAs: undefined,
        preview: `Justerare: ${name} (M)`,
      }),
    );
    const text = composeClarify('sv', [...options, option(6), option(7)]);
    expect(text.length).toBeLessThanOrEqual(600);
    for (const name of names) expect(text).toContain(name);
  });

  it('keeps the date of the one meeting among the choices when its name is cut before it', () => {
    const long = 'Enskede-Årsta-Vantörs stadsdelsnämnd, föredragningslista 2026-11-19';
    const options = [1, 2, 3, 4, 5].map((n) =>
      option(n, {
        title: 'Strategi för internationella kontakter och besök i stadsdelen',
        preview: 'Förvaltningen föreslår att nämnden besvarar remissen i enlighet med tjänsteutlåtandet.',
        ...(n === 1 ? { meeting: long, date: '2026-11-19' } : {}),
      }),
    );
    const text = composeClarify('sv', options);
    expect(text).not.toContain(long);
    expect(text).toContain('2026-11-19');
  });

  it('leaves out an agenda’s "Förslag:" before what a choice says', () => {
    const text = composeClarify('sv', [
      option(1, {
        title: 'Justering',
        dnr: null,
        preview: 'Förslag: Nämnden utser Sanna Mäkinen (M) att justera.',
      }),
      option(2, {
        title: 'Justering',
        dnr: null,
        preview: 'Förslag: Nämnden utser Rolf Ek (L) att justera.',
      }),
    ]);
    expect(text).toContain('”Nämnden utser Sanna Mäkinen (M)');
    expect(text).not.toContain('Förslag:');
  });

  it('shortens long titles so that all five choices and their case numbers fit in one answer', () => {
    const options = [1, 2, 3, 4, 5].map((n) =>
      option(n, {
        meeting: 'Enskede-Årsta-Vantörs stadsdelsnämnd, föredragningslista 2026-11-19',
        preview: 'Förvaltningen föreslår att nämnden besvarar remissen i enlighet med tjänsteutlåtandet.',
      }),
    );
    const text = composeClarify('en', options);
    expect(text.length).toBeLessThanOrEqual(600);
    for (const o of options) {
      expect(text).toContain(o.dnr!);
      expect(text).toContain(o.referredAs!);
    }
  });
});
