/**
 * Unicode-aware tokens (JavaScript's \w is ASCII-only and would cut "nämnderna" in two). Hyphenated and
 * dash-joined words ("EU-projekt", "Rinkeby-Kista", "policy-områden") are kept as one token and split later.
 */
export type Token = { text: string; start: number; end: number };

const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalizeForSearch(text).matchAll(TOKEN)) {
    tokens.push({
      text: m[0].replace(/‐/g, '-').replace(/’/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return tokens;
}
