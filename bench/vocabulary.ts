import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Words for generated documents, drawn from the real material in knowledge/: the glossaries (by section,
 * so that nouns, verbs and adjectives land in the right slots) and the long words of the seed document.
 */
export type Vocabulary = { nouns: string[]; verbs: string[]; adjectives: string[]; seedWords: string[] };

const VERB_SECTIONS = [
  'decisions',
  'preparing',
  'joining',
  'leading',
  'starting',
  'requiring',
  'money verbs',
  'contact',
];
const ADJECTIVE_SECTIONS = ['adjectives'];
// Sections whose words the generator leaves out so that the dev questions that must be declined (weather,
// conference rooms, …) stay unanswerable in a large corpus too.
const SKIPPED_SECTIONS = ['weather', 'meetings, premises', 'time', 'relations'];

/**
 * Words that the dev questions to decline are about; a generated corpus that mentioned them would change
 * what those questions test.
 */
export const BLOCKED_WORDS =
  /väder|konferens|cykel|eurocities|upphandl|skolplan|rinkeby|kista|ordförande|europa direkt|capital of scandinavia|medlemsavgift|kostnad/i;

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
      .filter((t) => t.length > 2);
    out.push({ section, terms });
  }
  return out;
}

export function loadVocabulary(knowledgeDir: string): Vocabulary {
  const read = (name: string) => readFileSync(path.join(knowledgeDir, name), 'utf8');
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  const adjectives = new Set<string>();
  const glossaries = [read('glossary.general.sv-en.txt'), read('glossary.sv-en.txt')];
  for (const { section, terms } of glossaries.flatMap(glossaryTerms)) {
    if (SKIPPED_SECTIONS.some((s) => section.startsWith(s))) continue;
    for (const term of terms) {
      if (BLOCKED_WORDS.test(term) || /[^\p{L} -]/u.test(term)) continue;
      const oneWord = !term.includes(' ');
      if (VERB_SECTIONS.some((s) => section.startsWith(s))) {
        if (oneWord && term.endsWith('a')) verbs.add(term);
        else if (oneWord) nouns.add(term);
      } else if (ADJECTIVE_SECTIONS.some((s) => section.startsWith(s))) {
        if (oneWord && !/(?:gen|st|id)$/.test(term)) adjectives.add(term);
      } else if (oneWord && /^\p{Ll}/u.test(term) && !term.endsWith('a')) {
        nouns.add(term);
      }
    }
  }
  const seed = readdirTexts(knowledgeDir).join(' ');
  const seedWords = [
    ...new Set((seed.match(/\p{L}{7,}/gu) ?? []).filter((w) => /^\p{Ll}/u.test(w) && !BLOCKED_WORDS.test(w))),
  ].sort();
  return {
    nouns: [...nouns].sort(),
    verbs: [...verbs].sort(),
    adjectives: [...adjectives].sort(),
    seedWords,
  };
}

function readdirTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') && !n.startsWith('glossary.'))
    .sort()
    .map((n) => readFileSync(path.join(dir, n), 'utf8'));
}
