import type { Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import { COMMANDS, type CommandId, type Group } from './definitions.js';
import { COMMAND_HELP, GENERAL_HELP, GROUP_HELP } from './help-messages.js';
import { t } from './messages.js';
import type { ParseError } from './parser.js';

/** Help for everything, a group, or one command (with examples), led by any parse errors. */
export function helpReply(
  lang: Lang,
  group: Group | null,
  command: CommandId | null,
  errors: ParseError[] = [],
): Reply {
  const blocks: Block[] = errors.map((e) => ({
    type: 'text',
    text: t(lang, e.code as never, e.params),
    tone: 'error',
  }));
  if (command) blocks.push(...commandHelp(lang, command));
  else if (group) blocks.push(...groupHelp(lang, group));
  else blocks.push(...generalHelp(lang));
  const first = blocks[0];
  const summary = first && 'text' in first ? first.text : GENERAL_HELP.title[lang];
  return { lang, kind: errors.length > 0 ? 'error' : 'help', summary, blocks };
}

function commandHelp(lang: Lang, id: CommandId): Block[] {
  const help = COMMAND_HELP[id];
  const def = COMMANDS.find((c) => c.id === id)!;
  return [
    { type: 'heading', text: help.usage[lang].split(' [')[0]!.split(' <')[0]! },
    { type: 'text', text: help.summary[lang] },
    { type: 'fields', fields: [{ label: GENERAL_HELP.usageLabel[lang], value: help.usage[lang] }] },
    { type: 'text', text: GENERAL_HELP.examplesLabel[lang], tone: 'muted' },
    { type: 'list', items: def.examples },
  ];
}

function groupHelp(lang: Lang, group: Group): Block[] {
  return [
    { type: 'heading', text: GROUP_HELP[group].title[lang] },
    { type: 'text', text: GROUP_HELP[group].intro[lang] },
    {
      type: 'list',
      items: COMMANDS.filter((c) => c.group === group).map(
        (c) => `${COMMAND_HELP[c.id].usage[lang]} — ${COMMAND_HELP[c.id].summary[lang]}`,
      ),
    },
    { type: 'text', text: GENERAL_HELP.more[lang], tone: 'muted' },
  ];
}

function generalHelp(lang: Lang): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: GENERAL_HELP.title[lang] },
    { type: 'text', text: GENERAL_HELP.intro[lang] },
  ];
  for (const group of ['membership', 'referral', 'knowledge'] as const) {
    blocks.push({ type: 'heading', text: GROUP_HELP[group].title[lang] });
    blocks.push({
      type: 'list',
      items: COMMANDS.filter((c) => c.group === group).map((c) => COMMAND_HELP[c.id].usage[lang]),
    });
  }
  blocks.push({ type: 'text', text: GENERAL_HELP.more[lang], tone: 'muted' });
  return blocks;
}
