/**
 * Unicode-aware tokens (JavaScript's \w is ASCII-only and would cut "nämnderna" in two). Hyphenated and
 * dash-joined words ("EU-projekt", "Rinkeby-Kista", "policy-områden") are kept as one token and split later.
 */
export type Token = { text: string; start: number; end: number };

const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

/**
 * Letters of other alphabets read as their base letter: people type "Gdansk" for "Gdańsk" and "Zurich" for
 * "Zürich", and documents write names either way. Swedish å, ä and ö are letters of their own and stay; so
 * do the Danish and Norwegian ø and æ, read as the Swedish ö and ä. Each letter stays one code unit, so
 * token offsets still point into the original text.
 */
const FOREIGN_LETTER = /[^\p{ASCII}åäö]/gu;
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'ö', æ: 'ä', đ: 'd', ı: 'i' };

function foldLetter(letter: string): string {
  const special = SPECIAL[letter];
  if (special) return special;
  const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? base : letter;
}

/**
 * The ending an abbreviation takes after a colon ("EU:s", "UBC:s generalkonferens", "SLK:s förteckning") is
 * grammar, not a word: blanked, length kept, so that "s" is no term to look for.
 */
const ABBREVIATION_ENDING = /(?<=[\p{Lu}\d]{2}):(?:s|n|en|et|ar|er|erna|ens|ets|ns)(?![\p{L}\p{N}])/gu;

/**
 * The mailbox of an e-mail address is no word of the text: "coolyards@tartu.ee" does not make a line about
 * Tartu's contact one about the project. Blanked, length kept; the domain, which names the organisation
 * ("norrmalm.stockholm.se"), stays.
 */
const MAILBOX_LETTER = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /^[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/**
 * Read from each "@" back, so that text without one costs a single search: a pattern run over all the text
 * (a mailbox looked for at every letter, then the "@" after it) took three quarters of normalising it.
 */
function blankMailboxes(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    if (DOMAIN.test(text.slice(at + 1, at + 256))) {
      let start = at;
      while (start > from && MAILBOX_LETTER.test(text[start - 1]!)) start--;
      out += text.slice(from, start) + ' '.repeat(at - start);
      from = at;
    }
    at = text.indexOf('@', at + 1);
  }
  return out + text.slice(from);
}

/**
 * Lower case as Swedish writes it. `toLowerCase()` gives what `toLocaleLowerCase('sv')` gives for every
 * text (Swedish has no case mapping of its own, unlike Turkish or Lithuanian), at a tenth of the cost: the
 * locale form goes through ICU on each call.
 */
export function normalizeForSearch(text: string): string {
  return blankMailboxes(text.normalize('NFC'))
    .replace(ABBREVIATION_ENDING, (ending) => ' '.repeat(ending.length))
    .toLowerCase()
    .replace(FOREIGN_LETTER, foldLetter);
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
