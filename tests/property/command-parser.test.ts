import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand, tokenize, tokensFromArgs } from '../../src/commands/index.js';
import { TokenizeError } from '../../src/commands/tokenizer.js';
import { wordKey } from '../../src/commands/vocabulary.js';
import { anyText, gap, isoDay, plainWord, recase, settings } from './arbitraries.js';

const ctx = { today: '2026-03-02' };

/** Words that are part of the grammar: a name made of them is ambiguous by design, so names avoid them. */
const RESERVED = new Set(
  [
    'add',
    'lägg',
    'till',
    'ny',
    'registrera',
    'help',
    'hjälp',
    'membership',
    'medlemskap',
    'referral',
    'remiss',
    'den',
    'the',
    'on',
  ].map(wordKey),
);
const nameWord = plainWord.filter((w) => !RESERVED.has(wordKey(w)));
const name = fc.array(nameWord, { minLength: 1, maxLength: 4 });

const QUOTES: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '”'],
  ['«', '»'],
  ["'", "'"],
];
const quoteStyle = fc.constantFrom(...QUOTES);

/** A value as a person may type it: quoted in any style, or bare with any whitespace between words. */
function typedValue(words: readonly string[]) {
  return fc.oneof(
    quoteStyle.map(([open, close]) => `${open}${words.join(' ')}${close}`),
    ...(words.length === 1 ? [fc.constant(words[0]!)] : []),
  );
}
function bareWords(words: readonly string[]) {
  return fc
    .array(gap, { minLength: words.length, maxLength: words.length })
    .map((gaps) => words.map((w, i) => (i === 0 ? w : `${gaps[i]}${w}`)).join(''));
}
const join = (parts: string[], gaps: string[]) =>
  parts.map((part, i) => (i === 0 ? part : `${gaps[i % gaps.length]}${part}`)).join('');

const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** The same day written as ISO, Swedish prose or English prose. */
function writtenDay(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return fc.constantFrom(
    iso,
    `${d} ${MONTHS_SV[m - 1]} ${y}`,
    `den ${d} ${MONTHS_SV[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
  );
}

const KIND_OF: Record<string, string> = {
  network: 'network',
  nätverk: 'network',
  projekt: 'project',
  organisation: 'organisation',
};

describe('command parser properties', () => {
  it('never throws on any text, and answers null, help, a form or a command', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseCommand(text, ctx);
        expect(parsed === null || ['help', 'command', 'form'].includes(parsed.type)).toBe(true);
      }),
      settings(2000),
    );
  });

  it('never throws on shell-split arguments', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (args) => {
        parseCommand(tokensFromArgs(['membership', ...args]), ctx);
        parseCommand(tokensFromArgs(['referral', 'add', ...args]), ctx);
      }),
      settings(1000),
    );
  });

  it('tokenize throws nothing but its own unclosed-quote error', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          tokenize(text);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenizeError);
        }
      }),
      settings(2000),
    );
  });

  it('gives back a quoted value exactly, in every quote style', () => {
    const value = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .filter((v) => !/["“”„«»']/.test(v))
      .map((v) => v.normalize('NFC'));
    fc.assert(
      fc.property(
        value,
        quoteStyle,
        fc.constantFrom('benefit', 'Nytta', 'TITLE'),
        (v, [open, close], key) => {
          expect(tokenize(`${key}:${open}${v}${close}`)).toEqual([
            { type: 'option', key: key.toLowerCase(), value: v.trim(), quoted: true },
          ]);
          expect(tokenize(`${open}${v}${close}`)).toEqual([{ type: 'word', value: v.trim(), quoted: true }]);
        },
      ),
      settings(1000),
    );
  });

  it('parses membership add to the same arguments however case, spacing, quoting and order vary', () => {
    const command = fc.record({
      organisation: name,
      benefit: name,
      body: fc.option(name, { nil: undefined }),
      area: fc.option(fc.constantFrom(['bevakning'], ['monitoring'], ['bevakning', 'och', 'påverkan']), {
        nil: undefined,
      }),
      kind: fc.option(fc.constantFrom('network', 'nätverk', 'projekt', 'organisation'), { nil: undefined }),
    });
    const typed = command.chain((c) => {
      const options: fc.Arbitrary<string>[] = [
        fc
          .tuple(fc.constantFrom('benefit', 'nytta').chain(recase), typedValue(c.benefit))
          .map(([k, v]) => `${k}:${v}`),
      ];
      if (c.body)
        options.push(
          fc
            .tuple(fc.constantFrom('body', 'organ', 'nämnd').chain(recase), typedValue(c.body))
            .map(([k, v]) => `${k}:${v}`),
        );
      if (c.area)
        options.push(
          fc
            .tuple(fc.constantFrom('area', 'fokus', 'område').chain(recase), typedValue(c.area))
            .map(([k, v]) => `${k}:${v}`),
        );
      if (c.kind)
        options.push(
          fc.tuple(fc.constantFrom('kind', 'typ').chain(recase), recase(c.kind)).map(([k, v]) => `${k}:${v}`),
        );
      return fc.record({
        c: fc.constant(c),
        head: fc.constantFrom('membership', 'medlemskap', '/medlemskap').chain(recase),
        sub: fc.constantFrom('add', 'lägg till', 'registrera', 'ny').chain(recase),
        organisation: fc.oneof(typedValue(c.organisation), bareWords(c.organisation)),
        options: fc.tuple(...options).chain((o) => fc.shuffledSubarray(o, { minLength: o.length })),
        gaps: fc.array(gap, { minLength: 1, maxLength: 6 }),
        lead: fc.constantFrom('', ' ', '\t', '  '),
      });
    });
    fc.assert(
      fc.property(typed, ({ c, head, sub, organisation, options, gaps, lead }) => {
        const text = lead + join([head, ...sub.split(' '), organisation, ...options], gaps) + lead;
        const parsed = parseCommand(text, ctx);
        expect(parsed?.type, text).toBe('command');
        if (parsed?.type !== 'command') return;
        expect(parsed.def.id).toBe('membership.add');
        const expected: Record<string, unknown> = {
          organisation: c.organisation.join(' '),
          benefit: c.benefit.join(' '),
        };
        if (c.body) expected.body = c.body.join(' ');
        if (c.area) expected.area = 'bevakning';
        if (c.kind) expected.kind = KIND_OF[c.kind];
        expect(parsed.args).toEqual(expected);
      }),
      settings(500),
    );
  });

  it('parses referral add to the same due day whether the date is ISO, Swedish or English prose', () => {
    const typed = fc.record({ day: isoDay, title: name, sender: nameWord }).chain((c) =>
      fc.record({
        c: fc.constant(c),
        head: fc.constantFrom('referral', 'remiss').chain(recase),
        dnr: fc.constantFrom('006-1137/2007', '"KS-dnr: 006-1137/2007"', 'KSM-2023-260-214'),
        due: writtenDay(c.day).chain((d) => typedValue(d.split(' '))),
        dueKey: fc.constantFrom('due', 'senast', 'Deadline'),
        title: typedValue(c.title),
        gaps: fc.array(gap, { minLength: 1, maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(typed, ({ c, head, dnr, due, dueKey, title, gaps }) => {
        const text = join([head, 'add', dnr, `title:${title}`, `from:${c.sender}`, `${dueKey}:${due}`], gaps);
        const parsed = parseCommand(text, ctx);
        expect(parsed?.type, text).toBe('command');
        if (parsed?.type !== 'command') return;
        expect(parsed.args).toMatchObject({ due: c.day, title: c.title.join(' '), sender: c.sender });
      }),
      settings(500),
    );
  });
});
