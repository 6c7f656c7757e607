import type { Referral } from '../registry/model.js';
import { caseNumberFit, looksLikeTypedCaseNumber } from '../text/case-number.js';

export type ReferralMatch =
  | { kind: 'one'; referral: Referral }
  | { kind: 'many'; referrals: Referral[] }
  | { kind: 'none' };

const MAX_CHOICES = 5;
const STOP_WORDS = new Set(
  'och att det den för till med som på av i om en ett är the of and for to on in a an remiss referral'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\d]+/gu) ?? []
  ).filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
}

/** Referrals whose own or other case numbers fit the typed one this well. */
function byNumber(referrals: Referral[], query: string, fit: 'exact' | 'core'): Referral[] {
  return referrals.filter((r) => [r.dnr, ...r.otherDnrs].some((dnr) => caseNumberFit(query, dnr) === fit));
}

/**
 * Finds the referral a person means by a case number in any shape (with or without a prefix such as
 * "KS", "KS-dnr" or "Dnr", spaces, colons or dashes for slashes), by another case number it cites (the
 * sender's: one number can find several cases), or by words from its title: the best match, or a short
 * list to choose from.
 */
export function findReferrals(referrals: Referral[], query: string): ReferralMatch {
  if (looksLikeTypedCaseNumber(query)) {
    for (const fit of ['exact', 'core'] as const) {
      const found = byNumber(referrals, query, fit);
      if (found.length === 1) return { kind: 'one', referral: found[0]! };
      if (found.length > 1) return { kind: 'many', referrals: found.slice(0, MAX_CHOICES) };
    }
  }
  const wanted = words(query);
  if (wanted.length === 0) return { kind: 'none' };
  const scored = referrals
    .map((referral) => ({
      referral,
      score: score(wanted, words(`${referral.title} ${referral.sender ?? ''}`)),
    }))
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || (b.referral.due ?? '').localeCompare(a.referral.due ?? ''));
  const best = scored[0];
  if (!best) return { kind: 'none' };
  const top = scored.filter((s) => s.score === best.score);
  if (top.length === 1) return { kind: 'one', referral: best.referral };
  return { kind: 'many', referrals: top.slice(0, MAX_CHOICES).map((s) => s.referral) };
}

/** The share of the query's words found in the title; a word matches a title word it begins (≥ 4 letters). */
function score(wanted: string[], title: string[]): number {
  const hits = wanted.filter((w) => title.some((t) => t === w || (w.length >= 4 && t.startsWith(w))));
  return hits.length / wanted.length;
}
