import { helpReply } from '../commands/help.js';
import { createCommands } from '../commands/index.js';
import { tokensFromArgs } from '../commands/tokenizer.js';
import { type Config, ConfigError, loadConfig } from '../config/config.js';
import { type Clock, fixedClock, systemClock } from '../core/clock.js';
import type { Input } from '../core/input.js';
import { isLang, type Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import { knowledgeOptions, loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { storeMessage } from '../registry/messages.js';
import { openStore } from '../registry/open-store.js';
import { StoreUnavailableError } from '../registry/store.js';

export type CliIo = {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
};

/** How the CLI finds the documents; the knowledge loader replaces the plain-text stop-gap when wired in. */
export type RegistryCliDeps = {
  loadDocuments?: (config: Config) => KnowledgeDocument[] | Promise<KnowledgeDocument[]>;
};

const t = defineMessages({
  sv: {
    bad_lang: (p) => `--lang ${p.value} känns inte igen. Skriv --lang sv eller --lang en.`,
    bad_now: (p) => `--now ${p.value} är ingen tidpunkt. Skriv t.ex. --now 2026-09-01T09:00:00+02:00.`,
    missing_value: (p) => `${p.flag} behöver ett värde, t.ex. ${p.flag} ${p.example}.`,
    bad_config: (p) => `Konfigurationen är fel:\n${p.problems}`,
    failed: 'Något gick fel och ingenting sparades. Försök igen.',
  },
  en: {
    bad_lang: (p) => `--lang ${p.value} is not recognised. Type --lang sv or --lang en.`,
    bad_now: (p) => `--now ${p.value} is not a point in time. Type e.g. --now 2026-09-01T09:00:00+02:00.`,
    missing_value: (p) => `${p.flag} needs a value, e.g. ${p.flag} ${p.example}.`,
    bad_config: (p) => `The configuration is wrong:\n${p.problems}`,
    failed: 'Something went wrong and nothing was saved. Please try again.',
  },
});

type Flags = { json: boolean; lang: Lang; as: string | undefined; now: string | undefined; rest: string[] };

const EXAMPLES: Record<string, string> = {
  '--lang': 'en',
  '--as': 'anna',
  '--now': '2026-09-01T09:00:00+02:00',
};

function parseFlags(args: string[]): Flags | { error: string; lang: Lang } {
  const flags: Flags = { json: false, lang: 'sv', as: undefined, now: undefined, rest: [] };
  const langArg = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue =
    langArg === -1
      ? undefined
      : args[langArg]!.includes('=')
        ? args[langArg]!.split('=')[1]
        : args[langArg + 1];
  if (isLang(langValue)) flags.lang = langValue;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--json') {
      flags.json = true;
      continue;
    }
    if (name !== '--lang' && name !== '--as' && name !== '--now') {
      flags.rest.push(arg);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '') {
      return {
        error: t(flags.lang, 'missing_value', { flag: name, example: EXAMPLES[name]! }),
        lang: flags.lang,
      };
    }
    if (name === '--lang' && !isLang(value))
      return { error: t(flags.lang, 'bad_lang', { value }), lang: flags.lang };
    if (name === '--now' && Number.isNaN(Date.parse(value)))
      return { error: t(flags.lang, 'bad_now', { value }), lang: flags.lang };
    if (name === '--as') flags.as = value;
    if (name === '--now') flags.now = value;
  }
  return flags;
}

/**
 * `utblick membership …` and `utblick referral …`: the chat commands in a terminal, against the same
 * store. Exit 0 on success, 1 on bad input with the message on standard error.
 */
export async function runRegistryCli(args: string[], io: CliIo, deps: RegistryCliDeps = {}): Promise<number> {
  const flags = parseFlags(args);
  if ('error' in flags) {
    io.stderr.write(`${flags.error}\n`);
    return 1;
  }
  let config: Config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${t(flags.lang, 'bad_config', { problems: error.problems.join('\n') })}\n`);
    return 1;
  }
  const clock: Clock = flags.now ? fixedClock(flags.now) : systemClock;
  const user = flags.as ?? io.env.USER ?? 'local';
  const input: Input = {
    platform: 'cli',
    text: flags.rest.join(' '),
    userId: `cli:${user}`,
    userName: user,
    locale: flags.lang,
    audience: 'private',
  };
  const store = openStore(config);
  try {
    await store.ready();
    const documents = await (
      deps.loadDocuments ??
      (async (c: Config) => (await loadKnowledge(c.knowledgeDir, knowledgeOptions(c))).documents)
    )(config);
    const commands = createCommands({ store, clock, config, documents: () => documents });
    const outcome = await commands.run(tokensFromArgs(flags.rest), input);
    if (!outcome || outcome.reply.kind === 'form') {
      const group = /^(referral|referrals|remiss|remisser)$/i.test(flags.rest[0] ?? '')
        ? 'referral'
        : 'membership';
      const errors = outcome ? [{ code: 'organisation_required', params: {} }] : [];
      io.stderr.write(renderText(helpReply(flags.lang, group, outcome ? 'membership.add' : null, errors)));
      return 1;
    }
    if (!outcome.ok) {
      if (flags.json) io.stdout.write(`${JSON.stringify({ ok: false, ...(outcome.data as object) })}\n`);
      io.stderr.write(renderText(outcome.reply));
      return 1;
    }
    io.stdout.write(
      flags.json
        ? `${JSON.stringify(outcome.data ?? { summary: outcome.reply.summary }, null, 2)}\n`
        : renderText(outcome.reply),
    );
    return 0;
  } catch (error) {
    const away = error instanceof StoreUnavailableError;
    io.stderr.write(`${away ? storeMessage(flags.lang, 'unavailable') : t(flags.lang, 'failed')}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

/** The reply as terminal text. */
export function renderText(reply: Reply): string {
  return `${reply.blocks.map(renderBlock).filter(Boolean).join('\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `\n${block.text}`;
    case 'text':
      return block.text;
    case 'quote':
      return `> ${block.text}`;
    case 'fields': {
      const width = Math.max(...block.fields.map((f) => f.label.length));
      return block.fields.map((f) => `${`${f.label}:`.padEnd(width + 2)}${f.value}`).join('\n');
    }
    case 'list':
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `  - ${item}`)).join('\n');
    case 'citation':
      return `[${block.citation.title}${block.citation.dnr ? `, ${block.citation.dnr}` : ''}]`;
    case 'form':
      return block.form.fields.map((f) => `  ${f.name}: ${f.label}`).join('\n');
    default:
      return '';
  }
}
