import { describe, expect, it } from 'vitest';
import { SLASH } from '../../adapters/slack/slash-commands.js';
import { teamsCommands } from '../../adapters/teams/package/manifest.js';
import { COMMANDS, GROUPS, HELP_WORDS } from '../../src/commands/catalog.js';
import { allWords } from '../../src/commands/command.js';
import { parseCommand } from '../../src/commands/parser.js';
import { wordKey } from '../../src/commands/vocabulary.js';

const today = { today: '2026-03-02' };

/** Which command a text names: its id, `help:<group>` for help, `form:<id>`, or null for a question. */
function named(text: string): string | null {
  const parsed = parseCommand(text, today);
  if (!parsed) return null;
  if (parsed.type === 'command') return parsed.def.id;
  if (parsed.type === 'form') return COMMANDS.find((c) => c.form?.id === parsed.form)!.id;
  return parsed.command ?? `help:${parsed.group ?? ''}`;
}

describe('the command catalog', () => {
  it('every example in help runs the command it illustrates', () => {
    for (const command of COMMANDS) {
      for (const example of command.examples) {
        const parsed = parseCommand(example, today);
        expect(parsed, example).toMatchObject({ type: 'command', def: { id: command.id } });
      }
    }
  });

  it('every command has its words, usage and summary in both languages, led by its group word', () => {
    for (const command of COMMANDS) {
      const group = GROUPS.find((g) => g.id === command.group);
      expect(group, command.id).toBeDefined();
      for (const lang of ['sv', 'en'] as const) {
        expect(command.words[lang].length, `${command.id} ${lang}`).toBeGreaterThan(0);
        expect(command.summary[lang].length).toBeGreaterThan(0);
        expect(command.usage[lang].startsWith(`${group!.words[lang][0]} ${command.words[lang][0]}`)).toBe(
          true,
        );
        expect(named(command.usage[lang].split(/ [<["]/)[0]!), command.usage[lang]).toBe(command.id);
      }
    }
  });

  it('no two groups, and no two commands of one group, share a word; none is a help word', () => {
    const help = allWords(HELP_WORDS).map(wordKey);
    const groupWords = GROUPS.flatMap((g) => allWords(g.words).map(wordKey));
    expect(new Set(groupWords).size).toBe(groupWords.length);
    for (const word of groupWords) expect(help).not.toContain(word);
    for (const group of GROUPS) {
      const words = COMMANDS.filter((c) => c.group === group.id).flatMap((c) =>
        allWords(c.words).map(wordKey),
      );
      expect(new Set(words).size, group.id).toBe(words.length);
    }
  });
});

describe('the platforms’ command menus are derived from the definitions and parse', () => {
  it('every Teams command-list title is a command, help, or (the sample) a question', () => {
    const commands = teamsCommands();
    expect(commands.length).toBeLessThanOrEqual(10);
    const listed = COMMANDS.filter((c) => c.menu).map((c) => c.id);
    for (const lang of ['en', 'sv'] as const) {
      const titles = commands.map((c) => c[lang].title);
      expect(titles.map(named)).toEqual(['help:', null, ...listed]);
    }
  });

  it('every Slack slash command puts a group word in front, and every part of its usage hint parses', () => {
    for (const slash of SLASH) {
      expect(slash.description.length).toBeLessThanOrEqual(100);
      expect(slash.usageHint.length).toBeLessThanOrEqual(1000);
      if (slash.word === null) continue;
      expect(named(slash.word)).toBe(`help:${slash.group}`);
      const ids = COMMANDS.filter((c) => c.group === slash.group).map((c) => c.id);
      const hinted = slash.usageHint
        .split(' | ')
        .map((part) => named(`${slash.word} ${part.split(' <')[0]}`));
      expect(hinted, slash.command).toEqual(ids);
    }
    const groups = GROUPS.filter((g) => g.slash).map((g) => g.id);
    expect(new Set(SLASH.map((s) => s.group).filter(Boolean))).toEqual(new Set(groups));
  });
});
