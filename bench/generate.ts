import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

/**
 * A deterministic generator of Swedish referral (remiss) and strategy documents in the shape of the
 * real ones: case number, case officer, addressee, sender, a deadline sentence, sections with paragraphs
 * and lists. Every file starts with GENERATED_MARK; no file contains an expected phrase of the questions.
 */
export const GENERATED_MARK = 'Genererat testdokument – fiktivt innehåll';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

const SENDERS = [
  'Kommunstyrelsen',
  'Kommunfullmäktige',
  'Länsstyrelsen i Stockholms län',
  'Regeringskansliet',
];
const BOARDS = [
  'Stadsbyggnadsnämnden',
  'Miljö- och hälsoskyddsnämnden',
  'Trafiknämnden',
  'Utbildningsnämnden',
  'Socialnämnden',
  'Kulturnämnden',
  'Idrottsnämnden',
  'Exploateringsnämnden',
  'Arbetsmarknadsnämnden',
  'Äldrenämnden',
  'Fastighetsnämnden',
  'Servicenämnden',
  'Stockholms Hamnar AB',
  'Stockholm Vatten och Avfall AB',
  'Stockholm Business Region AB',
];
const DISTRICTS = [
  'Spånga-Tensta',
  'Hässelby-Vällingby',
  'Bromma',
  'Kungsholmen',
  'Norrmalm',
  'Östermalm',
  'Södermalm',
  'Enskede-Årsta-Vantör',
  'Skarpnäck',
  'Farsta',
  'Älvsjö',
  'Hägersten-Liljeholmen',
  'Skärholmen',
];
const FIRST = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Karin',
  'Lars',
  'Eva',
  'Per',
  'Sara',
  'Mikael',
  'Lena',
  'Ahmed',
];
const LAST = ['Andersson', 'Lindqvist', 'Berg', 'Nyström', 'Holm', 'Sandberg', 'Ekström', 'Karimi', 'Lund'];
const MONTHS = 'januari februari mars april maj juni juli augusti september oktober november december'.split(
  ' ',
);
/** Networks and organisations a European capital takes part in, as its documents name them. */
const NETWORKS = [
  'Eurocities',
  'ICLEI',
  'C40 Cities',
  'Union of the Baltic Cities',
  'CEMR',
  'Borgmästaravtalet',
  'Mayors for Peace',
  'Strong Cities Network',
  'WHO:s nätverk Healthy Cities',
  'Metropolis',
];
const KINDS = ['Strategi', 'Program', 'Riktlinjer', 'Handlingsplan', 'Policy', 'Plan'];
const SECTIONS = [
  'Bakgrund',
  'Ärendets beredning',
  'Förvaltningens synpunkter',
  'Ekonomiska konsekvenser',
  'Genomförande och uppföljning',
  'Ansvarsfördelning',
  'Mål och inriktning',
  'Samverkan',
  'Konsekvenser för barn och unga',
  'Internationellt perspektiv',
];

/** The real case-number shapes (DESIGN.md), filled with seeded digits. */
export function caseNumber(r: Random, year: number): string {
  const d = (n: number) => String(int(r, 0, 10 ** n - 1)).padStart(n, '0');
  const shapes = [
    () => `KS-dnr: ${d(3)}-${int(r, 100, 9999)}/${year}`,
    () => `Dnr ${year}-${d(3)}-${d(3)}`,
    () => `dnr T ${year}-${d(3)}-${d(5)}`,
    () => `Dnr 1.${int(r, 1, 9)}.${int(r, 1, 9)}-${int(r, 100, 999)}-${year}`,
    () => `dnr ${d(3)}-${int(r, 100, 999)}/${year}`,
    () => `Dnr: ${d(3)}-${d(3)}-${String(year % 100).padStart(2, '0')}`,
    () => `Dnr ${year}/KS ${d(4)} ${d(2)}`,
    () => `KSM-${year}-${d(3)}-${d(3)}`,
  ];
  return pick(r, shapes)();
}

type Writer = { r: Random; v: Vocabulary };

function person(r: Random): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

function board(r: Random): string {
  return r() < 0.5 ? pick(r, BOARDS) : `${pick(r, DISTRICTS)} stadsdelsnämnd`;
}

function name({ r, v }: Writer): string {
  return r() < 0.5 ? pick(r, NETWORKS) : pick(r, v.names);
}

function nounPhrase({ r, v }: Writer): string {
  const noun = r() < 0.25 ? pick(r, v.seedWords) : pick(r, v.nouns);
  return r() < 0.4 ? `${pick(r, v.adjectives)} ${noun}` : noun;
}

const SENTENCES: ((w: Writer) => string)[] = [
  (w) => `${board(w.r)} ska ${pick(w.r, w.v.verbs)} ${nounPhrase(w)} inom ${nounPhrase(w)}.`,
  (w) => `Förvaltningen bedömer att ${nounPhrase(w)} behöver ${pick(w.r, w.v.verbs)} ${nounPhrase(w)}.`,
  (w) => `Arbetet med ${nounPhrase(w)} ska ske i samverkan med ${board(w.r)}.`,
  (w) => `Stadens ${nounPhrase(w)} har under ${int(w.r, 2005, 2025)} utvecklats inom ${nounPhrase(w)}.`,
  (w) => `Det är angeläget att ${pick(w.r, w.v.verbs)} ${nounPhrase(w)} och ${nounPhrase(w)}.`,
  (w) =>
    `${capitalise(nounPhrase(w))} omfattar bland annat ${nounPhrase(w)}, ${nounPhrase(w)} och ${nounPhrase(w)}.`,
  (w) => `Nämnderna ansvarar för att ${pick(w.r, w.v.verbs)} ${nounPhrase(w)} i sina verksamheter.`,
  (w) => `Förslaget innebär att ${nounPhrase(w)} ska ${pick(w.r, w.v.verbs)} senast ${int(w.r, 2026, 2032)}.`,
  (w) => `Staden är medlem i ${name(w)} sedan ${int(w.r, 1990, 2025)}.`,
  (w) => `Samarbetet med ${name(w)} omfattar ${nounPhrase(w)} och ${nounPhrase(w)}.`,
  (w) => `${board(w.r)} ansvarar för kontakterna med ${name(w)}.`,
  (w) =>
    `Kostnaden för ${nounPhrase(w)} beräknas till ${decimal(int(w.r, 2, 95) / 10)} miljoner kronor per år.`,
  (w) => `Avgiften till ${name(w)} uppgår till ${int(w.r, 5, 900) * 1000} kronor per år.`,
  (w) =>
    `${capitalise(nounPhrase(w))} ska följas upp ${pick(w.r, ['en gång', 'två gånger', 'fyra gånger'])} per år.`,
];

/** A Swedish decimal number: 1,4. */
const decimal = (x: number) => String(x).replace('.', ',');

function sentence(w: Writer): string {
  return pick(w.r, SENTENCES)(w);
}

function paragraph(w: Writer): string {
  return Array.from({ length: int(w.r, 2, 5) }, () => sentence(w)).join(' ');
}

function list(w: Writer): string[] {
  const lead = `Utifrån ${nounPhrase(w)} läggs följande riktlinjer fast för arbetet:`;
  const items = Array.from(
    { length: int(w.r, 2, 5) },
    () => `- ${capitalise(board(w.r))} ska ${pick(w.r, w.v.verbs)} ${nounPhrase(w)}.`,
  );
  return [lead, '', ...items];
}

function deadline(r: Random, year: number): string {
  return `${int(r, 1, 28)} ${pick(r, MONTHS)} ${year}`;
}

/** One document's text; `n` selects referral (two in three) or strategy. */
export function generateDocument(w: Writer, n: number): string {
  const { r } = w;
  const year = int(r, 2005, 2026);
  const isReferral = n % 3 !== 2;
  const topic = nounPhrase(w);
  const title = `${pick(r, KINDS)} för ${topic}`;
  const dnr = caseNumber(r, year);
  const sender = pick(r, SENDERS);
  const to = board(r);
  const lines: string[] = [
    GENERATED_MARK,
    '',
    `Handläggare: ${person(r)}`,
    `Tfn: 08-508 ${int(r, 10, 99)} ${int(r, 100, 999)}`,
    '',
  ];
  lines.push('Till', to, '', title, '');
  if (isReferral) {
    lines.push(`Remiss från ${sender.toLocaleLowerCase('sv')} (${dnr})`, '');
    lines.push(
      'Förslag till beslut',
      '',
      '1. Tjänsteutlåtandet utgör svar på remissen',
      '2. Omedelbar justering.',
      '',
    );
    lines.push('Sammanfattning', '', paragraph(w), '');
    const others = [board(r), board(r), board(r)];
    lines.push('Remissen', '');
    lines.push(
      `${sender} har remitterat ärendet ”${title}” till ${to} för yttrande senast den ${deadline(r, year)}. ` +
        `Ärendet har också skickats på remiss till ${others[0]}, ${others[1]} samt ${others[2]}.`,
      '',
    );
  } else {
    lines.push(dnr, '', 'Sammanfattning', '', paragraph(w), '');
  }
  const sections = int(r, 2, 3);
  for (let s = 0; s < sections; s++) {
    lines.push(pick(r, SECTIONS), '', paragraph(w), '');
    if (r() < 0.6) lines.push(...list(w), '');
    if (r() < 0.5) lines.push(paragraph(w), '');
  }
  lines.push(person(r), pick(r, ['stadsdelsdirektör', 'förvaltningschef', 'avdelningschef']), '');
  return lines.join('\n');
}

const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ');

type QuestionLine = { expect_any?: string[]; candidates?: string[][] };

/**
 * Every phrase the question files expect in an answer (and every way a clarifying question may name a
 * candidate), for keeping generated text clear of them: a generated document must never make a wrong
 * answer look right.
 */
export async function forbiddenPhrases(...questionFiles: string[]): Promise<string[]> {
  const phrases = new Set<string>();
  for (const file of questionFiles) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const q = JSON.parse(line) as QuestionLine;
      for (const phrase of [...(q.expect_any ?? []), ...(q.candidates ?? []).flat()])
        phrases.add(squash(phrase));
    }
  }
  return [...phrases];
}

export type GenerateOptions = {
  docs: number;
  seed: number;
  knowledgeDir: string;
  forbidden: string[];
};

const MAX_DRAWS = 1000;

/** The documents' texts in order; a text that happens to contain a forbidden phrase is drawn again. */
export function* generateTexts(options: GenerateOptions): Generator<{ name: string; text: string }> {
  const w: Writer = { r: seededRandom(options.seed), v: loadVocabulary(options.knowledgeDir) };
  for (let n = 0; n < options.docs; n++) {
    let text = generateDocument(w, n);
    for (let draws = 1; ; draws++) {
      const squashed = squash(text);
      const hit = options.forbidden.find((p) => squashed.includes(p));
      if (hit === undefined) break;
      if (draws >= MAX_DRAWS)
        throw new Error(`generated documents keep containing the expected phrase "${hit}": it is too common`);
      text = generateDocument(w, n);
    }
    yield { name: `gen-${String(n).padStart(6, '0')}.txt`, text };
  }
}

/** Writes the corpus into `dir` (in sub-folders of 1,000 files). */
export async function writeCorpus(dir: string, options: GenerateOptions): Promise<number> {
  let count = 0;
  for (const { name, text } of generateTexts(options)) {
    const sub = path.join(dir, `batch-${String(Math.floor(count / 1000)).padStart(3, '0')}`);
    if (count % 1000 === 0) await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, name), text);
    count++;
  }
  return count;
}
