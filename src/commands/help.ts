import type { Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import { commandById, commandsOf, GROUPS, groupById } from './catalog.js';
import { GENERAL_HELP } from './help-messages.js';
import { t } from './messages.js';
import type { ParseError } from './parser.js';

/** Help for everything, a group, or one command (with examples), led by any parse errors. */
export function helpReply(
  lang: Lang,
  group: string | null,
  command: string | null,
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

function commandHelp(lang: Lang, id: string): Block[] {
  const def = commandById(id);
  if (!def) return generalHelp(lang);
  return [
    { type: 'heading', text: def.usage[lang].split(' [')[0]!.split(' <')[0]! },
    { type: 'text', text: def.summary[lang] },
    { type: 'fields', fields: [{ label: GENERAL_HELP.usageLabel[lang], value: def.usage[lang] }] },
    { type: 'text', text: GENERAL_HELP.examplesLabel[lang], tone: 'muted' },
    { type: 'list', items: def.examples },
  ];
}

function groupHelp(lang: Lang, id: string): Block[] {
  const group = groupById(id);
  if (!group) return generalHelp(lang);
  return [
    { type: 'heading', text: group.title[lang] },
    { type: 'text', text: group.intro[lang] },
    {
      type: 'list',
      items: commandsOf(id).map((c) => `${c.usage[lang]} — ${c.summary[lang]}`),
    },
    { type: 'text', text: GENERAL_HELP.more[lang], tone: 'muted' },
  ];
}

function generalHelp(lang: Lang): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: GENERAL_HELP.title[lang] },
    { type: 'text', text: GENERAL_HELP.intro[lang] },
  ];
  for (const group of GROUPS) {
    blocks.push({ type: 'heading', text: group.title[lang] });
    blocks.push({ type: 'list', items: commandsOf(group.id).map((c) => c.usage[lang]) });
  }
  blocks.push({ type: 'text', text: GENERAL_HELP.more[lang], tone: 'muted' });
  return blocks;
}
