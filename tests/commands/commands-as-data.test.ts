import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSlashCommands } from '../../adapters/slack/manifest.js';
import { usageHint } from '../../adapters/slack/slash-commands.js';
import { teamsCommands } from '../../adapters/teams/package/manifest.js';
import { COMMANDS, commandById, commandOfForm, groupById } from '../../src/commands/catalog.js';
import { helpReply } from '../../src/commands/help.js';
import type { Reply } from '../../src/core/reply.js';
import { sourceFiles } from '../support/import-graph.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every string of a reply's blocks, one a line. */
function textOf(reply: Reply): string {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (node && typeof node === 'object') for (const value of Object.values(node)) visit(value);
  };
  visit(reply.blocks);
  return out.join('\n');
}

/**
 * Adding a command is one definition (with its handler and messages): help, Slack's slash commands and
 * usage hints, the Teams command list and forms all follow from the definitions. `knowledge list` and
 * `knowledge show` were added that way; this checks every command the same way, and that no code outside
 * the definitions names a command or branches on a group.
 */
describe('commands are data', () => {
  it('help lists every command of a group, in both languages, from its definition', () => {
    for (const command of COMMANDS) {
      for (const lang of ['sv', 'en'] as const) {
        const help = textOf(helpReply(lang, command.group, null));
        expect(help, `${command.id} ${lang}`).toContain(command.summary[lang]);
        const own = textOf(helpReply(lang, command.group, command.id));
        expect(own).toContain(command.examples[0]!);
      }
    }
    expect(textOf(helpReply('en', 'knowledge', null))).toContain('knowledge list [page:<n>]');
    expect(textOf(helpReply('sv', 'knowledge', null))).toContain('kunskap lista [sida:<n>]');
  });

  it("Slack's slash commands carry the usage hint of every command of a group that has one", () => {
    const manifest = manifestSlashCommands('https://utblick.example/slack/events');
    for (const command of COMMANDS) {
      const group = groupById(command.group)!;
      if (!group.slash) continue;
      for (const lang of ['sv', 'en'] as const) {
        const slash = manifest.find((s) => s.command === `/${group.words[lang][0]}`);
        expect(slash?.usage_hint, `${command.id} ${lang}`).toContain(usageHint(command, lang).slice(0, 20));
      }
    }
  });

  it('the Teams command list holds exactly the commands whose definition has a menu line', () => {
    const titles = teamsCommands().map((c) => c.en.title);
    for (const command of COMMANDS) {
      const title = `${groupById(command.group)!.words.en[0]} ${command.words.en[0]}`;
      expect(titles.includes(title), command.id).toBe(Boolean(command.menu));
    }
  });

  it("a command's form opens and submits through its definition, found by the form's id", () => {
    for (const command of COMMANDS.filter((c) => c.form)) {
      expect(commandOfForm(command.form!.id)).toBe(command);
      for (const lang of ['sv', 'en'] as const) expect(command.form!.open(lang).id).toBe(command.form!.id);
    }
  });

  it('who may run knowledge list is its definition: administrators in chat, whoever runs the terminal', () => {
    expect(commandById('knowledge.list')).toMatchObject({ permission: 'admin', atTerminal: 'ask' });
  });

  it('no code outside the definitions names a knowledge command or branches on a group id', () => {
    const offenders = sourceFiles(ROOT, ['src', 'adapters']).flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const found: string[] = [];
      if (/\bgroup\s*[!=]==\s*'/.test(text)) found.push(`${file} compares a group id`);
      for (const id of ['knowledge.list', 'knowledge.show'])
        if (text.includes(`'${id}'`) && !file.endsWith('knowledge-commands.ts'))
          found.push(`${file} names ${id}`);
      return found;
    });
    expect(offenders).toEqual([]);
  });
});
