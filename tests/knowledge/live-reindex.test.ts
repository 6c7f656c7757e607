import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { type KnowledgeWatcher, watchKnowledge } from '../../src/runtime/knowledge-watcher.js';
import { copyOfKnowledge, TODAY } from '../support/knowledge.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/knowledge');

async function until<T>(probe: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A copy of the bundled knowledge, loaded and watched, ready for files to be dropped in. */
async function watchedCopy() {
  const dir = copyOfKnowledge();
  const kb = await KnowledgeBase.open({
    dir,
    maxFileBytes: 5_000_000,
    clock: fixedClock(TODAY),
    timeZone: 'Europe/Stockholm',
  });
  const watching = watchKnowledge(kb, silentLogger, { debounceMs: 100 });
  await watching.ready;
  return { dir, kb, watching };
}

describe('live re-indexing', () => {
  let watcher: KnowledgeWatcher | null = null;
  afterEach(async () => {
    await watcher?.close();
    watcher = null;
  });

  it('picks up added, changed and removed files without a restart, answering all the while', async () => {
    const { dir, kb, watching } = await watchedCopy();
    watcher = watching;
    const ask = (q: string) => kb.snapshot.engine.answer(q);
    expect(ask('När ska remissen om cykelplanen besvaras?').abstained).toBe(true);

    copyFileSync(
      path.join(FIXTURES, 'fiktiv-remiss-cykelplan.md'),
      path.join(dir, 'fiktiv-remiss-cykelplan.md'),
    );
    writeFileSync(path.join(dir, 'anteckning.xyz'), 'not a document');
    await until(() => kb.status().documents === 2);
    expect(ask('När ska remissen om cykelplanen besvaras?').answer).toContain('15 mars');
    expect(kb.status().skipped).toEqual([{ file: 'anteckning.xyz', reason: 'unsupported file type .xyz' }]);
    // The seed keeps answering throughout.
    expect(ask('Who is responsible for EU monitoring?').abstained).toBe(false);

    rmSync(path.join(dir, 'fiktiv-remiss-cykelplan.md'));
    await until(() => kb.status().documents === 1);
    expect(ask('När ska remissen om cykelplanen besvaras?').abstained).toBe(true);
  });
});

describe('real documents dropped in while running', () => {
  let watcher: KnowledgeWatcher | null = null;
  afterEach(async () => {
    await watcher?.close();
    watcher = null;
  });

  it('answers from a PDF and a Word referral within seconds, and reports a broken file while the rest keeps answering', async () => {
    const formats = path.resolve(import.meta.dirname, '../fixtures/formats');
    const { dir, kb, watching } = await watchedCopy();
    watcher = watching;

    copyFileSync(path.join(formats, 'remiss-fiktiv.pdf'), path.join(dir, 'remiss-fiktiv.pdf'));
    copyFileSync(path.join(formats, 'remiss-fiktiv.docx'), path.join(dir, 'remiss-fiktiv-word.docx'));
    writeFileSync(path.join(dir, 'trasig.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
    await until(() => kb.status().documents === 3 && kb.status().skipped.length === 1);

    expect(kb.status().skipped[0]).toMatchObject({ file: 'trasig.pdf' });
    expect(kb.status().skipped[0]!.reason).toMatch(/PDF/);
    for (const id of ['remiss-fiktiv.pdf', 'remiss-fiktiv-word.docx']) {
      const doc = kb.snapshot.documents.find((d) => d.id === id)!;
      expect(doc.meta.deadline?.date).toBe('2026-11-30');
      expect(doc.meta.kind).toBe('referral');
    }
    const answer = kb.snapshot.engine.answer(
      'När ska remissen om riktlinjer för internationella nätverk besvaras?',
    );
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('30 november 2026');
    expect(
      kb.snapshot.engine.answer('Vem ansvarar för bevakning och påverkan?').citations[0]!.quote,
    ).toContain('bolagsstyrelser ansvarar');
  });
});

describe('which document is in force', () => {
  it('says that a cited document has been replaced, and by which document', async () => {
    const dir = copyOfKnowledge();
    copyFileSync(
      path.join(FIXTURES, 'fiktiv-strategi-omvarldsbevakning.md'),
      path.join(dir, 'fiktiv-strategi-omvarldsbevakning.md'),
    );
    const kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock: fixedClock(TODAY),
      timeZone: 'Europe/Stockholm',
    });
    const old = kb.snapshot.documents.find((d) => d.id === 'fiktiv-strategi-omvarldsbevakning.md')!;
    expect(old.meta).toMatchObject({
      status: 'replaced',
      replacedBy: 'Övergripande mål och riktlinjer för det internationella arbetet',
    });

    const result = kb.snapshot.engine.answer('Vem samordnar stadens gemensamma omvärldsbevakning?');
    expect(result.citations[0]!.doc).toBe('fiktiv-strategi-omvarldsbevakning.md');
    expect(result.answer).toContain(
      'har ersatts av ”Övergripande mål och riktlinjer för det internationella arbetet”',
    );
  });
});
