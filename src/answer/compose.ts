import type { Lang } from '../core/lang.js';
import { speechOf } from '../knowledge/blocks.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import type { Lexicon } from '../search/lexicon.js';
import type { AnswerEngineOptions } from './engine.js';
import type { Intent } from './intent.js';
import { textLanguage } from './language.js';
import { t } from './messages.js';
import type { Citation } from './types.js';

/** Answers stay short (DESIGN.md: at most 600 characters, never a paste of passages). */
const MAX_ANSWER = 600;

/** Cuts an answer at a word boundary so that it stays within DESIGN.md's 600 characters. */
export function clamp(text: string): string {
  if (text.length <= MAX_ANSWER) return text;
  const cut = text.slice(0, MAX_ANSWER - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * One formatter per time zone: creating an Intl.DateTimeFormat costs about a tenth of a millisecond, and
 * today's date is read per candidate document and per comparison when cases are sorted by deadline.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The last day read per time zone, with the second it was read in: a question reads today's date once per
 * candidate document, and formatting it was a few per cent of an answer at 10,000 documents. Every time
 * zone's offset is a whole number of seconds, so the date cannot change within a second.
 */
const lastDay = new Map<string, { second: number; day: string }>();

/** Today's date (ISO) in the configured time zone. */
export function localToday(options: AnswerEngineOptions): string {
  const now = options.clock.now();
  const second = Math.floor(now.getTime() / 1000);
  const last = lastDay.get(options.timeZone);
  if (last && last.second === second) return last.day;
  let format = dayFormats.get(options.timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: options.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(options.timeZone, format);
  }
  const day = format.format(now);
  lastDay.set(options.timeZone, { second, day });
  return day;
}

const RESPONSIBILITY_VERB = /\s(ansvarar|ansvarade|har ansvaret|har ansvar|är ansvarig[a]?|ska ansvara)\s/u;

/** The grammatical subject before the verb of a sentence: "X ansvarar för …" → X. */
function subjectOf(sentence: string, pattern: RegExp): string | null {
  const m = pattern.exec(` ${sentence} `);
  if (!m) return null;
  const subject = ` ${sentence} `.slice(0, m.index).trim();
  const words = subject.split(/\s+/).length;
  return words >= 1 && words <= 10 && /^[\p{Lu}]/u.test(subject) ? subject : null;
}

/**
 * A passage answer: for a responsibility question the body named as responsible, then the source and the
 * quote; otherwise the sentence as the answer. English answers are one plain sentence and the Swedish
 * quote, never word-by-word glosses.
 */
export function composePassageAnswer(lang: Lang, intent: Intent, top: Citation, _lexicon: Lexicon): string {
  const source = t(lang, 'source', { title: top.title, dnr: top.dnr ?? '' });
  const note = top.replacedBy ? ` ${t(lang, 'replaced', { title: top.title, by: top.replacedBy })}` : '';
  // An English document quoted to an English question needs no "(in Swedish)", and a Swedish reader is told
  // when the quote is in English.
  const according = (textLanguage(top.quote) ?? lang) === lang ? 'according' : 'accordingForeign';
  if (intent === 'responsible') {
    const subject = subjectOf(top.quote, RESPONSIBILITY_VERB);
    if (subject) {
      return clamp(
        `${t(lang, 'responsible', { subject })} ${t(lang, according, { source, sentence: top.quote })}${note}`,
      );
    }
  }
  // What a speaker said in a debate is theirs: the answer says whose speech it quotes ("Jag föreslår …").
  const speech = speechOf(top.section);
  if (speech) {
    const by = t(lang, speech.number ? 'speechNumbered' : 'speech', {
      speaker: speech.speaker,
      number: speech.number ?? '',
    });
    return clamp(`${t(lang, according, { source: `${source}${by}`, sentence: top.quote })}${note}`);
  }
  if (lang === 'sv') {
    const direct = directClause(top.quote);
    if (direct) return clamp(`${direct} ${t(lang, 'source_only', { source })}${note}`);
  }
  return clamp(`${t(lang, according, { source, sentence: top.quote })}${note}`);
}

/** "Förslag till beslut: 1. … 2. …" — the list the question asked for, under its heading or lead. */
export function composeListAnswer(headingText: string, items: string[]): string {
  const heading = headingText.replace(/:\s*$/, '');
  const body = items.map((item, i) => `${i + 1}. ${item.replace(/\.$/, '')}`).join(' ');
  return clamp(heading ? `${heading}: ${body}` : body);
}

const FRONTED =
  /^(?<adverbial>(?:I|Vid|När|För|Inom|Enligt|Utifrån|Efter|Under|Genom|Om|Då|Till)\s[^.;]+?)\s(?<finite>ska|skall|bör|måste|kan|får)\s(?<subject>(?:\S+\s){0,7}?\S+)\s(?<verb>\p{Ll}+(?:a|as))(?<!(?:ella|iska|nska|liga|iga|iva|ära|sta|rna)s?)(?<rest>(?:[\s,].*)?)$/u;

/** A preposition and a word that points to an earlier sentence: "i den", "för detta", "i så fall". */
const POINTING_BACK =
  /^\p{L}+\s+(?:den|det|denna|detta|dessa|dem|därmed|så\s+fall|detta\s+fall|det\s+fallet|samband\s+med\s+detta)$/iu;

/**
 * Swedish puts a fronted adverbial before the verb and the subject after it ("I valet av partner ska
 * sakfrågan styra"). The direct answer puts the subject first: "Sakfrågan ska styra – i valet av partner."
 * The infinitive ends in -a, as many adjectives do: one with an adjective's or a plural's ending ("internationella",
 * "årliga", "deltagarna") is the subject's, not its verb.
 */
export function directClause(sentence: string): string | null {
  const m = FRONTED.exec(sentence.trim().replace(/[.!]$/, ''));
  if (!m?.groups) return null;
  const { adverbial, finite, subject, verb, rest } = m.groups as Record<string, string>;
  if (/^(inte|också|även|dock|alltså|därför)$/i.test(subject!)) return null;
  // "I den bör det beaktas att …": an adverbial that only points back ("i den", "i detta fall") means nothing
  // moved to the end of the answer.
  if (POINTING_BACK.test(adverbial!)) return null;
  const lead = subject!.charAt(0).toLocaleUpperCase('sv') + subject!.slice(1);
  const context = adverbial!.charAt(0).toLocaleLowerCase('sv') + adverbial!.slice(1);
  return `${lead} ${finite} ${verb}${rest} – ${context}.`;
}

/**
 * "I don't know", and what the documents are about. Confidential documents are left out of that list:
 * an abstention goes to channels too, and nobody asked about them.
 */
export function composeAbstention(lang: Lang, documents: KnowledgeDocument[]): string {
  if (documents.length === 0) return t(lang, 'abstainEmpty');
  // The first four distinct titles of open documents, without walking every document of a large corpus.
  const titles: string[] = [];
  for (const d of documents) {
    if (d.meta.confidential !== null) continue;
    const title = `”${d.meta.title}”`;
    if (!titles.includes(title)) titles.push(title);
    if (titles.length === 4) break;
  }
  if (titles.length === 0) return t(lang, 'abstain');
  return clamp(`${t(lang, 'abstain')} ${t(lang, 'abstainCovers', { titles: titles.join(', ') })}`);
}
