import fc from 'fast-check';

/**
 * Hostile input for the fuzz runs: what a careless paste, a prankster or an attacker sends to a chat bot.
 * Every string carries markers (`FUZZ`, `fuzz()`) so that the checks can tell injected markup from the
 * bot's own.
 */

/** The seed: FUZZ_SEED when set (to repeat a failure), else fixed, so that every run is the same. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
/** Inputs per entry point in `npm test`; `npm run fuzz -- --runs N` raises it. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 250);

/** Mentions and links that would notify people or mislead if Slack or Teams parsed them. */
export const MENTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0FUZZ>',
  '<#C0FUZZ>',
  '<!subteam^S0FUZZ>',
];
export const HTML = [
  '<script>fuzz()</script>',
  '<img src=x onerror=fuzz()>',
  '<a href="javascript:fuzz()">FUZZ</a>',
  '"><svg onload=fuzz()>',
  "'><iframe src=javascript:fuzz()>",
];
const MARKDOWN = [
  '[FUZZ](javascript:fuzz())',
  '<https://evil.example/fuzz|click here>',
  '*FUZZ* _FUZZ_ ~FUZZ~ `FUZZ` ```FUZZ```',
  '> quoted FUZZ',
  '# FUZZ heading',
  '![FUZZ](https://evil.example/fuzz.png)',
  '<at>FUZZ</at>',
  '&lt;!channel&gt;',
  '&amp;&gt;&lt;',
];
const CARD = [
  '{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"FUZZ"}],"actions":[{"type":"Action.OpenUrl","url":"javascript:fuzz()"}]}',
  '$' + '{FUZZ}',
  '{{FUZZ}}',
  '"},{"type":"Action.Submit","data":{"fuzz":1}},{"x":"',
  '{"text":"FUZZ","blocks":[{"type":"section"}]}',
  '[1,2,{"__proto__":{"fuzz":true}}]',
  '{"constructor":{"prototype":{"fuzz":1}}}',
];
const CONTROL = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b[31m',
  '\u001b]0;FUZZ\u0007',
  '\r',
  '\r\n',
  '\u007f',
  '\u0085',
];
const UNICODE = [
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u200b', // zero-width space
  '\u200d',
  '\ufeff',
  '\ud800', // lone surrogate
  '\udfff',
  'ｍｅｍｂｅｒｓｈｉｐ', // full-width
  'mеmbеrshiр', // Cyrillic е and р
  'rеmiss', // Cyrillic е
  'ᴍᴇᴍʙᴇʀꜱʜɪᴘ',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '\u{1d57e}\u{1d58a}',
  'ǅ',
  'İ',
];
const DATES = [
  '31 februari 2026',
  '2026-02-31',
  '99999-01-01',
  '-2026-01-01',
  '0000-00-00',
  '1 januari 99999',
  '2026-13-45',
  '29 februari 2027',
  '32/13 2026',
  '1e9',
  'NaN',
  'Infinity',
  '9'.repeat(40),
];
const WORDS = [
  'membership',
  'medlemskap',
  'referral',
  'remiss',
  'add',
  'lägg till',
  'list',
  'show',
  'end',
  'deadline',
  'done',
  'subscribe',
  'unsubscribe',
  'help',
  'hjälp',
  'reindex',
  'benefit:',
  'nytta:',
  'title:',
  'from:',
  'due:',
  'date:',
  'since:',
  'until:',
  'area:',
  'kind:',
  'body:',
  'days:',
  'digest:',
  'q:',
  'Eurocities',
  'KS-dnr: 006-1137/2007',
  'vem ansvarar för EU-bevakningen?',
  'who is responsible?',
];
const QUOTES = ['"', '“', '”', '„', '«', '»', "'", '""', '"""', '“”'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.constantFrom(...CARD) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Hostile pieces that keep a quoted value whole (no quote characters), so that some commands succeed. */
const valuePiece = piece.filter((p) => !/["“”„«»']/.test(p) && !/^\p{L}+:/u.test(p));

/** A command with hostile values where the grammar takes free text. */
const hostileCommand = fc
  .record({
    head: fc.constantFrom(
      'membership add',
      'medlemskap lägg till',
      'membership show',
      'membership end',
      'membership list q:',
      'referral add',
      'remiss senast',
      'referral deadline',
      'referral done',
      'referral subscribe body:',
      'referral list',
    ),
    name: fc.array(valuePiece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
    benefit: fc.array(valuePiece, { minLength: 0, maxLength: 4 }).map((p) => p.join('')),
    date: fc.oneof(
      fc.constantFrom(...DATES),
      fc.constantFrom('2026-09-01', '1 september 2026', '2027-01-15'),
    ),
    quote: fc.constantFrom('"', '“', '"', ''),
  })
  .map(({ head, name, benefit, date, quote }) => {
    const q = (v: string) => `${quote}${v}${quote === '“' ? '”' : quote}`;
    if (head === 'membership add' || head === 'medlemskap lägg till')
      return `${head} ${q(name)} benefit:${q(benefit)} since:${q(date)}`;
    if (head === 'referral add')
      return `${head} ${q(name)} title:${q(benefit)} from:${q(name)} due:${q(date)}`;
    if (head === 'membership end') return `${head} ${q(name)} date:${q(date)}`;
    return `${head} ${q(name)}`;
  });

/** A huge text: a repeated hostile piece, up to ~100,000 characters. */
const huge = fc
  .tuple(piece, fc.integer({ min: 500, max: 100_000 }))
  .map(([p, length]) =>
    (p.length === 0 ? 'x' : p).repeat(Math.ceil(length / Math.max(1, p.length))).slice(0, length),
  );

/** A very long case number. */
const longCaseNumber = fc
  .tuple(
    fc.constantFrom('referral deadline ', 'remiss besvarad ', 'referral add ', 'dnr '),
    fc.integer({ min: 50, max: 5000 }),
  )
  .map(
    ([head, groups]) =>
      `${head}KS-dnr: ${Array.from({ length: groups }, (_, i) => String(i % 1000)).join('-')}/2007`,
  );

/** JSON-looking text, some of it a Slack or Teams payload. */
const jsonish = fc.oneof(
  fc.constantFrom(...CARD),
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ type: 'message', text: v, value: v })),
);

/** The hostile input generator the fuzz runs draw from. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join('')) },
  { weight: 5, arbitrary: hostileCommand },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: longCaseNumber },
  { weight: 2, arbitrary: jsonish },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
);

/** `n` inputs, the same ones for the same seed: an entry point's share of a run. */
export function hostileInputs(n: number, seed: number): string[] {
  return fc.sample(hostileText, { numRuns: n, seed });
}

/** What must never reach a platform unescaped: the injected mentions and markup, found in any text. */
export function rawInjections(text: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((f) => text.includes(f));
}
