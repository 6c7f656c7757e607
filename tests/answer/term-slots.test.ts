import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate.js';
import { proximity, proximityOfSlots, termsByWord } from '../../src/answer/proximity.js';
import { conceptMatch, type WeightedConcept } from '../../src/answer/rank.js';
import { QuestionTerms } from '../../src/answer/term-slots.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { documentOf } from '../search/documents.js';

const documents = [
  documentOf('a', [
    { text: 'Kommunstyrelsen ansvarar för bevakning. Nämnderna följer upp arbetet.', section: 'Ansvar' },
    { text: 'Staden deltar i internationella nätverk för hållbar tillväxt.', section: null },
    { text: 'Remissen har skickats till kulturnämnden och utbildningsnämnden.', section: 'Remiss' },
  ]),
  documentOf('b', [
    { text: 'Handlingsplanen för klimatet gäller till 2030. Den följs upp varje år.', section: 'Klimat' },
    { text: 'Förvaltningens synpunkter på förslaget: ekonomiska konsekvenser saknas.', section: null },
  ]),
];

/** A concept over random index terms, with random strengths and qualities (some terms unknown). */
function randomConcept(index: SearchIndex, random: () => number): WeightedConcept {
  const terms = [...index.data.terms, 'okänd', 'saknas-helt'];
  const pick = () => terms[Math.floor(random() * terms.length)]!;
  const expansions = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
    quality: [1, 0.9, 0.7, 0.5][Math.floor(random() * 4)]!,
    stems: Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        term: pick(),
        strength: [1, 0.85, 0.7, 0.6][Math.floor(random() * 4)]!,
      })),
    ),
  }));
  return {
    concept: { surface: 'x', alternatives: [], isName: false, nounish: true, lang: 'sv' },
    expansions,
    weight: 1,
    postings: new Int32Array(0),
    generic: false,
    absent: false,
  };
}

describe('the question terms as bit slots', () => {
  it('match a concept against any bag exactly as conceptMatch does', () => {
    const index = new SearchIndex(documents);
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const concepts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        randomConcept(index, random),
      );
      const slots = new QuestionTerms(index, concepts);
      const bags: { has(term: string): boolean }[] = index.entries.flatMap((e) => [
        e.terms,
        e.context,
        e.title,
        ...e.sentences.map((s) => s.terms),
      ]);
      bags.push(index.passagesBag(index.entries.slice(0, 3)), index.passagesBag(index.entries.slice(3)));
      // A bag that is neither a view of the index's arrays nor a run of passages.
      bags.push(new Set(index.data.terms.filter((_, i) => i % 3 === 0)));
      const masks = slots.masks(bags.length);
      bags.forEach((bag, m) => {
        slots.read(bag, masks, m);
      });
      for (const w of concepts) {
        bags.forEach((bag, m) => {
          expect(slots.match(w, masks, m)).toBe(conceptMatch(w, bag));
        });
      }
    }
  });

  it('match a long run of passages (a register of many cases) as conceptMatch does, read again alike', () => {
    const words = [
      'bevakning',
      'nätverk',
      'remiss',
      'klimat',
      'budget',
      'delegation',
      'avtal',
      'yttrande',
      'konferens',
      'handlingsplan',
      'samverkan',
      'riktlinje',
      'uppföljning',
      'stipendium',
    ];
    const random = seededRandom(5);
    const register = documentOf(
      'register',
      Array.from({ length: 160 }, (_, i) => ({
        text: `Ärende ${i}: ${Array.from({ length: 6 }, () => `${words[Math.floor(random() * words.length)]}${Math.floor(random() * 40)}`).join(' ')}.`,
        section: i % 10 === 0 ? `Avsnitt ${i}` : null,
      })),
    );
    const index = new SearchIndex([...documents, register]);
    const start = index.entries.findIndex((e) => e.doc.id === 'register');
    const runs = [index.entries.slice(start), index.entries.slice(start + 7, start + 150)];
    for (let round = 0; round < 20; round++) {
      const concepts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        randomConcept(index, random),
      );
      const slots = new QuestionTerms(index, concepts);
      const bags = runs.map((run) => index.passagesBag(run));
      const masks = slots.masks(bags.length);
      bags.forEach((bag, m) => {
        slots.read(bag, masks, m);
      });
      for (const w of concepts) {
        bags.forEach((bag, m) => {
          expect(slots.match(w, masks, m)).toBe(conceptMatch(w, bag));
        });
      }
    }
  });

  it('unites masks as a union of their bags', () => {
    const index = new SearchIndex(documents);
    const random = seededRandom(11);
    const concepts = Array.from({ length: 8 }, () => randomConcept(index, random));
    const slots = new QuestionTerms(index, concepts);
    const [a, b] = [index.entries[0]!.terms, index.entries[3]!.context];
    const masks = slots.masks(3);
    slots.read(a, masks, 0);
    slots.read(b, masks, 1);
    slots.copy(masks, 2, masks, 0);
    slots.or(masks, 2, masks, 1);
    const union = { has: (term: string) => a.has(term) || b.has(term) };
    for (const w of concepts) expect(slots.match(w, masks, 2)).toBe(conceptMatch(w, union));
  });

  it('give each sentence the proximity the sets of terms give', () => {
    const index = new SearchIndex(documents);
    const random = seededRandom(13);
    const sentences = index.entries.flatMap((e) => e.sentences.map((s) => termsByWord(s.text)));
    // Repeated words and a word that holds two of the question's terms.
    sentences.push(termsByWord('Nämnderna följer upp arbetet och nämnderna följer upp nämnderna.'));
    for (let round = 0; round < 200; round++) {
      const words = sentences[Math.floor(random() * sentences.length)]!;
      const present = words.flat();
      const concepts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const w = randomConcept(index, random);
        // Mostly terms the sentence holds, so that windows are found.
        for (const alt of w.expansions)
          for (const stem of alt.stems)
            for (const m of stem)
              if (present.length > 0 && random() < 0.7)
                m.term = present[Math.floor(random() * present.length)]!;
        return w;
      });
      const slots = new QuestionTerms(index, concepts);
      expect(proximityOfSlots(words, concepts, slots)).toBe(proximity(words, concepts));
    }
  });
});
