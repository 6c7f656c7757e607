import { z } from 'zod';
import { parseDateInput } from '../text/dates.js';
import type { ParseContext } from './command.js';
import { parseArea, parseKind, parseListFilter, parseOnOff } from './vocabulary.js';

/**
 * The zod pieces the command definitions share. Every error carries a message code (messages.ts) and
 * its parameters, never human text: the wording is looked up in the reader's language.
 */

export const date = (ctx: ParseContext, field: string) =>
  z.string().transform((value, issue) => {
    const parsed = parseDateInput(value, ctx.today);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'date_invalid', params: { field, value } });
      return z.NEVER;
    }
    return parsed;
  });

export const optionalText = (max: number) =>
  z.string().trim().min(1, { error: 'value_empty' }).max(max, { error: 'too_long' });

/** Required text with its own "missing" message code. */
export const requiredText = (missing: string, max: number) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: 'too_long' });

export const target = z
  .string({ error: 'target_required' })
  .trim()
  .min(1, { error: 'target_required' })
  .max(300);

export const area = z.string().transform((value, issue) => {
  const parsed = parseArea(value);
  if (!parsed) {
    issue.addIssue({ code: 'custom', message: 'area_unknown', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

export const kind = z.string().transform((value, issue) => {
  const parsed = parseKind(value);
  if (!parsed) {
    issue.addIssue({ code: 'custom', message: 'kind_unknown', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

export const days = z.string().transform((value, issue) => {
  const parts = value.split(/[,;\s]+/).filter(Boolean);
  const numbers = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : Number.NaN));
  if (parts.length === 0 || parts.length > 10 || numbers.some((n) => Number.isNaN(n) || n > 60)) {
    issue.addIssue({ code: 'custom', message: 'days_invalid', params: { value } });
    return z.NEVER;
  }
  return numbers;
});

export const onOff = z.string().transform((value, issue) => {
  const parsed = parseOnOff(value);
  if (parsed === null) {
    issue.addIssue({ code: 'custom', message: 'digest_invalid', params: { value } });
    return z.NEVER;
  }
  return parsed;
});

export const listFilter = z
  .string()
  .optional()
  .transform((value, issue) => {
    if (!value) return 'open' as const;
    const parsed = parseListFilter(value);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'list_filter_unknown', params: { value } });
      return z.NEVER;
    }
    return parsed;
  });

/** The keys people type for "which committee or company". */
export const BODY_KEYS = ['body', 'organ', 'nämnd', 'namnd'];
export const AREA_KEYS = ['area', 'fokus', 'område', 'omrade', 'focus'];

/** `due:none` (`senast:ingen`) clears a deadline; any other value is a date. */
export const dueOrNone = (ctx: ParseContext) =>
  z.string().transform((value, issue) => {
    if (/^\s*(?:none|no|ingen|inget|inte|-)\s*$/i.test(value)) return null;
    const parsed = parseDateInput(value, ctx.today);
    if (!parsed) {
      issue.addIssue({ code: 'custom', message: 'date_invalid', params: { field: 'due', value } });
      return z.NEVER;
    }
    return parsed;
  });

/** A page number of a paged listing, from 1. */
export const page = z.string().transform((value, issue) => {
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) {
    issue.addIssue({ code: 'custom', message: 'page_invalid', params: { value } });
    return z.NEVER;
  }
  return Number(value);
});
