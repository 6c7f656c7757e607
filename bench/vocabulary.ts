import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Words for generated documents, drawn from the real material in knowledge/: the glossaries (by section,
 * so that nouns, verbs and adjectives land in the right slots), the long words of the seed document, and
 * names (organisations, places, programmes) from both. Every section and every word is used: a generated
 * corpus that left out the topics of some questions (fees, costs, Eurocities, the weather) would make
 * those questions easier among many documents than they are in a real city's archive. The only rule that
 * keeps generated text apart from the questions is in generate.ts: a document that happens to hold an
 * expected answer phrase is drawn again.
 */
export type Vocabulary = {
  nouns: string[];
  verbs: string[];
  adjectives: string[];
  seedWords: string[];
  names: string[];
};

const VERB_SECTIONS = [
  'decisions',
  'preparing',
  'joining',
  'leading',
  'starting',
  'requiring',
  'money verbs',
  'contact',
  'relations',
];
const ADJECTIVE_SECTIONS = ['adjectives'];

function glossaryTerms(text: string): { section: string; terms: string[] }[] {
  const out: { section: string; terms: string[] }[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    const heading = /^#\s*---\s*(.*?)\s*---/.exec(line);
    if (heading) {
      section = heading[1]!.toLowerCase();
      continue;
    }
    if (line.startsWith('#') || !line.includes('|')) continue;
    const swedish = line.split('|')[0]!.replace(/\*/g, '');
    const terms = swedish
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t.length >= 2);
    out.push({ section, terms });
  }
  return out;
}

export function loadVocabulary(knowledgeDir: string): Vocabulary {
  const read = (name: string) => readFileSync(path.join(knowledgeDir, name), 'utf8');
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  const adjectives = new Set<string>();
  const names = new Set<string>();
  const glossaries = [read('glossary.general.sv-en.txt'), read('glossary.sv-en.txt')];
  for (const { section, terms } of glossaries.flatMap(glossaryTerms)) {
    for (const term of terms) {
      // Every term lands somewhere, so that no topic of the glossary is missing from the corpus: a capitalised
      // term or an abbreviation is a name; a verb section's term whose first word is an infinitive is a verb
      // (also "ta ställning"); an adjective section's one-word term is an adjective; anything else a noun.
      if (/^\p{Lu}/u.test(term)) {
        names.add(term);
        continue;
      }
      const first = term.split(' ')[0]!;
      if (VERB_SECTIONS.some((s) => section.startsWith(s))) {
        if (first.endsWith('a')) verbs.add(term);
        else nouns.add(term);
      } else if (ADJECTIVE_SECTIONS.some((s) => section.startsWith(s)) && !term.includes(' ')) {
        adjectives.add(term);
      } else {
        nouns.add(term);
      }
    }
  }
  const seed = readdirTexts(knowledgeDir).join(' ');
  const seedWords = [...new Set((seed.match(/\p{L}{7,}/gu) ?? []).filter((w) => /^\p{Ll}/u.test(w)))].sort();
  // A capitalised word right after a lower-case word is a name, not the start of a sentence.
  for (const m of seed.matchAll(/\p{Ll},? (\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*)/gu)) {
    if (m[1]!.length >= 4) names.add(m[1]!);
  }
  return {
    nouns: [...nouns].sort(),
    verbs: [...verbs].sort(),
    adjectives: [...adjectives].sort(),
    seedWords,
    names: [...names].sort(),
  };
}

function readdirTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') && !n.startsWith('glossary.'))
    .sort()
    .map((n) => readFileSync(path.join(dir, n), 'utf8'));
}
