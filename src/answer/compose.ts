import type { Lang } from '../core/lang.js';
import type { Evidence, KnowledgeDocument } from '../knowledge/types.js';
import type { Lexicon } from '../search/lexicon.js';
import { stemSwedish } from '../search/stemmer.js';
import { tokenize } from '../search/tokenize.js';
import type { AnswerEngineOptions } from './engine.js';
import type { Intent } from './intent.js';
import { t } from './messages.js';
import type { Citation } from './types.js';

/** Answers stay short (DESIGN.md: at most 600 characters, never a paste of passages). */
const MAX_ANSWER = 600;

function clamp(text: string): string {
  if (text.length <= MAX_ANSWER) return text;
  const cut = text.slice(0, MAX_ANSWER - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function list(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(lang, 'and')} ${items.at(-1)}`;
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

/** Today's date (ISO) in the configured time zone. */
export function localToday(options: AnswerEngineOptions): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(options.clock.now());
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function composeMetadataAnswer(
  lang: Lang,
  intent: Intent,
  doc: KnowledgeDocument,
  options: AnswerEngineOptions,
  lexicon: Lexicon,
): { answer: string; evidence: Evidence } | null {
  const m = doc.meta;
  const withNote = (answer: string) =>
    clamp(replacedNote(lang, doc) ? `${answer} ${replacedNote(lang, doc)}` : answer);
  switch (intent) {
    case 'deadline': {
      if (!m.deadline) return null;
      const days = daysBetween(localToday(options), m.deadline.date);
      const status =
        days < 0
          ? t(lang, 'deadlinePassed', { days: -days })
          : days === 0
            ? t(lang, 'deadlineToday')
            : t(lang, 'deadlineLeft', { days });
      return {
        answer: withNote(`${t(lang, 'deadline', { date: formatDate(m.deadline.date, lang) })} ${status}`),
        evidence: m.deadline,
      };
    }
    case 'case_number':
      if (!m.dnr) return null;
      return { answer: withNote(t(lang, 'caseNumber', { dnr: m.dnr })), evidence: dnrEvidence(doc) };
    case 'case_officer':
      if (!m.caseOfficer) return null;
      return {
        answer: withNote(
          t(lang, 'caseOfficer', { name: m.caseOfficer.name, phone: m.caseOfficer.phone ?? '' }),
        ),
        evidence: m.caseOfficer,
      };
    case 'recipients': {
      if (!m.recipients && !m.addressee) return null;
      const to = m.addressee ? t(lang, 'addressee', { name: m.addressee }) : '';
      const also = m.recipients ? t(lang, 'recipients', { names: list(lang, m.recipients.names) }) : '';
      return {
        answer: withNote([to, also].filter(Boolean).join(' ')),
        evidence: m.recipients ?? addresseeEvidence(doc),
      };
    }
    case 'title': {
      const passage = doc.passages.find((p) => p.text.includes(m.title)) ?? doc.passages[0]!;
      const sentence = passage.text.length <= 400 ? passage.text : m.title;
      return {
        answer: withNote(t(lang, 'title', { title: m.title })),
        evidence: { sentence, passageId: passage.id },
      };
    }
    case 'sender': {
      if (!m.sender) return null;
      const name = lang === 'en' ? withGloss(m.sender.name, lexicon) : m.sender.name;
      return { answer: withNote(t(lang, 'sender', { name })), evidence: m.sender };
    }
    case 'signatories': {
      if (m.signatories.length === 0) return null;
      const names = m.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name));
      const first = doc.passages.find((p) => p.text === m.signatories[0]!.name);
      return {
        answer: withNote(t(lang, 'signatories', { names: list(lang, names) })),
        evidence: {
          sentence: `${m.signatories[0]!.name}, ${m.signatories[0]!.role ?? ''}`.replace(/, $/, ''),
          passageId: first?.id ?? doc.passages[0]!.id,
        },
      };
    }
    default:
      return null;
  }
}

function addresseeEvidence(doc: KnowledgeDocument): Evidence {
  const passage =
    doc.passages.find((p) => p.text.replace(/\s+-\s+/g, '-') === doc.meta.addressee) ?? doc.passages[0]!;
  return { sentence: passage.text, passageId: passage.id };
}

function dnrEvidence(doc: KnowledgeDocument): Evidence {
  const dnr = doc.meta.dnr ?? '';
  const passage = doc.passages.find((p) => p.text.includes(dnr));
  return { sentence: passage?.text ?? dnr, passageId: passage?.id ?? doc.passages[0]!.id };
}

function replacedNote(lang: Lang, doc: KnowledgeDocument): string {
  return doc.meta.replacedBy ? t(lang, 'replaced', { title: doc.meta.title, by: doc.meta.replacedBy }) : '';
}

/** "Kommunstyrelsen" → "Kommunstyrelsen (City Executive Board)" when the lexicon knows it. */
function withGloss(name: string, lexicon: Lexicon): string {
  const gloss = lexicon.glosses.get(name.toLocaleLowerCase('sv'));
  return gloss && gloss.length > 0 ? `${name} (${gloss[0]})` : name;
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
  if (intent === 'responsible') {
    const subject = subjectOf(top.quote, RESPONSIBILITY_VERB);
    if (subject) {
      return clamp(
        `${t(lang, 'responsible', { subject })} ${t(lang, 'according', { source, sentence: top.quote })}${note}`,
      );
    }
  }
  if (lang === 'sv') {
    const direct = directClause(top.quote);
    if (direct) return clamp(`${direct} ${t(lang, 'source_only', { source })}${note}`);
  }
  return clamp(`${t(lang, 'according', { source, sentence: top.quote })}${note}`);
}

/** For English readers: the lexicon's English for the Swedish key terms of a text, e.g. " (nämnder: committees)". */
export function glossOf(text: string, lexicon: Lexicon): string {
  const stems = new Map<string, string>();
  for (const token of tokenize(text)) {
    // Names are not glossed ("Stockholms" is not "stockholmer").
    if (/^\p{Lu}/u.test(text.slice(token.start, token.end))) continue;
    stems.set(stemSwedish(token.text), token.text);
  }
  const found: string[] = [];
  for (const [sv, en] of lexicon.glosses) {
    if (sv.includes(' ') || en.length === 0 || found.length >= 4) continue;
    const surface = stems.get(stemSwedish(sv));
    if (surface && surface.length > 3 && !found.some((f) => f.startsWith(`${surface}:`)))
      found.push(`${surface}: ${en[0]}`);
  }
  return found.length > 0 ? ` (${found.join('; ')})` : '';
}

/** "Förslag till beslut: 1. … 2. …" — the list the question asked for, under its heading or lead. */
export function composeListAnswer(headingText: string, items: string[]): string {
  const heading = headingText.replace(/:\s*$/, '');
  const body = items.map((item, i) => `${i + 1}. ${item.replace(/\.$/, '')}`).join(' ');
  return clamp(heading ? `${heading}: ${body}` : body);
}

const FRONTED =
  /^(?<adverbial>(?:I|Vid|När|För|Inom|Enligt|Utifrån|Efter|Under|Genom|Om|Då|Till)\s[^.;]+?)\s(?<finite>ska|skall|bör|måste|kan|får)\s(?<subject>(?:\S+\s){0,7}?\S+)\s(?<verb>\p{Ll}+(?:a|as))(?<rest>(?:[\s,].*)?)$/u;

/**
 * Swedish puts a fronted adverbial before the verb and the subject after it ("I valet av partner ska
 * sakfrågan styra"). The direct answer puts the subject first: "Sakfrågan ska styra – i valet av partner."
 */
export function directClause(sentence: string): string | null {
  const m = FRONTED.exec(sentence.trim().replace(/[.!]$/, ''));
  if (!m?.groups) return null;
  const { adverbial, finite, subject, verb, rest } = m.groups as Record<string, string>;
  if (/^(inte|också|även|dock|alltså|därför)$/i.test(subject!)) return null;
  const lead = subject!.charAt(0).toLocaleUpperCase('sv') + subject!.slice(1);
  const context = adverbial!.charAt(0).toLocaleLowerCase('sv') + adverbial!.slice(1);
  return `${lead} ${finite} ${verb}${rest} – ${context}.`;
}

/** Several referrals, each with its deadline: "Remisser med svarsdag: ”A” (dnr …) senast …; ”B” …". */
export function composeDeadlineList(lang: Lang, docs: KnowledgeDocument[]): string {
  const items = docs.map((d) => {
    const dnr = d.meta.dnr ? ` (${lang === 'sv' ? 'dnr' : 'case'} ${d.meta.dnr})` : '';
    return `”${d.meta.title}”${dnr}: ${formatDate(d.meta.deadline!.date, lang)}`;
  });
  return clamp(`${t(lang, 'severalDeadlines')} ${items.join('; ')}.`);
}

export function composeSignatoryAnswer(
  lang: Lang,
  signatory: { name: string; role: string | null },
  doc: KnowledgeDocument,
): string {
  return clamp(
    t(lang, 'signatory', { name: signatory.name, role: signatory.role ?? '', title: doc.meta.title }),
  );
}

/**
 * "I don't know", and what the documents are about. Confidential documents are left out of that list:
 * an abstention goes to channels too, and nobody asked about them.
 */
export function composeAbstention(lang: Lang, documents: KnowledgeDocument[]): string {
  if (documents.length === 0) return t(lang, 'abstainEmpty');
  const open = documents.filter((d) => d.meta.confidential === null);
  const titles = [...new Set(open.map((d) => `”${d.meta.title}”`))].slice(0, 4);
  if (titles.length === 0) return t(lang, 'abstain');
  return clamp(`${t(lang, 'abstain')} ${t(lang, 'abstainCovers', { titles: titles.join(', ') })}`);
}
