import { describe, expect, it } from 'vitest';
import {
  hasPersonalNumber,
  REDACTED,
  redactFields,
  redactPersonalNumbers,
} from '../../src/privacy/redact.js';

describe('redactPersonalNumbers', () => {
  it.each([
    [
      'YYMMDD-XXXX',
      'Mitt personnummer är 811218-9876, vad gäller?',
      'Mitt personnummer är [personnummer], vad gäller?',
    ],
    ['YYMMDD+XXXX (100 years or older)', 'född 121212+1212', 'född [personnummer]'],
    ['YYYYMMDDXXXX', 'pnr 198112189876.', 'pnr [personnummer].'],
    ['YYYYMMDD-XXXX', '(19811218-9876)', '([personnummer])'],
    ['YYMMDD XXXX with a space', 'nummer 811218 9876 tack', 'nummer [personnummer] tack'],
    ['YYMMDDXXXX', 'id:8112189876', 'id:[personnummer]'],
    ['a coordination number (day + 60)', 'samordningsnummer 701063-2391', 'samordningsnummer [personnummer]'],
    ['a number with a wrong checksum', 'är 811218-9870 rätt?', 'är [personnummer] rätt?'],
    ['two numbers in one text', '811218-9876 och 19640823-3234', '[personnummer] och [personnummer]'],
  ])('replaces %s', (_shape, text, expected) => {
    expect(redactPersonalNumbers(text)).toBe(expected);
    expect(hasPersonalNumber(text)).toBe(true);
  });

  it.each([
    ['a case number', 'Remissen 006-1137/2007 ska besvaras'],
    ['a case number with a year', 'KS 2026/0123 och dnr 1234-2026'],
    ['an ISO date', 'senast 2026-09-01 kl 10'],
    ['a compact date', 'mötet 20260901'],
    ['a month that does not exist', '811318-9876'],
    ['a day that does not exist', '811232-9876'],
    ['a longer digit run', 'ordernummer 12345678901234'],
    ['a number glued to a slash', '811218-9876/2026'],
    ['a Stockholm switchboard number', 'ring 08-508 29 000'],
    ['an amount', '1 200 000 kronor'],
  ])('leaves %s alone', (_what, text) => {
    expect(redactPersonalNumbers(text)).toBe(text);
    expect(hasPersonalNumber(text)).toBe(false);
  });

  it('redacts the strings of a log field object and nothing else', () => {
    expect(redactFields({ q: 'om 811218-9876', n: 3, list: ['19811218-9876', 2] })).toEqual({
      q: `om ${REDACTED}`,
      n: 3,
      list: [REDACTED, 2],
    });
  });
});
