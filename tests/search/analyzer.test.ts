import { describe, expect, it } from 'vitest';
import { analyzeText, PART, termsOfToken } from '../../src/search/analyzer.js';
import { splitAfterKnown, splitCompound } from '../../src/search/compounds.js';
import { buildLexicon, emptyLexicon, parseGlossary } from '../../src/search/lexicon.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { isStopWord } from '../../src/search/stopwords.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('tokenizing Swedish text', () => {
  it('keeps å, ä and ö inside words and folds case', () => {
    expect(tokenize('NÄMNDERNA och Förvaltningen').map((t) => t.text)).toEqual([
      'nämnderna',
      'och',
      'förvaltningen',
    ]);
  });

  it('normalises decomposed letters (as PDFs give them) to the composed form people type', () => {
    const decomposed = 'na\u0308mnd';
    expect(tokenize(decomposed)[0]!.text).toBe('nämnd');
  });

  it('keeps hyphenated compounds together for later splitting', () => {
    expect(tokenize('EU-projekt i Rinkeby-Kista').map((t) => t.text)).toEqual([
      'eu-projekt',
      'i',
      'rinkeby-kista',
    ]);
  });
});

describe('stemming', () => {
  it('gives inflected forms one stem, including the definite -et ending', () => {
    expect(stemSwedish('nämnderna')).toBe(stemSwedish('nämnd'));
    expect(stemSwedish('ansvaret')).toBe(stemSwedish('ansvar'));
    expect(stemSwedish('beslutet')).toBe(stemSwedish('beslut'));
    expect(stemSwedish('städerna')).toBe(stemSwedish('städer'));
  });

  it('gives a plural that changes its vowel the stem of its singular (städer, länder)', () => {
    expect(stemSwedish('städer')).toBe(stemSwedish('stad'));
    expect(stemSwedish('städerna')).toBe(stemSwedish('staden'));
    expect(stemSwedish('länder')).toBe(stemSwedish('land'));
    expect(stemSwedish('sönder')).not.toBe(stemSwedish('son'));
  });

  it('gives the definite plural in -ena the stem of its other forms (ärendena, områdena)', () => {
    for (const form of ['ärende', 'ärendet', 'ärenden'])
      expect(stemSwedish('ärendena')).toBe(stemSwedish(form));
    expect(stemSwedish('beslutsärendena')).toBe(stemSwedish('beslutsärenden'));
    expect(stemSwedish('områdena')).toBe(stemSwedish('området'));
  });

  it('keeps a noun in -ens whole, so that it meets its inflections, while a genitive -ens still goes', () => {
    expect(stemSwedish('konferens')).toBe(stemSwedish('konferensen'));
    expect(stemSwedish('kompetens')).toBe(stemSwedish('kompetenser'));
    expect(stemSwedish('generalkonferens')).toBe(stemSwedish('generalkonferensen'));
    expect(stemSwedish('stadens')).toBe(stemSwedish('staden'));
    expect(stemSwedish('kommunens')).toBe(stemSwedish('kommun'));
  });

  it('joins the past forms of strong verbs, with their prefixes, to the infinitive (ingick, antogs, beslöt)', () => {
    expect(stemSwedish('ingick')).toBe(stemSwedish('ingå'));
    expect(stemSwedish('ingått')).toBe(stemSwedish('ingår'));
    expect(stemSwedish('antogs')).toBe(stemSwedish('anta'));
    expect(stemSwedish('antagna')).toBe(stemSwedish('antas'));
    expect(stemSwedish('beslöt')).toBe(stemSwedish('beslutade'));
    expect(stemSwedish('valdes')).toBe(stemSwedish('välja'));
    expect(stemSwedish('erhöll')).toBe(stemSwedish('erhålla'));
    expect(stemSwedish('deltog')).toBe(stemSwedish('deltar'));
    // A noun of a prefix and "drag", "slag" or "tag" keeps its stem in the definite forms that read as a
    // participle with a prefix ("bidragen", "förslagen", "företaget"); the participle itself is the verb's.
    expect(stemSwedish('bidragen')).toBe(stemSwedish('bidrag'));
    expect(stemSwedish('förslagen')).toBe(stemSwedish('förslaget'));
    expect(stemSwedish('företaget')).toBe(stemSwedish('företag'));
    expect(stemSwedish('uppdragen')).toBe(stemSwedish('uppdrag'));
    expect(stemSwedish('föreslagen')).toBe(stemSwedish('föreslå'));
    expect(stemSwedish('samlade')).toBe(stemSwedish('samlar'));
    // Verbs too short for Snowball's endings, and their forms with a prefix.
    expect(stemSwedish('ägs')).toBe(stemSwedish('äger'));
    expect(stemSwedish('ägde')).toBe(stemSwedish('äga'));
    expect(stemSwedish('uppnådde')).toBe(stemSwedish('uppnår'));
    expect(stemSwedish('bodde')).toBe(stemSwedish('bor'));
    // Words that only look like such a form keep their own stem.
    expect(stemSwedish('hållbar')).not.toBe(stemSwedish('bära'));
    expect(stemSwedish('förslag')).not.toBe(stemSwedish('slå'));
    expect(stemSwedish('uppdrag')).not.toBe(stemSwedish('dra'));
    // Nouns that share a form with a strong verb keep meeting their own inflections.
    expect(stemSwedish('steget')).toBe(stemSwedish('steg'));
    expect(stemSwedish('gången')).toBe(stemSwedish('gång'));
    expect(stemSwedish('åtaganden')).toBe(stemSwedish('åtagande'));
  });

  it('gives a noun in -an the stem of its plural in -ningar (ansökan, inbjudan, förfrågan)', () => {
    expect(stemSwedish('ansökan')).toBe(stemSwedish('ansökningar'));
    expect(stemSwedish('bidragsansökan')).toBe(stemSwedish('bidragsansökningarna'));
    expect(stemSwedish('inbjudan')).toBe(stemSwedish('inbjudningar'));
    expect(stemSwedish('förfrågans')).toBe(stemSwedish('förfrågningar'));
    expect(stemSwedish('fordran')).toBe(stemSwedish('fordringar'));
    expect(stemSwedish('sedan')).toBe('sedan');
  });

  it('reads a definite genitive as its word (nätverkets, ansvarets)', () => {
    expect(stemSwedish('nätverkets')).toBe(stemSwedish('nätverk'));
    expect(stemSwedish('ansvarets')).toBe(stemSwedish('ansvar'));
  });
});

describe('a verb in -era and its noun in -ering', () => {
  it('share a root in the index ("renoverade" meets "renoveringen")', () => {
    const verb = termsOfToken('renoverade');
    const noun = termsOfToken('renoveringen');
    expect(verb.filter((t) => noun.includes(t) && t !== stemSwedish('renoverade')).length).toBeGreaterThan(0);
    // Words whose stem merely ends in -er keep no such root ("partner", "kvarter").
    expect(termsOfToken('partner')).toEqual([stemSwedish('partner')]);
  });
});

describe('compound words', () => {
  it('splits compounds into dictionary words with linking -s-', () => {
    expect(splitCompound('omvärldsbevakning')).toEqual(['omvärld', 'bevakning']);
    expect(splitCompound('stadsdelsnämnderna')).toEqual(['stadsdel', 'nämnd']);
    expect(splitCompound('bolagsstyrelser')).toEqual(['bolag', 'styrelse']);
  });

  it('finds the head of a compound whose definite form doubles its last consonant', () => {
    expect(splitCompound('lekplatsprogrammet')).toEqual(['lekplats', 'program']);
  });

  it('does not split plain words into false parts', () => {
    expect(splitCompound('förvaltningen')).toBeNull();
    expect(splitCompound('medlemskap')).toBeNull();
    expect(splitCompound('positionering')).toBeNull();
  });

  it('indexes a compound under its parts, so "bevakning" finds "omvärldsbevakning" and "nämnd" finds "stadsdelsnämnd"', () => {
    expect(termsOfToken('omvärldsbevakning')).toContain(PART + stemSwedish('bevakning'));
    expect(termsOfToken('stadsdelsnämnd')).toContain(PART + stemSwedish('nämnd'));
  });
});

describe('how documents write what people ask in other words', () => {
  it('reads a date in numbers also as its month, so "den 19 november" finds "Sammanträde 2026-11-19"', () => {
    expect(analyzeText('Sammanträde 2026-11-19')).toContain(stemSwedish('november'));
    expect(analyzeText('Svar senast 2027-03-05')).toContain(stemSwedish('mars'));
    expect(analyzeText('Dnr 2026-13')).not.toContain(stemSwedish('januari'));
  });

  it('writes out the head a compound leaves to the next word ("vänorts- och partnerstadssamarbete")', () => {
    expect(analyzeText('Riktlinjer för vänorts- och partnerstadssamarbete')).toContain(
      stemSwedish('vänortssamarbete'),
    );
    expect(analyzeText('miljö- och hälsoskyddsnämnden')).toContain(stemSwedish('miljönämnden'));
    // No head to lend: "EU- och internationella frågor" stays as written.
    expect(analyzeText('EU- och internationella frågor')).toEqual(
      analyzeText('EU och internationella frågor'),
    );
  });

  it('reads the letters of a party in brackets as a party, so "Vilket parti …" finds "(SD)"', () => {
    expect(analyzeText('Reservation anförs av Tove Lindkvist m.fl. (SD).')).toContain(stemSwedish('parti'));
    expect(analyzeText('Bilaga (A) till protokollet')).not.toContain(stemSwedish('parti'));
  });
});

describe('stop words', () => {
  it('drops function words but keeps words that carry meaning in administration', () => {
    for (const word of ['och', 'att', 'the', 'of']) expect(isStopWord(word)).toBe(true);
    // "until", as the Swedish "till" it translates, says no topic ("Until when does the agreement apply?").
    for (const word of ['till', 'until']) expect(isStopWord(word)).toBe(true);
    for (const word of ['beslut', 'senast', 'dag', 'enligt', 'olika', 'finns'])
      expect(isStopWord(word)).toBe(false);
    expect(analyzeText('Beslut ska fattas senast i dag')).toEqual(
      expect.arrayContaining([stemSwedish('beslut'), stemSwedish('senast'), stemSwedish('dag')]),
    );
  });

  it('drops the English of the Swedish stop words, so that an English question does not ask for "since"', () => {
    const pairs: [string, string][] = [
      ['sedan', 'since'],
      ['mot', 'against'],
      ['efter', 'after'],
      ['mellan', 'between'],
    ];
    for (const [sv, en] of pairs) expect([isStopWord(sv), isStopWord(en)]).toEqual([true, true]);
    const surfaces = analyzeQuestion(
      'How many of the memberships taken out since 2020 were evaluated, and would we be able to see them?',
      'en',
      buildLexicon([]),
    ).map((c) => c.surface);
    expect(surfaces).not.toContain('since');
    expect(surfaces).not.toContain('able');
    expect(surfaces).toContain('memberships');
  });
});

describe('bilingual query expansion', () => {
  const lexicon = buildLexicon(
    parseGlossary(
      [
        'bevakning | monitoring; watch',
        'ansvara för; ansvarig | be responsible for; responsible',
        'svara; besvara | answer; respond',
        'diarienummer (dnr) | case number',
        'vänort | twin city; sister city',
        'sammanträde; möte | meeting; session',
        'studiebesök; studieresa | study visit; study trip',
        'justera protokollet | check the minutes',
        'konferens | conference',
        'stå för; bekosta | pay for; bear the cost',
        'ta hand om | take care of',
      ].join('\n'),
    ),
  );

  it('reaches Swedish terms from an English question', () => {
    const concepts = analyzeQuestion('Who is responsible for monitoring?', 'en', lexicon);
    const stems = concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems));
    expect(stems).toContain(stemSwedish('bevakning'));
    expect(stems).toContain(stemSwedish('ansvarig'));
  });

  it('does not confuse words that share an English stem (responsible is not response)', () => {
    const concepts = analyzeQuestion('Who is responsible?', 'en', lexicon);
    const stems = concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems));
    expect(stems).not.toContain(stemSwedish('besvara'));
  });

  it('keeps a parenthesised abbreviation as a term of its own', () => {
    expect(lexicon.swedish.get('dnr')).toEqual(new Set(['diarienummer']));
  });

  it('finds the glossary entry of a definite form in -an ("studieresan" reaches "study visit")', () => {
    const stems = analyzeQuestion('Vad kostar studieresan?', 'sv', lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('study'));
    expect(stems).toContain(stemSwedish('studiebesök'));
  });

  it('reads a particle verb whose short verb is inflected ("står för" is "stå för", "tog hand om" "ta hand om")', () => {
    const stems = (question: string) =>
      analyzeQuestion(question, 'sv', lexicon).flatMap((c) => c.alternatives.flatMap((a) => a.stems));
    expect(stems('Vem står för resekostnaderna?')).toContain(stemSwedish('bekosta'));
    expect(stems('Vem tog hand om gästerna?')).toContain(stemSwedish('care'));
  });

  it('does not let a particle verb stand for its light verb or its particle alone ("pay for" is no "stå")', () => {
    const alternatives = (question: string) =>
      analyzeQuestion(question, 'en', lexicon).flatMap((c) => c.alternatives);
    const stems = alternatives('Who will pay for the renovation?').flatMap((a) => a.stems);
    expect(stems).toContain(stemSwedish('bekosta'));
    expect(stems).not.toContain(stemSwedish('stå'));
    const submit = buildLexicon(parseGlossary('lämna in; ge in | submit; hand in'));
    const handIn = analyzeQuestion('When must we hand in the report?', 'en', submit).flatMap(
      (c) => c.alternatives,
    );
    // "lämna in" without its particle is still "lämna", for less; "ge in" is no "ge".
    const bare = handIn.find((a) => a.stems.join(' ') === stemSwedish('lämna'));
    expect(bare?.quality).toBeLessThan(0.9);
    expect(handIn.some((a) => a.stems.join(' ') === stemSwedish('ge'))).toBe(false);
  });

  it('reads an irregular English past in a glossary phrase ("was sent back" is "send back")', () => {
    const sentBack = buildLexicon(parseGlossary('återremittera | send back; refer back'));
    const stems = analyzeQuestion('Which item was sent back?', 'en', sentBack).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('återremittera'));
  });

  it('reads an English hyphenated compound as its words ("sister-city" is "sister city")', () => {
    const stems = analyzeQuestion('Which sister-city agreement ends?', 'en', lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('vänort'));
  });

  it('reads a phrase whose verb is inflected ("checks the minutes" is "check the minutes")', () => {
    const stems = analyzeQuestion('Who checks the minutes?', 'en', lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('justera'));
  });

  it('gives the head of a Swedish hyphenated compound its glossary terms ("UBC-konferensen" reaches conference)', () => {
    const alternatives = analyzeQuestion('Var hålls UBC-konferensen?', 'sv', lexicon).flatMap(
      (c) => c.alternatives,
    );
    expect(alternatives.map((a) => a.stems.join(' '))).toContain(`ubc ${stemSwedish('conference')}`);
  });

  it('reaches a noun from its verb through the shared stem ("meet" finds sammanträde)', () => {
    const stems = analyzeQuestion('When does the board meet?', 'en', lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('sammanträde'));
  });

  it('leaves the degree word of "hur lång", "how often" to the question form, not the topic', () => {
    const surfaces = analyzeQuestion('Hur lång får tågresan vara?', 'sv', lexicon).map((c) => c.surface);
    expect(surfaces).not.toContain('lång');
    expect(
      analyzeQuestion('How often does the board meet?', 'en', lexicon).map((c) => c.surface),
    ).not.toContain('often');
  });

  it('meets a Swedish definite -an form by its base form too (tågresan → tågresa)', () => {
    const [concept] = analyzeQuestion('tågresan', 'sv', lexicon);
    expect(concept!.alternatives.map((a) => a.stems.join('+'))).toContain(stemSwedish('tågresa'));
  });

  it('offers the head of a hyphenated compound as a weaker alternative', () => {
    const [concept] = analyzeQuestion('EU-bevakningen', 'sv', lexicon);
    const alternatives = concept!.alternatives.map((a) => a.stems.join('+'));
    expect(alternatives).toContain(stemSwedish('bevakningen'));
  });
});

describe('letters of other alphabets', () => {
  it('reads "Gdańsk", "Zürich" and "Łódź" as people without those letters type them', () => {
    expect(tokenize('Gdańsk, Zürich och Łódź').map((t) => t.text)).toEqual([
      'gdansk',
      'zurich',
      'och',
      'lodz',
    ]);
  });

  it('keeps å, ä and ö as letters of their own, and the offsets of every token', () => {
    const text = 'Café i Malmö';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['cafe', 'i', 'malmö']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Café', 'i', 'Malmö']);
  });
});

describe('the ending of an abbreviation', () => {
  it('reads "EU:s" and "UBC:s" as the abbreviations, with no stray "s" to look for', () => {
    expect(tokenize('När fick Stockholm EU:s Mission Label och UBC:s stöd?').map((t) => t.text)).toEqual([
      'när',
      'fick',
      'stockholm',
      'eu',
      'mission',
      'label',
      'och',
      'ubc',
      'stöd',
    ]);
    // A time keeps its colon: "kl. 09:30" is no abbreviation.
    expect(tokenize('kl. 09:30').map((t) => t.text)).toEqual(['kl', '09', '30']);
  });
});

describe('compounds built on a name', () => {
  const knownStems = new Set(['hamburg', 'helsingfor']);
  const known = (part: string) => knownStems.has(stemSwedish(part));

  it('splits after a first part the documents know and the word list does not', () => {
    expect(splitAfterKnown('hamburgresan', known)).toEqual(['hamburg', 'resa']);
    expect(splitAfterKnown('helsingforsresan', known)).toEqual(['helsingfors', 'resa']);
  });

  it('leaves ordinary compounds and unknown first parts alone', () => {
    expect(splitAfterKnown('klimatanpassningsplan', () => true)).toBeNull();
    expect(splitAfterKnown('antwerpenresan', known)).toBeNull();
  });

  it('lets a compound on a name that the documents hold whole meet its parts written apart too', () => {
    const stems = new Set([stemSwedish('brysselkontoret'), stemSwedish('bryssel'), stemSwedish('kontor')]);
    const concept = analyzeQuestion('Hur bokar man via Brysselkontoret?', 'sv', emptyLexicon, (stem) =>
      stems.has(stem),
    ).find((c) => c.surface === 'Brysselkontoret');
    expect(concept!.alternatives.map((a) => a.stems)).toContainEqual([
      stemSwedish('bryssel'),
      stemSwedish('kontor'),
    ]);
  });

  it('gives a question word its parts only as a second reading', () => {
    const [concept] = analyzeQuestion('Hamburgresan', 'sv', emptyLexicon, (stem) => knownStems.has(stem));
    expect(concept!.surface).toBe('Hamburgresan');
    expect(concept!.parts?.map((p) => p.surface)).toEqual(['hamburg', 'resa']);
  });
});

describe('names of several words', () => {
  const surfaces = (question: string) =>
    analyzeQuestion(question, 'en', buildLexicon([]))
      .filter((c) => c.isName)
      .map((c) => c.surface);

  it('reads "of" and "of the" inside a name as part of it', () => {
    expect(surfaces('How many cities are in the Union of the Baltic Cities?')).toEqual([
      'Union Baltic Cities',
    ]);
    expect(surfaces('Who chairs the Forum of Mayors this year?')).toEqual(['Forum Mayors']);
  });

  it('reads a name run into a Swedish compound as the name and the compound\'s head ("Cities of Welcome-konferensen")', () => {
    const concepts = analyzeQuestion('Var hålls Cities of Welcome-konferensen?', 'sv', buildLexicon([]));
    expect(concepts.filter((c) => c.isName).map((c) => c.surface)).toEqual(['Cities Welcome']);
    const head = concepts.find((c) => c.surface === 'konferensen');
    expect(head?.alternatives.map((a) => a.stems)).toContainEqual([stemSwedish('konferens')]);
  });

  it('keeps two names joined by "and" apart', () => {
    expect(surfaces('Do Stockholm and Gdańsk share a coordinator?')).toEqual(['Stockholm', 'Gdańsk']);
  });
});

describe('the month of May', () => {
  it("reads a place's name on the head of its kind as the name and the kind (Värtahamnen holds hamn)", () => {
    expect(analyzeText('Frihamnen och Värtahamnen')).toEqual(
      expect.arrayContaining([PART + stemSwedish('hamn'), PART + stemSwedish('värta')]),
    );
    expect(analyzeText('Vilka hamnar')).toContain(stemSwedish('hamn'));
  });

  it('reads a day of a month as one term however it is written, in numbers or in words of either language', () => {
    const day = stemSwedish('10februari');
    for (const text of [
      'Sammanträde 2027-02-10',
      'den 10 februari 2027',
      'on 10 Feb 2027',
      'February 10, 2027',
    ])
      expect(analyzeText(text)).toContain(day);
    expect(analyzeText('den 24 februari 2027')).not.toContain(day);
    expect(analyzeText('under 2027 deltog 10 personer')).not.toContain(day);
  });

  it('reads "May" in a date as the month, which the Swedish "maj" names, and leaves the modal verb out', () => {
    expect(analyzeText('The forum meets on 18 May 2027.')).toContain('maj');
    expect(analyzeText('Registration closes May 2027.')).toContain('maj');
    expect(analyzeText('Sammanträde 2027-05-18')).toContain('maj');
    expect(analyzeText('Members may apply for a grant.')).not.toContain('maj');
  });
});

describe('the linking -s- of a compound', () => {
  it('joins the -s- to the part before it when the rest is a word too', () => {
    expect(splitCompound('beredskapsövningen')).toEqual(['beredskap', 'övning']);
    expect(splitCompound('säkerhetsövning')).toEqual(['säkerhet', 'övning']);
    // A part that does begin with s keeps it where the part before takes no link.
    expect(splitCompound('cykelstråket')).toEqual(['cykel', 'stråk']);
  });
});
