import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a committee's notice and agenda with one "Tid och plats" line, a district council's
// minutes with "Sammanträdesdag" and "Plats" lines (and a § on the next meeting), an extract of the city
// executive board's minutes whose opening line gives the day, the hours and the room, a committee's minutes with
// "Plats och tid" on a line of its own above its value, a committee's web page headed "Idrottsnämndens sammanträde
// tisdagen den 13 april 2027" whose "Dag:", "Tid:" and "Plats:" run together into one paragraph, and an
// administration's
// report addressed "Till / Idrottsnämnden / 2027-04-20", the meeting that is to handle it. The knowledge is
// opened on 2027-03-01.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting');
const NOTICE = 'kallelse-kulturnamnden.txt';
const MINUTES = 'protokoll-norrmalm.txt';
const REPORT = 'tu-idrott-vanort.txt';
const EXTRACT = 'utdrag-kommunstyrelsen.txt';
const COMMITTEE = 'protokoll-utskott.txt';
const PAGE = 'sida-idrottsnamnden.txt';
const HELD = 'protokoll-kulturnamnden-februari.txt';

describe('when and where a meeting sits', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string, caseIds?: string[]) =>
    kb.snapshot.engine.answer(question, caseIds ? { caseIds } : {});

  it('reads the time and place from an agenda head, minutes and a report addressed to a committee', () => {
    const cases = (file: string) => kb.snapshot.documents.find((d) => d.id === file)!.cases;
    expect(cases(NOTICE).every((c) => c.meetingTime?.value.date === '2027-03-16')).toBe(true);
    expect(cases(NOTICE)[0]!.meetingTime?.value).toEqual({
      date: '2027-03-16',
      time: '17.30',
      body: 'Kulturnämnden',
    });
    expect(cases(NOTICE)[0]!.meetingPlace?.value).toBe(
      'Kulturförvaltningen, sammanträdesrummet Lyran, Hornsgatan 12',
    );
    expect(cases(MINUTES)[0]!.meetingTime?.value.time).toBe('18.00');
    expect(cases(MINUTES)[0]!.meetingPlace?.evidence.sentence).toBe(
      'Plats: Stadsdelsförvaltningen, sammanträdesrummet Tegnér, Tegnérgatan 9',
    );
    // "Justeringens plats och tid" is where the minutes are checked, not where the council meets.
    expect(cases(MINUTES)[0]!.meetingPlace?.value).not.toMatch(/^Stadsdelsförvaltningen, tisdagen/);
    // "Utdrag ur protokoll fört vid sammanträde med kommunstyrelsen onsdagen den 24 februari 2027 kl.
    // 10.00–11.30 i Stadshuset, …": the day stands on a line of its own above, the hour and room here.
    expect(cases(EXTRACT)[0]!.meetingTime?.value).toEqual({
      date: '2027-02-24',
      time: '10.00',
      body: 'Kommunstyrelsen',
    });
    expect(cases(EXTRACT)[0]!.meetingPlace?.value).toBe('Stadshuset, Kommunstyrelsens sammanträdesrum');
    // "Plats och tid" over "Stadshuset, sammanträdesrum Tre Kronor, onsdagen den 20 januari 2027 kl. 13.00–15.10".
    expect(cases(COMMITTEE)[0]!.meetingPlace?.value).toBe('Stadshuset, sammanträdesrum Tre Kronor');
    expect(cases(COMMITTEE)[0]!.meetingTime?.value.time).toBe('13.00');
    // The page's labels run together: "Dag: Tisdag den 13 april 2027 Tid: 18:00 Plats: S. E. Hedins sal, …".
    expect(cases(PAGE)[0]!.meetingTime?.value).toEqual({
      date: '2027-04-13',
      time: '18.00',
      body: 'Idrottsnämnden',
    });
    expect(cases(PAGE)[0]!.meetingPlace?.value).toBe('S. E. Hedins sal, Idrottsförvaltningen');
    expect(cases(REPORT)[0]!.meetingTime?.value).toEqual({
      date: '2027-04-20',
      time: null,
      body: 'Idrottsnämnden',
    });
    expect(cases(REPORT)[0]!.meetingPlace).toBeNull();
  });

  it('answers when a named committee meets, quoting the line that says so', () => {
    const swedish = ask('När sammanträder kulturnämnden?');
    expect(swedish.answer).toMatch(/^Kulturnämnden sammanträder tisdag 16 mars 2027 kl\. 17\.30\./);
    expect(swedish.citations[0]?.doc).toBe(NOTICE);
    expect(swedish.citations[0]?.quote).toMatch(/^Tid och plats: tisdagen den 16 mars 2027/);
    const report = ask('Vid vilket sammanträde behandlar idrottsnämnden utbytet med Oslo?');
    expect(report.answer).toMatch(/^Idrottsnämnden sammanträder tisdag 20 april 2027\./);
    expect(report.citations[0]?.doc).toBe(REPORT);
  });

  it("answers a committee's meeting to come, or the one held, when it has one of each", () => {
    // The culture committee's minutes of 9 February and its notice for 16 March (the clock is at 1 March).
    const coming = ask('När sammanträder kulturnämnden?');
    expect(coming.citations[0]?.doc).toBe(NOTICE);
    const held = ask('När sammanträdde kulturnämnden?');
    expect(held.answer).toMatch(/^Kulturnämnden sammanträdde tisdag 9 februari 2027 kl\. 17\.30\./);
    expect(held.citations[0]?.doc).toBe(HELD);
  });

  it('answers where, and both, in English; a meeting already held is told in the past', () => {
    const where = ask('Where does the Norrmalm district council meet?');
    expect(where.answer).toMatch(
      /^The meeting was held at Stadsdelsförvaltningen, sammanträdesrummet Tegnér/,
    );
    expect(where.citations[0]?.quote).toMatch(/^Plats: /);
    const both = ask('When and where does the culture committee meet?');
    expect(both.answer).toMatch(
      /^Kulturnämnden meets on Tuesday, 16 March 2027 at 17\.30\. The meeting is held at Kulturförvaltningen/,
    );
  });

  it('asks back among the meetings when the question names none, and answers the one chosen', () => {
    const when = ask('När är sammanträdet?');
    expect(when.clarify.map((c) => c.doc).sort()).toEqual(
      [NOTICE, MINUTES, EXTRACT, COMMITTEE, PAGE, HELD, REPORT].sort(),
    );
    const notice = when.clarify.find((c) => c.doc === NOTICE)!;
    // The choice is the meeting, named by its document and day, not the agenda's first item.
    expect(notice.title).toBe('Kulturnämnden, kallelse och föredragningslista');
    expect(notice.date).toBe('2027-03-16');
    // Only documents that say where can answer where.
    const where = ask('Var hålls mötet?');
    expect(where.clarify.map((c) => c.doc).sort()).toEqual(
      [NOTICE, MINUTES, EXTRACT, COMMITTEE, PAGE, HELD].sort(),
    );
    const chosen = ask('Var hålls mötet?', [where.clarify.find((c) => c.doc === MINUTES)!.case]);
    expect(chosen.answer).toMatch(
      /^Plats för sammanträdet: Stadsdelsförvaltningen, sammanträdesrummet Tegnér/,
    );
  });

  it('leaves the next meeting and the minutes to the sentences that state them', () => {
    const next = ask('När är nästa sammanträde i Norrmalms stadsdelsnämnd?');
    expect(next.answer).toMatch(/Nästa sammanträde äger rum torsdagen den 18 mars 2027/);
    const checked = ask('När justerades protokollet från Norrmalms sammanträde?');
    expect(checked.answer).not.toMatch(/sammanträdde/);
  });
});
