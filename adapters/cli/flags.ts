import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../../src/core/lang.js';
import { badLang, t } from './flag-messages.js';

/**
 * The one flag parser of the `utblick` CLI, on `node:util` `parseArgs`. Every command takes the common
 * flags `--json`, `--lang sv|en`, `--as USER`, `--now <ISO time>` and `--help`; a command adds its own
 * (`--dry-run`, `--format csv|json`). Flags may come anywhere, as `--flag value` or `--flag=value`.
 */

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; example?: string }>;

export type ParseOptions = {
  /** The command's name in messages (`notify`, `admin backup`). */
  command: string;
  /** The command's own flags, beside the common ones. */
  flags?: FlagSpec;
  /**
   * What an unknown `--word` is: part of the text (`text`: chat commands, where a person may type
   * anything) or a mistake (`error`).
   */
  unknown: 'text' | 'error';
};

export type CommonFlags = {
  json: boolean;
  /** The language of the replies: `--lang`, else Swedish. */
  lang: Lang;
  /** `--lang` as given; undefined when absent (`ask` then answers in the question's language). */
  langGiven: Lang | undefined;
  as: string | undefined;
  /** `--now`, checked to be a point in time. */
  now: string | undefined;
  help: boolean;
};

export type ParsedArgs = {
  common: CommonFlags;
  /** The command's own flags, by name. */
  flags: Record<string, string | boolean>;
  positionals: string[];
};

export type FlagError = { error: string; lang: Lang };

const COMMON: FlagSpec = {
  json: { type: 'boolean' },
  lang: { type: 'string', example: 'en' },
  as: { type: 'string', example: 'anna' },
  now: { type: 'string', example: '2026-09-01T09:00:00+02:00' },
  help: { type: 'boolean' },
};

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

export function parseCliArgs(args: string[], options: ParseOptions): ParsedArgs | FlagError {
  const spec: FlagSpec = { ...COMMON, ...options.flags };
  const { tokens } = parseArgs({
    args,
    options: Object.fromEntries(Object.entries(spec).map(([name, { type }]) => [name, { type }])),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  // The language of the messages, even those about flags written before it.
  const lang = languageOf(tokens);
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const known = spec[token.name];
    const unknownHere = !known || (known.type === 'boolean' && token.value !== undefined);
    if (unknownHere) {
      if (options.unknown === 'error')
        return { error: t(lang, 'unknown_flag', { flag: token.rawName, command: options.command }), lang };
      // `-ab` is two tokens of one argument: put the argument back once, where it was.
      if (!seen.has(token.index)) positionals.push(args[token.index]!);
      seen.add(token.index);
      continue;
    }
    const value = optionValue(token, known.type);
    if (value === undefined) {
      const example = known.example ?? '…';
      return { error: t(lang, 'missing_value', { flag: token.rawName, example }), lang };
    }
    values[token.name] = value;
  }
  return finish(values, positionals, lang, spec);
}

/** A string option's value, or undefined when it has none (`--as` last, or `--now --json`). */
function optionValue(token: OptionToken, type: 'string' | 'boolean'): string | boolean | undefined {
  if (type === 'boolean') return true;
  const value = token.value;
  if (value === undefined || value === '') return undefined;
  return !token.inlineValue && value.startsWith('--') ? undefined : value;
}

function languageOf(tokens: Token[]): Lang {
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'lang' && isLang(token.value)) return token.value;
  }
  return 'sv';
}

function finish(
  values: Record<string, string | boolean>,
  positionals: string[],
  lang: Lang,
  spec: FlagSpec,
): ParsedArgs | FlagError {
  const given = values.lang;
  if (typeof given === 'string' && !isLang(given)) return { error: badLang(given), lang };
  const now = values.now;
  if (typeof now === 'string' && Number.isNaN(Date.parse(now)))
    return { error: t(lang, 'bad_now', { value: now }), lang };
  const flags: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(values))
    if (!(name in COMMON) && name in spec) flags[name] = value;
  return {
    common: {
      json: values.json === true,
      lang,
      langGiven: isLang(given) ? given : undefined,
      as: typeof values.as === 'string' ? values.as : undefined,
      now: typeof now === 'string' ? now : undefined,
      help: values.help === true,
    },
    flags,
    positionals,
  };
}

export function isFlagError(parsed: ParsedArgs | FlagError): parsed is FlagError {
  return 'error' in parsed;
}
