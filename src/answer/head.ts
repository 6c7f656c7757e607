import type { WeightedConcept } from './rank.js';

/**
 * The head of a which- or what-question: the kind of thing it asks for ("Vilka risker …" → risker, "Which
 * working groups …" → working groups, "What is the headline target of …" → target). A sentence that answers
 * names that kind, or stands under a heading or list lead that names it ("Risker", "five working groups:").
 */
const ASKING = new Set(['vilka', 'vilken', 'vilket', 'vad', 'which', 'what']);

/** Words between the question word and its noun: copulas, articles, "av", "kind of", numbers. */
const BETWEEN = new Set(
  (
    'is are was were be the a an of kind type sort types kinds sorts main key ' +
    'är var blir av de den det ett en några alla slags sorts typ typer ' +
    'one two three four five six seven eight nine ten ' +
    'två tre fyra fem sex sju åtta nio tio'
  ).split(' '),
);

/** A noun run ends at a preposition ("limit per person", "fee for the network"). */
const PREPOSITIONS = new Set('of per for in on at to from with by about under over within'.split(' '));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function wordsOf(text: string): string[] {
  return [...text.normalize('NFC').toLocaleLowerCase('sv').matchAll(WORD)].map((m) =>
    m[0].replace(/['’]s$/, ''),
  );
}

function conceptOfWord(topic: WeightedConcept[], word: string): WeightedConcept | undefined {
  return topic.find((w) => wordsOf(w.concept.surface).includes(word));
}

/**
 * The topic concept that is the question's head, or null when the question word is followed by a verb
 * ("What does the strategy say"), a name, or nothing of the topic.
 */
export function headConcept(question: string, topic: WeightedConcept[]): WeightedConcept | null {
  const words = wordsOf(question);
  const at = words.findIndex((w) => ASKING.has(w));
  if (at < 0) return null;
  let j = at + 1;
  while (j < words.length && (BETWEEN.has(words[j]!) || /^\d+$/.test(words[j]!))) j++;
  const first = words[j] !== undefined ? conceptOfWord(topic, words[j]!) : undefined;
  if (!first || first.concept.isName || !first.concept.nounish) return null;
  // English puts the head last in a run of nouns ("headline target", "sister-city agreement"); a Swedish
  // compound is one word.
  let head = first;
  for (let k = j + 1; first.concept.lang === 'en' && k < words.length; k++) {
    if (PREPOSITIONS.has(words[k]!)) break;
    const next = conceptOfWord(topic, words[k]!);
    if (!next?.concept.nounish || next.concept.isName) break;
    head = next;
  }
  return head;
}
