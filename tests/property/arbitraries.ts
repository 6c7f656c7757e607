import fc from 'fast-check';

/**
 * Shared generators and run settings for the property tests. The seed is fixed so that a failure
 * reproduces; FAST_CHECK_SEED overrides it (fast-check prints the seed and path of every failure).
 */
export const SEED = Number(process.env.FAST_CHECK_SEED ?? 20261126);
export const settings = (numRuns = 300): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

/** Any text at all: ASCII, full Unicode (surrogate pairs, control characters) and grapheme clusters. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        'membership',
        'remiss',
        'referral',
        'add',
        'lägg till',
        'benefit:',
        'due:',
        '"',
        '“',
        '„',
        '«',
        "'",
        ' ',
        '\t',
        '\u0000',
        '\u202e',
        'KS-dnr:',
        '006-1137/2007',
        '31 februari',
        'help',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789';
/** A plain word: letters and digits only, so it is never an option key, a quote or a command word. */
export const plainWord = fc
  .string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 12 })
  .filter((w) => !/^\d+$/.test(w));

/** Words joined by single spaces, as a person would write a name or a sentence. */
export const phrase = fc.array(plainWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

/** Runs of whitespace a person (or a client) might put between words. */
export const gap = fc.constantFrom(' ', '  ', '\t', ' \t ', '\u00a0', '   ');

/** A calendar day between 1950 and 2150 as ISO yyyy-mm-dd. */
export const isoDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Upper, lower or mixed case. */
export const recase = (word: string) =>
  fc.constantFrom(
    word,
    word.toUpperCase(),
    word.toLowerCase(),
    word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
  );
