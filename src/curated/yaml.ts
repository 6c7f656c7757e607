import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { CuratedAnswer, CuratedDraft } from '../registry/curated.js';

/**
 * Curated answers as YAML, for review and versioning (`utblick curated export|import`): one entry a list
 * item, in the words a reviewer reads.
 */
const Entry = z.object({
  id: z.number().int().positive().optional(),
  wordings: z.array(z.string().trim().min(1).max(500)).min(1),
  answer: z.string().trim().min(1).max(4000),
  lang: z.enum(['sv', 'en']).default('sv'),
  source: z.string().trim().min(1).max(500),
  review_by: z.union([
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    z.date().transform((d) => d.toISOString().slice(0, 10)),
  ]),
  ticket: z.number().int().positive().nullable().optional(),
});

export type CuratedImport = { id: number | undefined; draft: CuratedDraft };

export function curatedToYaml(entries: CuratedAnswer[]): string {
  return stringify(
    entries.map((e) => ({
      id: e.id,
      wordings: e.wordings,
      answer: e.answer,
      lang: e.lang,
      source: e.source,
      review_by: e.reviewBy,
      ticket: e.ticketId,
    })),
  );
}

/** Parses a file; throws with the entry's position and field on the first bad one. */
export function curatedFromYaml(text: string): CuratedImport[] {
  const data = parse(text) as unknown;
  const list = z.array(z.unknown()).parse(data ?? []);
  return list.map((item, i) => {
    const parsed = Entry.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CuratedFileError(i + 1, issue?.path.join('.') || '?');
    }
    const e = parsed.data;
    return {
      id: e.id,
      draft: {
        wordings: e.wordings,
        answer: e.answer,
        lang: e.lang,
        source: e.source,
        reviewBy: e.review_by,
        ticketId: e.ticket ?? null,
      },
    };
  });
}

export class CuratedFileError extends Error {
  constructor(
    readonly entry: number,
    readonly field: string,
  ) {
    super(`curated answer ${entry}: ${field}`);
    this.name = 'CuratedFileError';
  }
}
