import { describe, expect, it } from 'vitest';
import { answerJson as toJson } from '../../src/answer/json.js';
import { bundledKnowledge } from '../support/knowledge.js';

const ask = async (q: string) => (await bundledKnowledge()).snapshot.engine.answer(q);

describe('answers with a quoted, cited source sentence', () => {
  it('answers an English question from Swedish text, in English, quoting the Swedish sentence', async () => {
    const result = await ask('Who is responsible for EU monitoring?');
    expect(result.lang).toBe('en');
    expect(result.abstained).toBe(false);
    expect(result.intent).toBe('responsible');
    const top = result.citations[0]!;
    expect(top.quote).toContain('bolagsstyrelser ansvarar för aktiv bevakning och påverkan');
    expect(top).toMatchObject({
      dnr: '006-1137/2007',
      title: 'Övergripande mål och riktlinjer för det internationella arbetet',
    });
    expect(top.section).toBe('Övergripande mål och riktlinjer för det internationella arbetet');
    expect(result.answer).toMatch(/^Responsibility lies with Stockholms stads nämnder och bolagsstyrelser/);
  });

  it('answers a Swedish question in Swedish', async () => {
    const result = await ask('Vem ansvarar för EU-bevakningen?');
    expect(result.lang).toBe('sv');
    expect(result.answer).toMatch(/^Ansvaret ligger hos Stockholms stads nämnder och bolagsstyrelser/);
  });

  it('quotes a verbatim sentence of the source, at most 400 characters', async () => {
    const kb = await bundledKnowledge();
    const source = kb.snapshot.documents[0]!.passages.map((p) => p.text).join('\n');
    for (const q of [
      'Vilken vision bygger strategin på?',
      'Is there a Europa Direkt office in the district?',
      'What should decide which international networks we join?',
    ]) {
      const result = await ask(q);
      const quote = result.citations[0]!.quote;
      expect(quote.length).toBeLessThanOrEqual(400);
      expect(source).toContain(quote.replace(/…$/, ''));
    }
  });

  it('keeps the answer short, never a paste of passages', async () => {
    for (const q of [
      'What is the administration’s opinion on the proposal?',
      'Vilka strategier ersätts av den nya internationella strategin?',
    ]) {
      const result = await ask(q);
      expect(result.answer.length).toBeLessThanOrEqual(600);
    }
  });

  it('answers deadline questions from the extracted deadline, citing its sentence', async () => {
    const result = await ask('När ska remissvaret vara inne?');
    expect(result.intent).toBe('deadline');
    expect(result.answer).toContain('måndag 1 september 2008');
    expect(result.answer).toContain('passerade');
    expect(result.citations[0]!.quote).toContain('för yttrande senast den 1 september 2008');
  });

  it('answers case number, case officer, sender and recipients from metadata', async () => {
    expect((await ask('What is the case number of the referral?')).answer).toContain('006-1137/2007');
    expect((await ask('Vem är handläggare för ärendet?')).answer).toContain('Christina Hermansson');
    expect((await ask('Who sent the referral?')).answer).toContain('Kommunstyrelsen');
    expect((await ask('Which other bodies received the referral?')).answer).toContain(
      'Stockholm Stadshus AB',
    );
  });
});

describe('declining when the documents do not say', () => {
  it.each([
    'What is the weather tomorrow?',
    'Vad kostar ett busskort i Stockholm?',
    'Who is responsible for the city’s procurement policy?',
    'När ska remissen om cykelplanen besvaras?',
  ])('declines "%s" and says what the documents cover', async (q) => {
    const result = await ask(q);
    expect(result.abstained).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.answer).toContain('Övergripande mål och riktlinjer för det internationella arbetet');
  });

  it('declines in the language of the question', async () => {
    expect((await ask('What is the weather tomorrow?')).answer).toMatch(
      /^The documents I have do not answer that/,
    );
    expect((await ask('Vad kostar ett busskort?')).answer).toMatch(/^Det framgår inte av dokumenten/);
  });
});

describe('the JSON contract', () => {
  it('has the DESIGN.md shape, best citation first', async () => {
    const json = toJson(await ask('Who is the case officer for the referral?'));
    expect(Object.keys(json)).toEqual([
      'question',
      'lang',
      'intent',
      'abstained',
      'answer',
      'citations',
      'clarify',
    ]);
    expect(Object.keys(json.citations[0]!)).toEqual([
      'doc',
      'title',
      'dnr',
      'section',
      'quote',
      'score',
      'confidential',
    ]);
  });
});
