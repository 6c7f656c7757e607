import type { Lang } from '../core/lang.js';
import type { Folds } from './folds.js';
import { fileName, OUTCOMES, type Outcome } from './judge.js';
import { QUESTION_KINDS, type QuestionKind } from './questions.js';
import { t } from './report-messages.js';
import { type QuestionOutcome, type Score, scoreOf } from './run.js';

/** One line of a table: a group's hits, and its hits per kind of question. */
export type Row = Score & { key: string; kinds: Partial<Record<QuestionKind, Score>> };
export type FoldRow = Row & { fold: number; documents: string[]; missed: { id: string; outcome: Outcome }[] };

/** What one question came to, for the JSON report. */
export type QuestionLine = {
  id: string;
  kind: QuestionKind;
  lang: string | null;
  doc: string | null;
  fold: number | null;
  hit: boolean;
  outcome: Outcome;
  named: number | null;
  question: string;
  answer: string;
  topDoc: string | null;
  clarify: number;
  ms: number;
};

export type Report = {
  set: string;
  corpus: { name: string; documents: number; passages: number } | null;
  now: string | null;
  overall: Row;
  byKind: Row[];
  byLang: Row[];
  byDocument: Row[];
  /** Null when the set has no folds file. */
  byFold: FoldRow[] | null;
  /** The mean and the lowest of the fold scores. */
  folds: { mean: number; min: number } | null;
  outcomes: Record<Outcome, number>;
  questions: QuestionLine[];
};

/** The key of the questions without a document in the by-document table. */
export const NO_DOCUMENT = '(none)';

function row(key: string, outcomes: readonly QuestionOutcome[]): Row {
  const kinds: Partial<Record<QuestionKind, Score>> = {};
  for (const kind of QUESTION_KINDS) {
    const ofKind = outcomes.filter((o) => o.question.kind === kind);
    if (ofKind.length > 0) kinds[kind] = scoreOf(ofKind);
  }
  return { key, ...scoreOf(outcomes), kinds };
}

function groupBy(outcomes: readonly QuestionOutcome[], keyOf: (o: QuestionOutcome) => string): Row[] {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const o of outcomes) {
    const key = keyOf(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => row(key, group));
}

const docOf = (o: QuestionOutcome) =>
  o.question.kind === 'answer' && o.question.doc ? fileName(o.question.doc) : null;

export type ReportContext = {
  corpus?: { name: string; size: { documents: number; passages: number } };
  now?: string;
  folds?: Folds;
};

/** Figures by kind, by language, by document, by fold (when the set has folds) and overall. */
export function buildReport(
  set: string,
  outcomes: readonly QuestionOutcome[],
  context: ReportContext = {},
): Report {
  const foldOf = new Map<string, number>();
  for (const f of context.folds?.folds ?? []) for (const id of f.questions) foldOf.set(id, f.fold);
  const byFold =
    context.folds?.folds.map((f): FoldRow => {
      const inFold = outcomes.filter((o) => foldOf.get(o.question.id) === f.fold);
      return {
        ...row(String(f.fold), inFold),
        fold: f.fold,
        documents: f.documents,
        missed: inFold.filter((o) => !o.hit).map((o) => ({ id: o.question.id, outcome: o.outcome })),
      };
    }) ?? null;
  const foldScores = byFold?.filter((f) => f.total > 0).map((f) => f.score) ?? [];
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const o of outcomes) counts[o.outcome]++;
  return {
    set,
    corpus: context.corpus ? { name: context.corpus.name, ...context.corpus.size } : null,
    now: context.now ?? null,
    overall: row(set, outcomes),
    byKind: QUESTION_KINDS.flatMap((kind) => {
      const ofKind = outcomes.filter((o) => o.question.kind === kind);
      return ofKind.length > 0 ? [row(kind, ofKind)] : [];
    }),
    byLang: groupBy(outcomes, (o) => o.question.lang ?? '?'),
    byDocument: groupBy(outcomes, (o) => docOf(o) ?? NO_DOCUMENT),
    byFold,
    folds:
      foldScores.length > 0
        ? { mean: foldScores.reduce((a, b) => a + b, 0) / foldScores.length, min: Math.min(...foldScores) }
        : null,
    outcomes: counts,
    questions: outcomes.map((o) => ({
      id: o.question.id,
      kind: o.question.kind,
      lang: o.question.lang ?? null,
      doc: docOf(o),
      fold: foldOf.get(o.question.id) ?? null,
      hit: o.hit,
      outcome: o.outcome,
      named: o.named ?? null,
      question: o.question.q,
      answer: o.result.answer,
      topDoc: o.result.citations[0]?.doc ?? null,
      clarify: o.result.clarify.length,
      ms: Math.round(o.ms * 10) / 10,
    })),
  };
}

const fixed = (n: number) => n.toFixed(2);
const ratio = (s: Score | undefined) => (s ? `${s.hits}/${s.total}` : '–');

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function rowsTable(lang: Lang, first: string, rows: readonly Row[], label = (key: string) => key): string {
  const header = [first, t(lang, 'hits'), t(lang, 'score'), ...QUESTION_KINDS.map((k) => t(lang, k))];
  return table(
    header,
    rows.map((r) => [
      label(r.key),
      ratio(r),
      fixed(r.score),
      ...QUESTION_KINDS.map((k) => ratio(r.kinds[k])),
    ]),
  );
}

/** The report as text tables in the reader's language; `verbose` adds a line per question. */
export function reportText(report: Report, lang: Lang, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  if (options.verbose) {
    for (const q of report.questions) {
      out.push(`${q.hit ? 'ok  ' : 'MISS'} ${q.id.padEnd(6)} ${q.outcome.padEnd(26)} ${q.question}`);
      out.push(`     ${q.topDoc ?? '-'} | ${q.answer.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    out.push('');
  }
  const o = report.overall;
  out.push(t(lang, 'title', { set: report.set, hits: o.hits, total: o.total, score: fixed(o.score) }));
  if (report.corpus) out.push(t(lang, 'corpus', { ...report.corpus, now: report.now ?? '–' }));
  out.push(
    '',
    rowsTable(lang, t(lang, 'kind'), report.byKind, (k) => t(lang, k as QuestionKind)),
  );
  out.push('', rowsTable(lang, t(lang, 'language'), report.byLang));
  const docLabel = (k: string) => (k === NO_DOCUMENT ? t(lang, 'no_document') : k);
  out.push('', rowsTable(lang, t(lang, 'document'), report.byDocument, docLabel));
  if (report.byFold && report.folds) {
    out.push('', rowsTable(lang, t(lang, 'fold'), report.byFold));
    out.push(t(lang, 'fold_mean', { mean: fixed(report.folds.mean), min: fixed(report.folds.min) }));
    for (const f of report.byFold) {
      const missed = f.missed.map((m) => `${m.id} ${m.outcome}`).join(', ');
      out.push(
        t(lang, 'fold_missed', { fold: f.fold, documents: f.documents.join(', '), missed: missed || '–' }),
      );
    }
  } else {
    const missed = report.questions.filter((q) => !q.hit).map((q) => `${q.id} ${q.outcome}`);
    out.push('', t(lang, 'missed', { missed: missed.join(', ') || '–' }));
  }
  const counts = OUTCOMES.filter((k) => report.outcomes[k] > 0).map((k) => `${k} ${report.outcomes[k]}`);
  out.push('', t(lang, 'outcomes', { outcomes: counts.join(', ') }));
  return `${out.join('\n')}\n`;
}
