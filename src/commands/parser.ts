import type { FormId } from '../core/reply.js';
import { COMMANDS, groupOfWord, isHelpWord } from './catalog.js';
import { type AnyCommand, allWords, type ParseContext } from './command.js';
import { type Token, TokenizeError, tokenize } from './tokenizer.js';
import { wordKey } from './vocabulary.js';

/** A problem with what was typed: a message code (messages.ts), its parameters, and the field. */
export type ParseError = { code: string; params: Record<string, string | number>; field?: string };

export type Parsed =
  | { type: 'help'; group: string | null; command: string | null; errors: ParseError[] }
  | { type: 'command'; def: AnyCommand; args: Record<string, unknown> }
  | { type: 'form'; form: FormId };

/**
 * DESIGN.md "Command or question": a message is a command when its first word is a command word and
 * the rest parses. After a valid subcommand word, a failure is that command's help with the errors.
 * Anything else is null: the caller treats the text as a question.
 */
export function parseCommand(input: string | Token[], ctx: ParseContext): Parsed | null {
  let tokens: Token[];
  if (typeof input === 'string') {
    try {
      tokens = tokenize(input);
    } catch (error) {
      if (!(error instanceof TokenizeError)) throw error;
      return unclosedQuote(input);
    }
  } else {
    tokens = input;
  }
  const first = bareWord(tokens[0]);
  if (first === null) return null;
  if (isHelpWord(first.replace(/^\//, ''))) return parseHelp(tokens.slice(1));
  const group = groupOf(first);
  if (!group) return null;
  const rest = tokens.slice(1);
  if (rest.length === 0) return help(group, null);
  const second = bareWord(rest[0]);
  if (second !== null && isHelpWord(second)) {
    if (rest.length === 1) return help(group, null);
    const sub = matchSubcommand(group, rest.slice(1));
    return sub && sub.length === rest.length - 1 ? help(group, sub.def.id) : null;
  }
  const sub = matchSubcommand(group, rest);
  if (!sub) return null;
  return parseArguments(sub.def, rest.slice(sub.length), ctx);
}

function help(group: string | null, command: string | null, errors: ParseError[] = []): Parsed {
  return { type: 'help', group, command, errors };
}

function bareWord(token: Token | undefined): string | null {
  return token && token.type === 'word' && !token.quoted ? token.value : null;
}

function groupOf(word: string): string | null {
  return groupOfWord(word)?.id ?? null;
}

function parseHelp(rest: Token[]): Parsed | null {
  if (rest.length === 0) return help(null, null);
  const word = bareWord(rest[0]);
  const group = word ? groupOf(word) : null;
  if (!group) return null;
  if (rest.length === 1) return help(group, null);
  const sub = matchSubcommand(group, rest.slice(1));
  return sub && sub.length === rest.length - 1 ? help(group, sub.def.id) : null;
}

/** The longest subcommand word sequence at the start of `tokens`. */
function matchSubcommand(group: string, tokens: Token[]): { def: AnyCommand; length: number } | null {
  let best: { def: AnyCommand; length: number } | null = null;
  for (const def of COMMANDS) {
    if (def.group !== group) continue;
    for (const phrase of allWords(def.words)) {
      const parts = phrase.split(' ').map(wordKey);
      const matches = parts.every((part, i) => {
        const word = bareWord(tokens[i]);
        return word !== null && wordKey(word) === part;
      });
      if (matches && (!best || parts.length > best.length)) best = { def, length: parts.length };
    }
  }
  return best;
}

function optionName(def: AnyCommand, key: string): string | null {
  const k = wordKey(key);
  for (const [name, aliases] of Object.entries(def.options)) {
    if (aliases.some((alias) => wordKey(alias) === k)) return name;
  }
  return null;
}

function flagName(def: AnyCommand, word: string): string | null {
  const k = wordKey(word);
  for (const [name, words] of Object.entries(def.flags)) {
    if (words.some((w) => wordKey(w) === k)) return name;
  }
  return null;
}

function parseArguments(def: AnyCommand, tokens: Token[], ctx: ParseContext): Parsed {
  const options: Record<string, string> = {};
  const flags: Record<string, boolean> = Object.fromEntries(Object.keys(def.flags).map((f) => [f, false]));
  const text: string[] = [];
  const errors: ParseError[] = [];
  for (const token of tokens) {
    if (token.type === 'option') {
      const name = optionName(def, token.key);
      if (name === null) {
        if (def.strict)
          errors.push({ code: 'unknown_option', params: { key: token.key, options: optionList(def) } });
        else text.push(`${token.key}:${token.value}`);
      } else if (name in options) {
        errors.push({ code: 'duplicate_option', params: { key: token.key }, field: name });
      } else {
        options[name] = token.value;
      }
      continue;
    }
    const flag = token.quoted ? null : flagName(def, token.value);
    if (flag) flags[flag] = true;
    else text.push(token.value);
  }
  const joined = text.join(' ').trim();
  if (def.text === 'none' && joined.length > 0) {
    errors.push({ code: 'unexpected_text', params: { text: joined } });
  }
  if (errors.length > 0) return help(def.group, def.id, errors);
  if (def.form && joined === '' && Object.keys(options).length === 0) {
    return { type: 'form', form: def.form.id };
  }
  const raw: Record<string, unknown> = { ...options, ...flags };
  if (joined) raw[def.textField] = joined;
  const result = def.schema(ctx).safeParse(raw);
  if (result.success) return { type: 'command', def, args: result.data as Record<string, unknown> };
  return help(
    def.group,
    def.id,
    result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      const params = issue.code === 'custom' ? ((issue.params ?? {}) as Record<string, string>) : {};
      return { code: issue.message, params: { field: field ?? '', ...params }, ...(field ? { field } : {}) };
    }),
  );
}

function optionList(def: AnyCommand): string {
  return Object.values(def.options)
    .map((aliases) => `${aliases[0]}:`)
    .join(', ');
}

/** An unclosed quote is a command error only when a command word and subcommand word come first. */
function unclosedQuote(text: string): Parsed | null {
  const words = text.trim().split(/\s+/);
  const group = groupOf(words[0] ?? '');
  if (!group) return null;
  const sub = matchSubcommand(
    group,
    words.slice(1).map((value) => ({ type: 'word', value, quoted: false })),
  );
  if (!sub) return null;
  return help(group, sub.def.id, [{ code: 'unclosed_quote', params: {} }]);
}
