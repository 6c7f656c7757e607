import { calendarDaysBetween } from '../calendar/working-days.js';
import type { Lang } from '../core/lang.js';
import type { AgendaGroup, Author, Case, FieldEvidence, MeetingTime } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { clamp, formatDate, localToday } from './compose.js';
import type { AnswerEngineOptions } from './engine.js';
import type { Intent } from './intent.js';
import { t } from './messages.js';
import type { ClarifyOption } from './types.js';

/** The intents a case field answers, and whether the case has that field. */
export const FIELD_INTENTS = [
  'deadline',
  'case_number',
  'case_officer',
  'recipients',
  'sender',
  'author',
  'signatories',
  'title',
] as const satisfies readonly Intent[];

export type FieldIntent = (typeof FIELD_INTENTS)[number];

export function isFieldIntent(intent: Intent): intent is FieldIntent {
  return (FIELD_INTENTS as readonly string[]).includes(intent);
}

export function hasField(c: Case, intent: FieldIntent): boolean {
  switch (intent) {
    case 'deadline':
      return c.deadline !== null;
    case 'case_number':
      return c.dnr !== null;
    case 'case_officer':
      return c.caseOfficer !== null;
    case 'recipients':
      return c.recipients !== null;
    case 'sender':
      return c.sender !== null;
    case 'author':
      return c.author !== null;
    case 'signatories':
      return c.signatories.length > 0;
    case 'title':
      return c.title !== null;
  }
}

/** "Kulturnämnden sammanträder tisdag 16 mars 2027 kl. 17.00." */
export function composeMeetingTime(lang: Lang, meeting: MeetingTime, past: boolean): string {
  const p = { date: formatDate(meeting.date, lang), time: meeting.time ?? '', body: meeting.body ?? '' };
  const key = meeting.body
    ? past
      ? 'meetingBodyPast'
      : 'meetingBody'
    : past
      ? 'meetingTimePast'
      : 'meetingTime';
  return t(lang, meeting.time ? `${key}At` : key, p);
}

function list(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(lang, 'and')} ${items.at(-1)}`;
}

/** The answer to a field question from the case's field, with the field's evidence as the quote. */
export function composeCaseField(
  lang: Lang,
  intent: FieldIntent,
  c: Case,
  options: AnswerEngineOptions,
  /** For `author`: the kind of paper asked about ("the letter"), when the question names one. */
  paperKind: Author['kind'] | null = null,
): { answer: string; evidence: FieldEvidence } | null {
  switch (intent) {
    case 'deadline': {
      if (!c.deadline) return null;
      const days = calendarDaysBetween(localToday(options), c.deadline.value);
      const status =
        days < 0
          ? t(lang, 'deadlinePassed', { days: -days })
          : days === 0
            ? t(lang, 'deadlineToday')
            : t(lang, 'deadlineLeft', { days });
      const about = c.title ? ` (${caseLabel(lang, c)})` : '';
      return {
        answer: clamp(
          `${t(lang, 'deadline', { date: formatDate(c.deadline.value, lang) })}${about} ${status}`,
        ),
        evidence: c.deadline.evidence,
      };
    }
    case 'case_number':
      if (!c.dnr) return null;
      return { answer: clamp(t(lang, 'caseNumber', { dnr: c.dnr.value })), evidence: c.dnr.evidence };
    case 'case_officer':
      if (!c.caseOfficer) return null;
      return {
        answer: clamp(
          t(lang, 'caseOfficer', { name: c.caseOfficer.value.name, phone: c.caseOfficer.value.phone ?? '' }),
        ),
        evidence: c.caseOfficer.evidence,
      };
    case 'recipients':
      if (!c.recipients) return null;
      return {
        answer: clamp(t(lang, 'recipients', { names: list(lang, c.recipients.value) })),
        evidence: c.recipients.evidence,
      };
    case 'sender':
      if (!c.sender) return null;
      return { answer: clamp(t(lang, 'sender', { name: c.sender.value })), evidence: c.sender.evidence };
    case 'author': {
      const paper = paperKind ? c.papers.find((p) => p.value.kind === paperKind) : c.author;
      if (!paper) return null;
      const message = AUTHOR_MESSAGE[paper.value.kind];
      return {
        answer: clamp(t(lang, message, { names: paper.value.names })),
        evidence: paper.evidence,
      };
    }
    case 'signatories': {
      const first = c.signatories[0];
      if (!first) return null;
      const names = c.signatories.map((s) =>
        s.value.role ? `${s.value.name} (${s.value.role})` : s.value.name,
      );
      return {
        answer: clamp(t(lang, 'signatories', { names: list(lang, names) })),
        evidence: first.evidence,
      };
    }
    case 'title':
      if (!c.title) return null;
      return { answer: clamp(t(lang, 'title', { title: c.title.value })), evidence: c.title.evidence };
  }
}

const AUTHOR_MESSAGE = {
  motion: 'authorMotion',
  interpellation: 'authorInterpellation',
  question: 'authorQuestion',
  letter: 'authorLetter',
} as const;

/** "KS 2026/412 Riktlinjer för …" — how a case is named in a reply. */
export function caseLabel(lang: Lang, c: Case): string {
  const title = c.title?.value ?? '';
  const dnr = c.dnr ? `${lang === 'sv' ? 'dnr' : 'case'} ${c.dnr.value}` : '';
  return [dnr, title].filter(Boolean).join(', ');
}

export function clarifyOption(c: Case, doc: KnowledgeDocument): ClarifyOption {
  return {
    doc: doc.id,
    case: c.id,
    title: c.title?.value ?? doc.meta.title,
    dnr: c.dnr?.value ?? null,
    date: c.date?.value ?? c.deadline?.value ?? doc.meta.date,
    ...(c.referral?.value && c.otherDnrs[0] ? { referredAs: c.otherDnrs[0] } : {}),
    ...(c.item !== null && doc.meta.title && doc.meta.title !== c.title?.value
      ? { meeting: doc.meta.title }
      : {}),
    ...(doc.meta.confidential !== null ? { confidential: true } : {}),
  };
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/**
 * An agenda's label before what an item proposes ("Förslag: Nämnden utser Sanna Mäkinen (M) …"): it says
 * nothing that tells one choice from another, and a shortened sentence needs its room for what does.
 */
const GENERIC_LABEL = /^(?:förslag(?: till beslut)?|beslut|proposal|proposed decision|decision)\s*:\s*/iu;

/** How many choices the reply text names; `clarify` in the JSON holds all of them. */
const SHOWN = 5;

/**
 * Titles are cut at a word so that five choices fit in one answer (the JSON keeps the whole title), and so is
 * each choice's best sentence: at the first of these lengths (title, sentence) at which all choices fit. The
 * sentences give way before the titles are cut short: titles and case numbers are what a choice is made by.
 * Only when five choices would otherwise lose their sentences altogether are titles (and the meetings'
 * names) cut shorter still: the items of five meetings share a title ("Val av justerare"), and what each
 * says ("Justerare: Rolf Ekwall (M)") is then what tells them apart.
 */
const LENGTHS: [title: number, sentence: number][] = [
  [48, 90],
  [40, 90],
  [48, 60],
  [40, 60],
  [40, 40],
  [32, 40],
  [26, 36],
  [20, 30],
  [48, 0],
  [40, 0],
  [32, 0],
  [26, 0],
];

function shortTitle(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** "Frågan passar flera ärenden. Vilket menar du? 1. … 2. … (och 3 till)". */
export function composeClarify(lang: Lang, options: ClarifyOption[]): string {
  // The meeting's date tells one meeting's items from another's, and says when a meeting among other
  // kinds of case is: kept when a meeting's name is cut before it, if the choices come from meetings on
  // more than one day or only one choice is a meeting's item (items of one meeting share it).
  const meetingDate = (o: ClarifyOption) => o.meeting?.match(ISO_DATE)?.[0] ?? null;
  const shown = options.slice(0, SHOWN);
  const days = new Set(shown.map(meetingDate).filter(Boolean));
  const keepDay = days.size > 1 || shown.filter((o) => o.meeting).length === 1;
  const line = (o: ClarifyOption, i: number, chars: number, previewChars: number) => {
    const meeting = o.meeting ? shortTitle(o.meeting, chars) : null;
    const day = keepDay ? meetingDate(o) : null;
    const parts = [
      meeting,
      meeting && day && !meeting.includes(day) ? day : null,
      o.dnr ? `${lang === 'sv' ? 'dnr' : 'case'} ${o.dnr}` : null,
      o.referredAs ? `${lang === 'sv' ? 'remiss' : 'referral'} ${o.referredAs}` : null,
      // The meeting's name carries its date already (or the date stands beside it, above).
      o.meeting && o.date && o.meeting.includes(o.date) ? null : o.date,
    ].filter(Boolean);
    const preview = o.preview?.replace(GENERIC_LABEL, '');
    const said = preview && previewChars > 0 ? `: ”${shortTitle(preview, previewChars)}”` : '';
    return `${i + 1}. ”${shortTitle(o.title, chars)}”${parts.length > 0 ? ` (${parts.join(', ')})` : ''}${said}`;
  };
  const more = options.length > SHOWN ? ` ${t(lang, 'clarifyMore', { count: options.length - SHOWN })}` : '';
  const texts = LENGTHS.map(
    ([chars, previewChars]) =>
      `${t(lang, 'clarify')} ${options
        .slice(0, SHOWN)
        .map((o, i) => line(o, i, chars, previewChars))
        .join(' ')}${more}`,
  );
  return clamp(texts.find((text) => clamp(text) === text) ?? texts.at(-1)!);
}

/**
 * The kinds of agenda item a question asks about ("Vilka ärenden är bordlagda?", "Which items are tabled?",
 * "Vilka remissärenden behandlas?", "the item that was sent back"), and whether it asks for them all (a
 * plural: "ärenden", "items") or for one ("the tabled item"). Null when it names no kind of item. A paper's
 * kind (interpellation, motion) only narrows another kind ("Vilka interpellationer är bordlagda?").
 */
export function askedAgendaGroups(
  question: string,
): { groups: AgendaGroup[]; plural: boolean; words: string[] } | null {
  const q = question.toLocaleLowerCase('sv');
  const found = AGENDA_CUES.flatMap(([pattern, group]) => {
    const m = pattern.exec(q);
    return m ? [{ group, said: m[0] }] : [];
  });
  if (found.length === 0) return null;
  for (const [pattern, group] of PAPER_CUES) {
    const m = pattern.exec(q);
    if (m) found.push({ group, said: m[0] });
  }
  return {
    groups: found.map((f) => f.group),
    plural: PLURAL_ITEMS.test(q),
    // The words that say the kind ("items … for decision"), which the items need not hold in their text.
    words: found.flatMap((f) => f.said.split(/\s+/)),
  };
}

const AGENDA_CUES: [RegExp, AgendaGroup][] = [
  [/(?<!\p{L})(?:bordlag(?:d|da|t|des)|bordlägg\p{L}*|tabled)(?!\p{L})/u, 'tabled'],
  [/(?<!\p{L})(?:återremitt\p{L}*|(?:sent|referred) back)(?!\p{L})/u, 'sent_back'],
  [/(?<!\p{L})(?:remissärend\p{L}*|remisser(?:na)?|referral items|referrals)(?!\p{L})/u, 'referral'],
  [
    /(?<!\p{L})(?:beslutsärend\p{L}*|ärenden för beslut|(?:items|matters)(?: \p{L}+){0,2} for decision)(?!\p{L})/u,
    'decision',
  ],
  [
    /(?<!\p{L})(?:informationsärend\p{L}*|(?:items|matters)(?: \p{L}+){0,2} for information|information items)(?!\p{L})/u,
    'information',
  ],
  [/(?<!\p{L})(?:valärend\p{L}*|election items)(?!\p{L})/u, 'election'],
  [/(?<!\p{L})(?:anmälningsärend\p{L}*|(?:items|matters) (?:reported|for notification))(?!\p{L})/u, 'notice'],
];
const PAPER_CUES: [RegExp, AgendaGroup][] = [
  [/\binterpellation(?:er|erna|s)(?!\p{L})/u, 'interpellation'],
  [/\bmotion(?:er|erna|s)(?!\p{L})/u, 'motion'],
];
/** A plural of item: "ärenden", "remissärendena", "remisser", "items", "interpellationer". */
const PLURAL_ITEMS =
  /(?:\p{L}*ärenden(?:a)?|(?<!\p{L})(?:remisser(?:na)?|items|cases|matters|interpellationer|interpellations|motioner|motions|referrals))(?!\p{L})/u;

export function hasAgendaGroups(c: Case, groups: readonly AgendaGroup[]): boolean {
  return groups.every((g) => c.groups?.some((f) => f.value === g));
}

/** A word of the question that says the asked kind of agenda item (`words`), or an item or an agenda as such. */
export function isAgendaCue(word: string, words: readonly string[]): boolean {
  const w = word.toLocaleLowerCase('sv');
  return (
    words.includes(w) ||
    /^(?:ärende\p{L}*|items?|cases?|matters?|agenda|dagordning\p{L}*|föredragningslist\p{L}*)$/u.test(w)
  );
}
