import { formatLongDate } from '../calendar/index.js';
import type { Lang } from '../core/lang.js';
import type { Block } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import type { Case, Field } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { caseNumberFit, looksLikeTypedCaseNumber } from '../text/case-number.js';
import { type CommandContext, CommandError, type Outcome, success } from './context.js';
import { type SkippedJson, skippedJson, skippedReason } from './knowledge-skipped.js';

/**
 * `knowledge list` and `knowledge show`: what Utblick read from the documents, so that a registrar can
 * see it and correct it (`referral set`). For administrators; a confidential document's sentences are
 * shown only in private (a DM, the web page, the terminal).
 */
const DOCS_PER_PAGE = 15;
const CASES_PER_PAGE = 8;

const FIELDS = [
  'dnr',
  'title',
  'referral',
  'sender',
  'recipients',
  'caseOfficer',
  'author',
  'deadline',
  'date',
  'meetingTime',
  'meetingPlace',
] as const;
type FieldName = (typeof FIELDS)[number];

export type CaseJson = {
  id: string;
  item: string | null;
  dnr: string | null;
  otherDnrs: string[];
  title: string | null;
  titleFromFileName: boolean;
  referral: boolean;
  sender: string | null;
  recipients: string[];
  caseOfficer: string | null;
  phone: string | null;
  /** Who wrote the motion, interpellation, question or letter the case is about. */
  author: string | null;
  deadline: string | null;
  date: string | null;
  /** When the meeting that handles the case sits: ISO day, and its hour when stated ("2027-03-16 17.30"). */
  meetingTime: string | null;
  /** Where that meeting sits. */
  meetingPlace: string | null;
  evidence: Partial<Record<FieldName, { sentence: string; source: string }>>;
};

export type DocumentJson = {
  doc: string;
  title: string;
  kind: string;
  validity: string;
  replacedBy: string | null;
  confidential: boolean;
  cases: CaseJson[];
};

/** What `knowledge list --json` holds: the documents read, then the files not read (`skipped`). */
export type ListedJson = DocumentJson | SkippedJson;

const m = defineMessages({
  sv: {
    heading: (p) => `Dokument (${p.count})`,
    page: (p) => `Sida ${p.page} av ${p.pages}.${p.more ? ` Nästa: ${p.more}` : ''}`,
    cases: (p) => `${p.count} ${p.count === 1 ? 'ärende' : 'ärenden'}`,
    skipped: (p) => `Filer som inte lästes in (${p.count})`,
    kind_strategy: 'strategi',
    kind_referral: 'remiss',
    kind_report: 'rapport',
    kind_policy: 'styrdokument',
    kind_other: 'övrigt',
    referral: 'remiss',
    due: 'svarsdag',
    none: 'inget',
    secret: 'Sekretess: meningen visas bara privat.',
    file_title: 'titeln är filnamnet, rätta den med remiss ändra … titel:"…"',
    dnr: 'Diarienummer',
    other: 'Andra diarienummer',
    title: 'Titel',
    sender: 'Remittent',
    recipients: 'Remissinstanser',
    caseOfficer: 'Handläggare',
    author: 'Skriven av',
    deadline: 'Svarsdag',
    date: 'Datum',
    meetingTime: 'Sammanträde',
    meetingPlace: 'Plats för sammanträdet',
    item: 'Punkt',
    yes: 'ja',
    no: 'nej',
    isReferral: 'Remiss',
  },
  en: {
    heading: (p) => `Documents (${p.count})`,
    page: (p) => `Page ${p.page} of ${p.pages}.${p.more ? ` Next: ${p.more}` : ''}`,
    cases: (p) => `${p.count} ${p.count === 1 ? 'case' : 'cases'}`,
    skipped: (p) => `Files not read (${p.count})`,
    kind_strategy: 'strategy',
    kind_referral: 'referral',
    kind_report: 'report',
    kind_policy: 'policy',
    kind_other: 'other',
    referral: 'referral',
    due: 'due',
    none: 'none',
    secret: 'Confidential: the sentence is shown only in private.',
    file_title: 'the title is the file name; correct it with referral set … title:"…"',
    dnr: 'Case number',
    other: 'Other case numbers',
    title: 'Title',
    sender: 'Sender',
    recipients: 'Recipients',
    caseOfficer: 'Case officer',
    author: 'Written by',
    deadline: 'Due',
    date: 'Date',
    meetingTime: 'Meeting',
    meetingPlace: 'Meeting venue',
    item: 'Item',
    yes: 'yes',
    no: 'no',
    isReferral: 'Referral',
  },
});

const privateView = (ctx: CommandContext) => ctx.input.audience === 'private';

export function caseJson(c: Case, withEvidence: boolean): CaseJson {
  const evidence: CaseJson['evidence'] = {};
  const fields: Record<FieldName, Field<unknown> | null> = {
    dnr: c.dnr,
    title: c.title,
    referral: c.referral,
    sender: c.sender,
    recipients: c.recipients,
    caseOfficer: c.caseOfficer,
    author: c.author,
    deadline: c.deadline,
    date: c.date,
    meetingTime: c.meetingTime,
    meetingPlace: c.meetingPlace,
  };
  if (withEvidence) {
    for (const name of FIELDS) {
      const f = fields[name];
      if (f) evidence[name] = { sentence: f.evidence.sentence, source: f.evidence.source };
    }
  }
  return {
    id: c.id,
    item: c.item,
    dnr: c.dnr?.value ?? null,
    otherDnrs: c.otherDnrs,
    title: c.title?.value ?? null,
    titleFromFileName: c.titleFromFileName,
    referral: c.referral?.value === true,
    sender: c.sender?.value ?? null,
    recipients: c.recipients?.value ?? [],
    caseOfficer: c.caseOfficer?.value.name ?? null,
    phone: c.caseOfficer?.value.phone ?? null,
    author: c.author?.value.names ?? null,
    deadline: c.deadline?.value ?? null,
    date: c.date?.value ?? null,
    meetingTime: c.meetingTime
      ? [c.meetingTime.value.date, c.meetingTime.value.time].filter(Boolean).join(' ')
      : null,
    meetingPlace: c.meetingPlace?.value ?? null,
    evidence,
  };
}

export function documentJson(doc: KnowledgeDocument, withEvidence: boolean): DocumentJson {
  const secret = doc.meta.confidential !== null;
  return {
    doc: doc.id,
    title: doc.meta.title,
    kind: doc.meta.kind,
    validity: doc.meta.status,
    replacedBy: doc.meta.replacedBy,
    confidential: secret,
    cases: doc.cases.map((c) => caseJson(c, withEvidence || !secret)),
  };
}

function paging(
  lang: Lang,
  page: number,
  total: number,
  size: number,
  next: string,
): { from: number; text: string } {
  const pages = Math.max(1, Math.ceil(total / size));
  if (page > pages) throw new CommandError('page_invalid', { value: String(page) });
  const more = page < pages ? `${next} ${lang === 'sv' ? 'sida' : 'page'}:${page + 1}` : '';
  return { from: (page - 1) * size, text: m(lang, 'page', { page, pages, more }) };
}

function caseLine(c: Case, lang: Lang): string {
  const parts = [c.item ? `${c.item}.` : '', c.dnr?.value ?? '', c.title?.value ?? ''].filter(Boolean);
  if (c.referral?.value) {
    const due = c.deadline ? formatLongDate(c.deadline.value, lang) : m(lang, 'none');
    parts.push(`(${m(lang, 'referral')}, ${m(lang, 'due')} ${due})`);
  }
  return parts.join(' ');
}

const KINDS = ['strategy', 'referral', 'report', 'policy', 'other'] as const;

/** The document's kind in the reader's language. */
function kindLabel(kind: string, lang: Lang): string {
  const known = KINDS.find((k) => k === kind);
  return known ? m(lang, `kind_${known}`) : kind;
}

export async function listKnowledge(args: { page?: number }, ctx: CommandContext): Promise<Outcome> {
  const documents = [...(await ctx.documents())].sort((a, b) => a.id.localeCompare(b.id, 'sv'));
  const skipped = [...((await ctx.skipped?.()) ?? [])].sort((a, b) => a.file.localeCompare(b.file, 'sv'));
  const page = paging(
    ctx.lang,
    args.page ?? 1,
    documents.length,
    DOCS_PER_PAGE,
    ctx.lang === 'sv' ? 'kunskap lista' : 'knowledge list',
  );
  const heading = m(ctx.lang, 'heading', { count: documents.length });
  const items = documents.slice(page.from, page.from + DOCS_PER_PAGE).map((d) => {
    const referrals = d.cases.filter((c) => c.referral?.value).map((c) => caseLine(c, ctx.lang));
    const kind = kindLabel(d.meta.kind, ctx.lang);
    const head = `${d.id} — ${d.meta.title} (${kind}, ${m(ctx.lang, 'cases', { count: d.cases.length })})`;
    return [head, ...referrals.map((r) => `    ${r}`)].join('\n');
  });
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'list', items },
  ];
  // Files that were not read are named on the first page, so that an administrator sees them at once.
  if (skipped.length > 0 && page.from === 0) {
    blocks.push(
      { type: 'text', text: m(ctx.lang, 'skipped', { count: skipped.length }), tone: 'warning' },
      { type: 'list', items: skipped.map((f) => `${f.file} — ${skippedReason(f.reason, ctx.lang)}`) },
    );
  }
  blocks.push({ type: 'text', text: page.text, tone: 'muted' });
  const data: ListedJson[] = [
    ...documents.map((d) => documentJson(d, privateView(ctx))),
    ...skipped.map(skippedJson),
  ];
  return success(ctx.lang, heading, blocks, data);
}

/** The documents a target names: a file (its path or name), or the cases a case number finds. */
function findTargets(
  documents: KnowledgeDocument[],
  target: string,
): { doc: KnowledgeDocument; cases: Case[] }[] {
  const wanted = target.trim().toLocaleLowerCase('sv');
  const byFile = documents.filter(
    (d) =>
      d.id.toLocaleLowerCase('sv') === wanted || d.id.split('/').at(-1)!.toLocaleLowerCase('sv') === wanted,
  );
  if (byFile.length > 0) return byFile.map((doc) => ({ doc, cases: doc.cases }));
  if (!looksLikeTypedCaseNumber(target)) return [];
  for (const fit of ['exact', 'core'] as const) {
    const found = documents
      .map((doc) => ({
        doc,
        cases: doc.cases.filter((c) =>
          [...(c.dnr ? [c.dnr.value] : []), ...c.otherDnrs].some((dnr) => caseNumberFit(target, dnr) === fit),
        ),
      }))
      .filter((x) => x.cases.length > 0);
    if (found.length > 0) return found;
  }
  return [];
}

function caseBlocks(doc: KnowledgeDocument, c: Case, ctx: CommandContext): Block[] {
  const { lang } = ctx;
  const hide = doc.meta.confidential !== null && !privateView(ctx);
  const rows: [string, string | null, Field<unknown> | null][] = [
    [m(lang, 'item'), c.item, null],
    [m(lang, 'dnr'), c.dnr?.value ?? null, c.dnr],
    [m(lang, 'other'), c.otherDnrs.join(', ') || null, null],
    [
      m(lang, 'title'),
      c.title ? `${c.title.value}${c.titleFromFileName ? ` (${m(lang, 'file_title')})` : ''}` : null,
      c.title,
    ],
    [m(lang, 'isReferral'), m(lang, c.referral?.value ? 'yes' : 'no'), c.referral],
    [m(lang, 'sender'), c.sender?.value ?? null, c.sender],
    [m(lang, 'recipients'), c.recipients?.value.join(', ') ?? null, c.recipients],
    [
      m(lang, 'caseOfficer'),
      c.caseOfficer ? [c.caseOfficer.value.name, c.caseOfficer.value.phone].filter(Boolean).join(', ') : null,
      c.caseOfficer,
    ],
    [m(lang, 'author'), c.author?.value.names ?? null, c.author],
    [m(lang, 'deadline'), c.deadline ? formatLongDate(c.deadline.value, lang) : null, c.deadline],
    [m(lang, 'date'), c.date ? formatLongDate(c.date.value, lang) : null, c.date],
    [
      m(lang, 'meetingTime'),
      c.meetingTime
        ? [formatLongDate(c.meetingTime.value.date, lang), c.meetingTime.value.time]
            .filter(Boolean)
            .join(lang === 'sv' ? ' kl. ' : ' at ')
        : null,
      c.meetingTime,
    ],
    [m(lang, 'meetingPlace'), c.meetingPlace?.value ?? null, c.meetingPlace],
  ];
  const shown = rows.filter(([, value]) => value !== null);
  const blocks: Block[] = [
    { type: 'heading', text: caseLine(c, lang) || c.id },
    { type: 'fields', fields: shown.map(([label, value]) => ({ label, value: value! })) },
  ];
  for (const [label, , field] of shown) {
    if (!field) continue;
    const source = field.evidence.source === 'text' ? '' : ` (${field.evidence.source})`;
    blocks.push({ type: 'text', text: `${label}${source}:`, tone: 'muted' });
    blocks.push(
      hide && field.evidence.source === 'text'
        ? { type: 'text', text: m(lang, 'secret'), tone: 'muted' }
        : { type: 'quote', text: field.evidence.sentence },
    );
  }
  return blocks;
}

export async function showKnowledge(
  args: { target: string; page?: number },
  ctx: CommandContext,
): Promise<Outcome> {
  const found = findTargets(await ctx.documents(), args.target);
  if (found.length === 0) throw new CommandError('knowledge_not_found', { target: args.target });
  const all = found.flatMap(({ doc, cases }) => cases.map((c) => ({ doc, c })));
  const next = `${ctx.lang === 'sv' ? 'kunskap visa' : 'knowledge show'} "${args.target}"`;
  const page = paging(ctx.lang, args.page ?? 1, all.length, CASES_PER_PAGE, next);
  const blocks: Block[] = [];
  let shownDoc: string | null = null;
  for (const { doc, c } of all.slice(page.from, page.from + CASES_PER_PAGE)) {
    if (shownDoc !== doc.id) {
      blocks.push({ type: 'heading', text: `${doc.id} — ${doc.meta.title}` });
      shownDoc = doc.id;
    }
    blocks.push(...caseBlocks(doc, c, ctx));
  }
  blocks.push({ type: 'text', text: page.text, tone: 'muted' });
  const data = found.map(({ doc, cases }) => ({
    ...documentJson(doc, privateView(ctx)),
    cases: cases.map((c) => caseJson(c, privateView(ctx) || doc.meta.confidential === null)),
  }));
  return success(ctx.lang, `${found[0]!.doc.id} — ${found[0]!.doc.meta.title}`, blocks, data);
}
