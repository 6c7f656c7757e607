/**
 * JavaScript's \b and \w know only ASCII letters, so `/\båtta\b/u` never matches "åtta" and `/två\b/u`
 * never matches "två". A pattern written with them is rewritten to word boundaries and word letters of any
 * alphabet.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
/** A boundary where the pattern has just matched a word letter: no word letter may follow. */
const WORD_END = `(?!${WORD})`;
/** A boundary where the pattern goes on with a word letter: none may stand before. */
const WORD_START = `(?<!${WORD})`;
const WORD_LETTER = /^[\p{L}\p{N}_]$/u;

type Token =
  | { kind: 'boundary' }
  | { kind: 'letter'; text: string }
  | { kind: 'atom'; text: string }
  | { kind: 'open'; text: string; consumes: boolean; close: number }
  | { kind: 'close'; open: number }
  | { kind: 'alt' }
  | { kind: 'quantifier'; text: string; optional: boolean };

export function unicodeWords(re: RegExp): RegExp {
  const tokens = tokenize(re.source);
  let source = '';
  tokens.forEach((token, at) => {
    if (token.kind !== 'boundary') source += textOf(token);
    // The full boundary looks both ways at every place it is tried, which makes a question's intent rules
    // slow (a tenth of a millisecond a question). Where the pattern itself says which side holds a word
    // letter, looking the other way decides it alike.
    else if (endsWithLetter(tokens, at - 1)) source += WORD_END;
    else if (beginsWithLetter(tokens, at + 1)) source += WORD_START;
    else source += BOUNDARY;
  });
  return new RegExp(source, re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

function textOf(token: Token): string {
  switch (token.kind) {
    case 'letter':
    case 'atom':
    case 'open':
    case 'quantifier':
      return token.text;
    case 'close':
      return ')';
    case 'alt':
      return '|';
    case 'boundary':
      return BOUNDARY;
  }
}

/** Whether what the tokens up to `at` match always ends with a word letter. */
function endsWithLetter(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.kind === 'letter') return true;
  // "persons?", "handläggar\w*": word letters repeated end with a word letter, or with what came before them.
  const atom = tokens[at - 1];
  if (
    token?.kind === 'quantifier' &&
    (atom?.kind === 'letter' || (atom?.kind === 'atom' && atom.text === WORD))
  )
    return !token.optional || endsWithLetter(tokens, at - 2);
  if (token?.kind !== 'close') return false;
  const open = tokens[token.open];
  if (open?.kind !== 'open' || !open.consumes) return false;
  return alternativesOf(tokens, token.open).every(([, end]) => endsWithLetter(tokens, end));
}

/** Whether what the tokens from `at` match always begins with a word letter. */
function beginsWithLetter(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.kind === 'letter') return !optional(tokens[at + 1]);
  if (token?.kind !== 'open' || !token.consumes || optional(tokens[token.close + 1])) return false;
  return alternativesOf(tokens, at).every(([start]) => beginsWithLetter(tokens, start));
}

function optional(token: Token | undefined): boolean {
  return token?.kind === 'quantifier' && token.optional;
}

/** The first and last token of each alternative of the group opened at `open` (an empty one is [i, i - 1]). */
function alternativesOf(tokens: Token[], open: number): [number, number][] {
  const group = tokens[open] as Extract<Token, { kind: 'open' }>;
  const out: [number, number][] = [];
  let start = open + 1;
  for (let i = open + 1; i < group.close; i++) {
    const token = tokens[i]!;
    if (token.kind === 'open') i = token.close;
    else if (token.kind === 'alt') {
      out.push([start, i - 1]);
      start = i + 1;
    }
  }
  out.push([start, group.close - 1]);
  return out;
}

/** The pattern's source as tokens; \w becomes word letters of any alphabet, in a class or out of one. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const opened: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'b') {
        tokens.push({ kind: 'boundary' });
        i += 2;
      } else if (next === 'w') {
        tokens.push({ kind: 'atom', text: WORD });
        i += 2;
      } else {
        const end = escapeEnd(text, i);
        tokens.push({ kind: 'atom', text: text.slice(i, end) });
        i = end;
      }
    } else if (ch === '[') {
      // Inside a class ("[\w.-]") the word letters join the class; \b there is a backspace and stays.
      let j = i + 1;
      let body = '[';
      if (text[j] === '^') body += text[j++];
      if (text[j] === ']') body += text[j++];
      while (j < text.length && text[j] !== ']') {
        if (text[j] === '\\') {
          const end = escapeEnd(text, j);
          body += text[j + 1] === 'w' ? String.raw`\p{L}\p{N}_` : text.slice(j, end);
          j = end;
        } else body += text[j++];
      }
      tokens.push({ kind: 'atom', text: `${body}]` });
      i = j + 1;
    } else if (ch === '(') {
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)|^\(/.exec(text.slice(i, i + 40))![0];
      const consumes = !['(?=', '(?!', '(?<=', '(?<!'].includes(prefix);
      opened.push(tokens.length);
      tokens.push({ kind: 'open', text: prefix, consumes, close: -1 });
      i += prefix.length;
    } else if (ch === ')') {
      const open = opened.pop() ?? -1;
      const group = tokens[open];
      if (group?.kind === 'open') group.close = tokens.length;
      tokens.push({ kind: 'close', open });
      i++;
    } else if (ch === '|') {
      tokens.push({ kind: 'alt' });
      i++;
    } else if (
      ch === '?' ||
      ch === '*' ||
      ch === '+' ||
      (ch === '{' && /^\{\d+(,\d*)?\}/.test(text.slice(i)))
    ) {
      const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(text.slice(i))![0];
      const optional = ch === '?' || ch === '*' || /^\{0[,}]/.test(quantifier);
      tokens.push({ kind: 'quantifier', text: quantifier, optional });
      i += quantifier.length;
    } else {
      // A character of its own: a surrogate pair is one letter under the u flag.
      const code = text.codePointAt(i)!;
      const one = String.fromCodePoint(code);
      tokens.push(WORD_LETTER.test(one) ? { kind: 'letter', text: one } : { kind: 'atom', text: one });
      i += one.length;
    }
  }
  return tokens;
}

/** Where the escape at `at` ("\d", "\u00e5", "\u{1F600}", "\p{Lu}", "\k<name>", "\cA", "\x41") ends. */
function escapeEnd(text: string, at: number): number {
  const rest = text.slice(at + 1);
  const long =
    /^(?:u\{[\dA-Fa-f]+\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|0|[1-9]\d*)/.exec(
      rest,
    );
  if (long) return at + 1 + long[0].length;
  const next = rest.codePointAt(0);
  return at + 1 + (next === undefined ? 0 : String.fromCodePoint(next).length);
}
