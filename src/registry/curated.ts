import type { Lang } from '../core/lang.js';

/**
 * An answer the international unit stands behind (issue 19 "Curated answers"): the wordings of the
 * question it answers, the answer, where it comes from, and the day it must be reviewed by. After that day
 * it is not used until it is renewed.
 */
export type CuratedAnswer = {
  id: number;
  wordings: string[];
  answer: string;
  lang: Lang;
  /** A document and sentence, or "Internationella avdelningen, <date>". */
  source: string;
  /** ISO day: used up to and including it. */
  reviewBy: string;
  /** The ticket it was saved from, if any. */
  ticketId: number | null;
  createdBy: string;
  createdAt: string;
};

export type CuratedDraft = Omit<CuratedAnswer, 'id' | 'createdBy' | 'createdAt'>;

type Row = Record<string, unknown>;

export function toCurated(row: Row): CuratedAnswer {
  const wordings = typeof row.wordings_json === 'string' ? JSON.parse(row.wordings_json) : row.wordings_json;
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
  return {
    id: Number(row.id),
    wordings: Array.isArray(wordings) ? wordings.map(String) : [],
    answer: String(row.answer),
    lang: String(row.lang) as Lang,
    source: String(row.source),
    reviewBy: day(row.review_by),
    ticketId: row.ticket_id === null || row.ticket_id === undefined ? null : Number(row.ticket_id),
    createdBy: String(row.created_by),
    createdAt: new Date(row.created_at as string | Date).toISOString(),
  };
}
