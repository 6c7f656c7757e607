import { commandsOf, GROUPS } from '../../src/commands/catalog.js';
import type { AnyCommand, Bilingual } from '../../src/commands/command.js';
import type { Lang } from '../../src/core/lang.js';

/**
 * Slack's slash commands, derived from the command definitions: `/utblick` for questions and help, and
 * one command per language for every group that asks for it (`/membership` and `/medlemskap`), which
 * puts the group's word in front of what was typed.
 */
export type SlashCommand = {
  command: string;
  /** The command-language word put in front of the text; none for `/utblick`. */
  word: string | null;
  group: string | null;
  lang: Lang;
  description: string;
  usageHint: string;
};

const ASK: SlashCommand = {
  command: '/utblick',
  word: null,
  group: null,
  lang: 'en',
  description: 'Ask a question about the international strategy and referrals, or type help',
  usageHint: 'vem ansvarar för EU-bevakningen? | help',
};

export const SLASH: readonly SlashCommand[] = [
  ASK,
  ...GROUPS.flatMap((group) =>
    group.slash
      ? (['en', 'sv'] as const).map((lang) =>
          groupCommand(group.id, group.words[lang][0]!, lang, group.slash!),
        )
      : [],
  ),
];

export const SLASH_COMMANDS: readonly string[] = SLASH.map((s) => s.command);

function groupCommand(group: string, word: string, lang: Lang, description: Bilingual): SlashCommand {
  return {
    command: `/${word}`,
    word,
    group,
    lang,
    description: description[lang],
    usageHint: commandsOf(group)
      .map((c) => usageHint(c, lang))
      .join(' | '),
  };
}

/** A command's usage without its group word, its options and its optional parts: `show <id|organisation>`. */
export function usageHint(command: AnyCommand, lang: Lang): string {
  const usage = command.usage[lang];
  const words = usage.split(' ');
  return words
    .slice(1)
    .join(' ')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\s\p{L}+:("[^"]*"|<[^>]*>|\S+)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function slashCommand(name: string): SlashCommand | undefined {
  return SLASH.find((s) => s.command === name);
}
