import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captionsToTranscript } from '../../src/knowledge/captions.js';
import { loadDocument } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

/**
 * How a caption file (a recorded information meeting's WebVTT subtitles) and a web page of proposals whose
 * entries are opened by the same field ("Inkom: …", "Diarienummer:" over its number) are read: the fictional
 * documents of tests/fixtures/reading-captions-records.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/reading-captions-records');
const CAPTIONS = 'fiktiv-textning-informationsmote-vanortsstipendium.vtt';
const PROPOSALS = 'fiktiv-motioner-status.txt';

async function read(name: string): Promise<KnowledgeDocument> {
  const doc = await loadDocument(FIXTURES, path.join(FIXTURES, name), { maxFileBytes: 1024 * 1024 });
  if ('reason' in doc) throw new Error(doc.reason);
  return doc;
}

describe('a caption file', () => {
  it('is read as a transcript: no cue numbers or time codes, a speaker’s cues run on under the name', async () => {
    const doc = await read(CAPTIONS);
    const texts = doc.passages.map((p) => p.text);
    expect(texts.some((t) => /-->|^\d+$|WEBVTT/.test(t))).toBe(false);
    expect(texts).toContain(
      'Maria Ek: Stipendiet är på högst 18 000 kronor per person och kan användas till resa och boende under en vistelse i någon av stadens vänorter',
    );
    expect(texts).toContain('Jon Dahl: Och sista dag att söka är den tredje maj 2027 beslut kommer i juni');
  });

  it('keeps the note above the cues and starts a new paragraph after a pause', async () => {
    const doc = await read(CAPTIONS);
    const texts = doc.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes('Informationsmöte om vänortsstipendiet 2027'))).toBe(true);
    expect(texts).toContain(
      'Maria Ek: Hej och välkomna till informationsmötet om vänortsstipendiet jag heter Maria Ek och är samordnare på kulturförvaltningen',
    );
  });

  it('reads SubRip numbering and leaves a text that only quotes one time code as it is', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,000',
      'första',
      '',
      '2',
      '00:00:03,500 --> 00:00:05,000',
      'andra. tredje',
      '',
      '3',
      '00:00:05,200 --> 00:00:06,000',
      'fjärde',
    ].join('\n');
    expect(captionsToTranscript(srt)).toBe('Första andra. Tredje fjärde');
    expect(
      captionsToTranscript('Mötet spelades in 00:00:01.000 --> 00:10:00.000.\n\nSe inspelningen.'),
    ).toBeNull();
  });
});

describe('a web page of proposals opened by the same field', () => {
  it('makes each entry a case of its own, with its number from the line under "Diarienummer:" and its proposal as title', async () => {
    const doc = await read(PROPOSALS);
    const listed = doc.cases.filter((c) => c.item !== null);
    expect(listed.map((c) => c.dnr?.value)).toEqual(['PN 2026/0101', 'PN 2026/0144', 'PN 2026/0190']);
    expect(listed[1]!.title?.value).toBe('Att en hundrastgård ska byggas i Rålambshovsparken');
  });
});

describe('answers from them', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(FIXTURES);
  });

  it('quotes the amount said in the recorded meeting', () => {
    const result = kb.snapshot.engine.answer('Hur mycket är vänortsstipendiet på?');
    expect(result.abstained, result.answer).toBe(false);
    expect(result.citations[0]!.doc).toBe(CAPTIONS);
    expect(result.citations[0]!.quote).toMatch(/18 000 kronor/);
  });

  it('answers what was decided on one proposal from that proposal’s own entry', () => {
    const result = kb.snapshot.engine.answer(
      'Vad beslutade parknämnden om hundrastgården i Rålambshovsparken?',
    );
    expect(result.abstained, result.answer).toBe(false);
    expect(result.citations[0]!.doc).toBe(PROPOSALS);
    expect(result.citations[0]!.quote).toMatch(/avslog förslaget/);
  });
});
