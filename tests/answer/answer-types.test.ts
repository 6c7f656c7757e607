import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recognizeIntent } from '../../src/answer/intent.js';
import { weighConcepts } from '../../src/answer/rank.js';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { copyOfKnowledge } from '../support/knowledge.js';

// Fictional documents written for these tests (two referrals and a membership decision), loaded beside the
// bundled seed; nothing here is from the question bank.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-types');

async function knowledgeWith(names: string[]): Promise<KnowledgeBase> {
  const dir = copyOfKnowledge();
  for (const name of names) copyFileSync(path.join(DOCUMENTS, name), path.join(dir, name));
  return KnowledgeBase.open({
    dir,
    maxFileBytes: 1_000_000,
    clock: fixedClock('2027-03-01T10:00:00+01:00'),
    timeZone: 'Europe/Stockholm',
  });
}

describe('the question word decides the answer type', () => {
  it('asks for a date when a question starts with "when", whatever it is about', () => {
    expect(recognizeIntent('When was the proposal presented to the council?')).toBe('when');
    expect(recognizeIntent('När lades förslaget fram?')).toBe('when');
    expect(recognizeIntent('By what date should the city apply for the grant?')).toBe('when');
    expect(recognizeIntent('Senast när ska anmälan vara inne?')).not.toBe('what');
    expect(recognizeIntent("What is the new date of the mayors' breakfast?")).toBe('when');
    expect(recognizeIntent('Vilket är det nya datumet för seminariet?')).toBe('when');
    expect(recognizeIntent('Where is the reservation recorded?')).toBe('where');
  });

  it('reads "hur påverkas …" and "how does … affect" as asking for an effect, though they name a proposal', () => {
    expect(recognizeIntent('Hur påverkas de statliga kostnaderna av förslagen?')).toBe('what');
    expect(recognizeIntent('How does the proposal affect the district councils?')).toBe('what');
    expect(recognizeIntent('Vilka konsekvenser får förslaget för staden?')).toBe('what');
    expect(recognizeIntent('Vad föreslår utredningen?')).toBe('proposal');
  });

  it('reads "until when" and "till när" as asking how long something lasts', () => {
    expect(recognizeIntent('Until when does the agreement with Bodø apply?')).toBe('how_long');
    expect(recognizeIntent('Till när gäller avsiktsförklaringen?')).toBe('how_long');
    expect(recognizeIntent('By when must the application be in?')).not.toBe('how_long');
  });

  it('reads "sedan vilket år" and "sedan hur länge" as asking since when', () => {
    expect(recognizeIntent('Sedan vilket år är Bodø stadens vänort?')).toBe('since_when');
    expect(recognizeIntent('Sedan hur länge är staden medlem i nätverket?')).toBe('since_when');
  });

  it('reads "varför …" and "why …" as asking for a reason, whatever the topic', () => {
    expect(recognizeIntent('Varför beslutade stadsdirektören om resan?')).toBe('why');
    expect(recognizeIntent('Why was the deadline moved?')).toBe('why');
    expect(recognizeIntent('What is the reason for the new routine?')).toBe('why');
  });

  it('reads who was asked to comment on a referral as asking for its recipients', () => {
    expect(recognizeIntent('Which bodies have been asked to comment on the draft strategy?')).toBe(
      'recipients',
    );
    expect(recognizeIntent('Vilka nämnder har ombetts yttra sig över förslaget?')).toBe('recipients');
    expect(recognizeIntent('Vilka ska svara på remissen om parkplanen?')).toBe('recipients');
  });

  it('reads "vilken tid börjar …" and "what time does … start" as asking when, not a "what time limit"', () => {
    expect(recognizeIntent('Vilken tid börjar sammanträdet?')).toBe('when');
    expect(recognizeIntent('Hur dags börjar mötet?')).toBe('when');
    expect(recognizeIntent('What time does the meeting start?')).toBe('when');
    expect(recognizeIntent('What time limit applies to the language requirement?')).not.toBe('when');
  });

  it('reads "från när gäller …" as when, and "since when …" by its question words before its topic', () => {
    expect(recognizeIntent('Från när gäller riktlinjerna?')).toBe('when');
    expect(recognizeIntent('From what date do the rules apply?')).toBe('when');
    expect(recognizeIntent('Since when do the guidelines on case responsibility apply?')).toBe('since_when');
  });

  it('reads "vart vänder jag mig" and "who do I turn to" as asking for a contact, not a place', () => {
    expect(recognizeIntent('Vart vänder jag mig med frågor om nätverket?')).toBe('case_officer');
    expect(recognizeIntent('Vem ska man vända sig till om resan?')).toBe('case_officer');
    expect(recognizeIntent('Who do I turn to with questions about the survey?')).toBe('case_officer');
    expect(recognizeIntent('Where is the network based?')).toBe('where');
  });

  it('reads "when … in …" as a date, and "when must it be in" as a deadline', () => {
    expect(recognizeIntent('When is the network meeting in Tallinn?')).toBe('when');
    expect(recognizeIntent('When must the replies be in?')).toBe('deadline');
    expect(recognizeIntent('When are the comments due?')).toBe('deadline');
  });

  it('reads a money word inside a Swedish compound as no money word ("miljöavgifter" is no "avgift" question)', () => {
    expect(recognizeIntent('Vilka motioner begärde en folkomröstning om miljöavgifter?')).toBe('which');
    expect(recognizeIntent('Vilken avgift gäller för besöket?')).toBe('how_much');
    expect(recognizeIntent('Vad ska delegationerna betala för besöket?')).toBe('how_much');
  });

  it('asks for a payer, not a sum, when a who-question speaks of a fee or a cost', () => {
    expect(recognizeIntent('Who pays the fee for the forum?')).toBe('who');
    expect(recognizeIntent('Vem står för kostnaderna för resan?')).toBe('who');
    expect(recognizeIntent('Hur mycket kostar resan?')).toBe('how_much');
    expect(recognizeIntent('Vem föreslår att avgiften höjs?')).toBe('proposal');
  });

  it('reads the question word before the contact person it is about, and "vilka har …" as who', () => {
    expect(recognizeIntent('Where will the district put its contact person for visits?')).toBe('where');
    expect(recognizeIntent('När ska kontaktpersonen utses?')).toBe('when');
    expect(recognizeIntent('Vem är kontaktperson för besöket?')).toBe('case_officer');
    expect(recognizeIntent('Vilka har deltagit i studieresan?')).toBe('who');
    // Who wrote a councillor's paper is its writer, a field of the case.
    expect(recognizeIntent('Vilka har skrivit motionen?')).toBe('author');
    // Where to send something is an address; where something is held is a place.
    expect(recognizeIntent('Vart skickar man remissvaret?')).toBe('send_to');
    expect(recognizeIntent('Where should the applications be sent?')).toBe('send_to');
    expect(recognizeIntent('Vart har motionen remitterats?')).toBe('recipients');
    expect(recognizeIntent('Var hålls sammanträdet?')).toBe('where');
    expect(recognizeIntent('Vad är diarienumret för ärendet?')).toBe('case_number');
    expect(recognizeIntent('Vem har skrivit under motionen?')).not.toBe('author');
    expect(recognizeIntent('Vilka arbetsgrupper finns i nätverket?')).toBe('which');
  });

  it('reads who answered an interpellation or a motion as who signed the reply', () => {
    expect(recognizeIntent('Which vice mayor answered the interpellation?')).toBe('signatories');
    expect(recognizeIntent('Vem besvarade motionen om Nairobi?')).toBe('signatories');
    expect(recognizeIntent('When was the interpellation answered?')).toBe('when');
  });

  it('asks for a size in people when a question asks how big a group or how much staff', () => {
    expect(recognizeIntent('How big can a study visit group be?')).toBe('how_large');
    expect(recognizeIntent('Hur mycket personal kräver partnerskapet?')).toBe('how_large');
    expect(recognizeIntent('Hur stor är stadens medlemsavgift för 2027?')).toBe('how_much');
    expect(recognizeIntent('How large is the budget of the project?')).toBe('how_much');
  });

  it('asks for a place when a question asks in which part, district or city', () => {
    expect(recognizeIntent('In which parts of Stockholm will the project open cool rooms?')).toBe('where');
    expect(recognizeIntent('I vilka stadsdelar öppnar projektet svala rum?')).toBe('where');
    expect(recognizeIntent('Which parts of the plan concern schools?')).not.toBe('where');
  });

  it('still reads a proposal question as one', () => {
    expect(recognizeIntent('What does the committee propose?')).toBe('proposal');
    expect(recognizeIntent('Vad föreslår förvaltningen?')).toBe('proposal');
  });
});

describe('a question made only of its answer type', () => {
  let both: KnowledgeBase;
  let one: KnowledgeBase;
  beforeAll(async () => {
    const all = readdirSync(DOCUMENTS);
    both = await knowledgeWith(all);
    one = await knowledgeWith(all.filter((name) => !name.includes('parkplan')));
  });

  it('asks back among the referrals when several fit "What does the referral propose?"', () => {
    const result = both.snapshot.engine.answer('What does the referral propose?');
    expect(result.citations).toEqual([]);
    const dnrs = result.clarify.map((c) => c.dnr);
    expect(dnrs).toEqual(expect.arrayContaining(['KS 2027/301', 'KS 2027/302']));
    // The membership decision is no referral, so it is not offered.
    expect(dnrs).not.toContain('KS 2027/150');
  });

  it('reads "remissvaret" in a deadline question as the form of the question, not as a topic', () => {
    const { index, lexicon } = both.snapshot;
    const weighed = weighConcepts(
      index,
      analyzeQuestion('När ska remissvaret lämnas?', 'sv', lexicon),
      'deadline',
    );
    expect(weighed.length).toBeGreaterThan(0);
    expect(weighed.every((w) => w.generic)).toBe(true);
  });

  it('reads the page the asker saw, or whose side, as no topic ("på webbsidan", "på Stockholms sida")', () => {
    const { index, lexicon } = both.snapshot;
    for (const question of [
      'Vilka nätverk på webbsidan innehas av kommunstyrelsen?',
      'Vem samordnar samarbetet på Stockholms sida?',
      'Which networks on the page are held by the board?',
    ]) {
      const lang = question.startsWith('Which') ? 'en' : 'sv';
      const weighed = weighConcepts(index, analyzeQuestion(question, lang, lexicon), 'which');
      const page = weighed.filter((w) => /sida|sidan|webbsidan|page/i.test(w.concept.surface));
      expect(page.length).toBe(1);
      expect(page.every((w) => w.generic)).toBe(true);
    }
  });

  it('weighs "finns" ("Vilka arbetsgrupper finns …?") as lightly as "exist": a document in English never says it', () => {
    const { index, lexicon } = both.snapshot;
    const [groups, exists] = weighConcepts(
      index,
      analyzeQuestion('Vilka arbetsgrupper finns?', 'sv', lexicon),
      'which',
    );
    expect(exists!.concept.surface).toBe('finns');
    expect(exists!.weight).toBeLessThan(groups!.weight / 4);
  });

  it('answers from the one referral there is', () => {
    const result = one.snapshot.engine.answer('Vad föreslår remissen?');
    expect(result.clarify).toEqual([]);
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe('fiktiv-remiss-kulturplan.txt');
    expect(result.citations[0]!.quote).toMatch(/föreslår/);
  });
});

describe('answers need the shape their question asks for', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(readdirSync(DOCUMENTS));
  });

  it('answers the fee of a network the documents name', () => {
    const result = kb.snapshot.engine.answer('Vad kostar medlemskapet i Nordic Harbour Cities?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('12 000 euro');
  });

  it('quotes a statement, never a letterhead or heading that only names the subject', () => {
    const result = kb.snapshot.engine.answer('Vad är Nordic Harbour Cities?');
    expect(result.abstained).toBe(false);
    const quote = result.citations[0]!.quote;
    expect(quote).toContain('Nordic Harbour Cities');
    expect(quote).not.toBe('NORDIC HARBOUR CITIES');
  });

  it('declines the fee of a network no document names, though another fee is there', () => {
    const result = kb.snapshot.engine.answer('Vad kostar medlemskapet i Baltic Metro Forum?');
    expect(result.abstained).toBe(true);
  });

  it('declines a how-much question that only sentences without a sum touch', () => {
    const result = kb.snapshot.engine.answer('How much does the park plan cost?');
    expect(result.abstained).toBe(true);
  });
});

describe('one test per answer type, on documents written for it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(readdirSync(DOCUMENTS));
  });
  const quoteOf = (question: string) => {
    const result = kb.snapshot.engine.answer(question);
    expect(result.abstained, question).toBe(false);
    expect(result.clarify, question).toEqual([]);
    return result.citations[0]!.quote;
  };

  it('who is responsible', () => {
    expect(quoteOf('Vem ansvarar för skötseln av stadsdelsparkerna?')).toMatch(/ansvarar för skötseln/);
    expect(quoteOf('Who is responsible for maintaining the district parks?')).toMatch(
      /ansvarar för skötseln/,
    );
  });

  it('how often', () => {
    expect(quoteOf('Hur ofta ska parkplanen följas upp?')).toMatch(/vartannat år/);
    expect(quoteOf('How often is the park plan followed up?')).toMatch(/vartannat år/);
  });

  it('since when', () => {
    expect(quoteOf('Sedan när är staden medlem i Nordic Harbour Cities?')).toMatch(/1 januari 2027/);
  });

  it('where', () => {
    expect(quoteOf('Var hålls årsmötet i Nordic Harbour Cities?')).toMatch(/Gdańsk/);
  });

  it('how much', () => {
    expect(quoteOf('Hur mycket föreslås stödet till fria grupper höjas?')).toMatch(/4 miljoner kronor/);
    expect(quoteOf('Vad är årsavgiften för Nordic Harbour Cities?')).toMatch(/12 000 euro/);
    expect(quoteOf('How much is the annual fee for Nordic Harbour Cities?')).toMatch(/12 000 euro/);
  });

  it('asks back when two networks each state the fee the question asks for, and answers the one it names', () => {
    const asked = kb.snapshot.engine.answer('Vad är årsavgiften i euro?');
    expect(asked.citations).toEqual([]);
    expect(asked.clarify.map((c) => c.doc).sort()).toEqual([
      'fiktiv-medlemskap-flodstader.txt',
      'fiktiv-medlemskap-hamnstader.txt',
    ]);
    expect(quoteOf('Vad är årsavgiften för Danube and Vistula River Towns?')).toMatch(/7 400 euro/);
  });

  it('what something is: the sentence that says what the head is, not one that only mentions it', () => {
    expect(quoteOf('What is the overall goal of the strategy for greener districts?')).toMatch(/300 meter/);
    expect(quoteOf('Vad är det övergripande målet i strategin för grönare stadsdelar?')).toMatch(/300 meter/);
  });

  it('a list given as numbered sub-sections under one heading', () => {
    const result = kb.snapshot.engine.answer('Vilka är de tre prioriterade områdena i vänortsprogrammet?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Skolutbyten');
    expect(result.answer).toContain('Kultur och idrott');
    expect(result.answer).toContain('Klimat och stadsmiljö');
  });

  it('the reply deadline of a referral, from its field', () => {
    const result = kb.snapshot.engine.answer('När ska remissvaret om kulturplanen vara inne?');
    expect(result.citations[0]!.quote).toMatch(/12 april 2027/);
  });

  it('the case officer, from its field', () => {
    const result = kb.snapshot.engine.answer('Vem är handläggare för parkplanen?');
    expect(result.answer).toContain('Olof Grahn');
  });

  it('a proposal', () => {
    expect(quoteOf('Vad föreslår nämnden om parkplanen?')).toMatch(
      /föreslår att kommunstyrelsen antar parkplanen/,
    );
  });
});
