import { STANCE_OWNER } from './entities.js';
import type { WeightedConcept } from './rank.js';

/**
 * The part of a question that names where the answer is written rather than what it says: "… enligt 2019
 * års riktlinjer?", "… according to Utlåtande 2026:87?", "Under the proposed twinning rules, who …",
 * "… in the old KF 2019:08 guidelines?". Its words locate the document; the answering sentence need not
 * repeat them, just as it need not repeat the document's title.
 */
const MARKER =
  /\b(?:enligt|i\s+enlighet\s+med|utifrån|according\s+to|as\s+per|as\s+stated\s+in|under\s+(?:the|de|den|det)|in\s+the\s+(?:old|new|current|previous|former|proposed|latest|draft)|i\s+(?:de|den|det)\s+(?:gamla|nya|nuvarande|tidigare|förra|föreslagna))\b/giu;

/** A source phrase runs to the end of its clause. */
const CLAUSE_END = /[,;:?!]|\.(?:\s|$)/u;

/**
 * "enligt fastighetsnämnden", "according to the property committee": a body alone after the marker is whose
 * view is asked, which the answering sentence names ("Fastighetsnämnden anser …"), not where it is written.
 * Its decision or its guidelines ("enligt kommunstyrelsens beslut") stay a source.
 */
const BODY_ALONE = new RegExp(String.raw`^\s*(?:${STANCE_OWNER.source})\s*$`, 'iu');

/** Character ranges of the question's source phrases. */
export function sourceSpans(question: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of question.matchAll(MARKER)) {
    const start = m.index;
    const rest = question.slice(start + m[0].length);
    const end = CLAUSE_END.exec(rest);
    const phrase = end ? rest.slice(0, end.index) : rest;
    if (/^(?:enligt|according\s+to)$/iu.test(m[0]) && BODY_ALONE.test(phrase)) continue;
    spans.push([start, start + m[0].length + phrase.length]);
  }
  return spans;
}

/**
 * The question with its source phrases left out, and the punctuation that joined them, so that a question
 * word after "Under the proposed rules, …" opens what remains. A question that is all source phrase stays
 * as it is.
 */
export function outsideSpans(question: string, spans: [number, number][]): string {
  if (spans.length === 0) return question;
  let rest = '';
  let from = 0;
  for (const [start, end] of spans) {
    rest += `${question.slice(from, start)} `;
    from = end;
  }
  rest = (rest + question.slice(from)).replace(/^[\s,;:]+/u, '').replace(/\s+([,;:?!.])/gu, '$1');
  return /\p{L}/u.test(rest) ? rest : question;
}

/**
 * The topic concepts that stand inside a source phrase. A concept is found by its surface, which the
 * question holds as written; a concept that also occurs outside the phrase is content, not source.
 */
export function sourceConcepts(
  question: string,
  spans: [number, number][],
  topic: WeightedConcept[],
): Set<WeightedConcept> {
  const found = new Set<WeightedConcept>();
  if (spans.length === 0) return found;
  const lower = question.toLocaleLowerCase('sv');
  for (const w of topic) {
    const surface = w.concept.surface.toLocaleLowerCase('sv');
    const at: number[] = [];
    for (let i = lower.indexOf(surface); i >= 0; i = lower.indexOf(surface, i + 1)) at.push(i);
    if (at.length > 0 && at.every((i) => spans.some(([s, e]) => i >= s && i + surface.length <= e))) {
      found.add(w);
    }
  }
  // A question that is all source phrase ("Vad gäller enligt riktlinjerna?") keeps its words as content.
  return found.size === topic.length ? new Set() : found;
}

/** How much a concept of a question's preamble weighs against one of the question itself. */
const PREAMBLE_FACTOR = 0.5;

/**
 * A question may open with sentences that set the scene ("We're back from the staff exchange. Within what
 * time …?"). Their words help find the case but are not what is asked: they weigh less, and one the
 * documents never use ("back") does not make the question unanswerable.
 */
export function withPreamble(question: string, topic: WeightedConcept[]): WeightedConcept[] {
  const ends = [...question.matchAll(/[.!?]\s+(?=\S)/gu)];
  if (ends.length === 0) return topic;
  const asked = ends.at(-1)!.index + ends.at(-1)![0].length;
  const lower = question.toLocaleLowerCase('sv');
  return topic.map((w) => {
    const at = lower.indexOf(w.concept.surface.toLocaleLowerCase('sv'), asked);
    if (at >= 0) return w;
    return { ...w, weight: w.weight * PREAMBLE_FACTOR, absent: false };
  });
}
