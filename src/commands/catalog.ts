import type { FormId } from '../core/reply.js';
import { type AnyCommand, allWords, type GroupDef } from './command.js';
import { KNOWLEDGE_COMMANDS, KNOWLEDGE_GROUP } from './knowledge-commands.js';
import { MEMBERSHIP_COMMANDS, MEMBERSHIP_GROUP } from './membership-commands.js';
import { REFERRAL_COMMANDS, REFERRAL_GROUP } from './referral-commands.js';
import { TICKET_COMMANDS, TICKET_GROUP } from './ticket-commands.js';
import { wordKey } from './vocabulary.js';

/**
 * Every command group and command Utblick knows, in the order help lists them. To add a command, add its
 * definition to its group's list (or a new group here); the parser, help, the CLI, Slack's slash commands
 * and usage hints and the Teams command list follow from it.
 */
export const GROUPS: readonly GroupDef[] = [MEMBERSHIP_GROUP, REFERRAL_GROUP, KNOWLEDGE_GROUP, TICKET_GROUP];

export const COMMANDS: readonly AnyCommand[] = [
  ...MEMBERSHIP_COMMANDS,
  ...REFERRAL_COMMANDS,
  ...KNOWLEDGE_COMMANDS,
  ...TICKET_COMMANDS,
];

export const HELP_WORDS = { en: ['help'], sv: ['hjälp', 'hjalp'] };

export function commandById(id: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** The command whose bare form opens `form` (`membership add` for `membership_add`). */
export function commandOfForm(form: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.form?.id === form);
}

export function groupById(id: string): GroupDef | undefined {
  return GROUPS.find((g) => g.id === id);
}

export function commandsOf(group: string): AnyCommand[] {
  return COMMANDS.filter((c) => c.group === group);
}

/** The group a first word names (`remiss`, `Memberships`, `/medlemskap`), if any. */
export function groupOfWord(word: string): GroupDef | undefined {
  const key = wordKey(word.replace(/^\//, ''));
  return GROUPS.find((g) => allWords(g.words).some((w) => wordKey(w) === key));
}

export function isHelpWord(word: string): boolean {
  const key = wordKey(word);
  return allWords(HELP_WORDS).some((w) => wordKey(w) === key);
}

/**
 * The form a group's command opens when typed with nothing after it (`add` in the membership group), or
 * null. Adapters that must open a form at once (Slack's trigger id lives three seconds) ask this first.
 */
export function bareForm(group: string, text: string): FormId | null {
  const key = wordKey(text);
  const command = commandsOf(group).find((c) => c.form && allWords(c.words).some((w) => wordKey(w) === key));
  return command?.form?.id ?? null;
}
