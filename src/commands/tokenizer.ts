/**
 * Splits a command line into words and `key:value` options. Values may be quoted with "…", “…”, „…”,
 * '…' or «…», so that `benefit:"learning from peers"` and `"KS-dnr: 006-1137/2007"` stay whole.
 * A key is letters only (Swedish letters included), so `KS-dnr:` and `12:30` stay plain words.
 */
export type Token =
  | { type: 'word'; value: string; quoted: boolean }
  | { type: 'option'; key: string; value: string; quoted: boolean };

export class TokenizeError extends Error {
  constructor(readonly code: 'unclosed_quote') {
    super(code);
    this.name = 'TokenizeError';
  }
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '”', "'": "'", '«': '»' };
const KEY = /^(\p{L}+):/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const source = text.normalize('NFC');
  let i = 0;
  while (i < source.length) {
    if (/\s/.test(source[i]!)) {
      i += 1;
      continue;
    }
    const key = KEY.exec(source.slice(i));
    if (key) {
      i += key[0].length;
      const [value, quoted, next] = readValue(source, i);
      tokens.push({ type: 'option', key: key[1]!.toLowerCase(), value, quoted });
      i = next;
      continue;
    }
    const [value, quoted, next] = readValue(source, i);
    tokens.push({ type: 'word', value, quoted });
    i = next;
  }
  return tokens;
}

/** Reads a quoted or bare value starting at `start`; returns [value, quoted, index after it]. */
function readValue(source: string, start: number): [string, boolean, number] {
  const open = source[start];
  const close = open === undefined ? undefined : CLOSERS[open];
  // An apostrophe inside a word (o'clock) is not a quote: only treat ' as a quote at the start.
  if (close !== undefined) {
    const end = findClose(source, start + 1, close, open!);
    if (end === -1) throw new TokenizeError('unclosed_quote');
    return [source.slice(start + 1, end).trim(), true, end + 1];
  }
  let end = start;
  while (end < source.length && !/\s/.test(source[end]!)) end += 1;
  return [source.slice(start, end), false, end];
}

function findClose(source: string, from: number, close: string, open: string): number {
  for (let i = from; i < source.length; i += 1) {
    const c = source[i]!;
    // Typographic quotes are often mixed up: accept the plain or the curly closer.
    if (c === close || (open !== "'" && (c === '"' || c === '”' || c === '“'))) return i;
  }
  return -1;
}

/** Tokens for arguments the shell already split (the CLI): each argument is one word or option. */
export function tokensFromArgs(args: string[]): Token[] {
  return args.map((arg) => {
    const key = KEY.exec(arg);
    if (key)
      return {
        type: 'option',
        key: key[1]!.toLowerCase(),
        value: arg.slice(key[0].length).trim(),
        quoted: true,
      };
    return { type: 'word', value: arg.trim(), quoted: /\s/.test(arg.trim()) };
  });
}
