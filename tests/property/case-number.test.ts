import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseNumberKey,
  compactCaseNumberKey,
  findCaseNumbers,
  looksLikeTypedCaseNumber,
  sameCaseNumber,
  stripCaseNumberLabel,
} from '../../src/text/case-number.js';
import { anyText, recase, settings } from './arbitraries.js';

/** A case number as its groups: digit runs and short series codes, as the registrars write them. */
const groups = fc
  .tuple(
    fc.option(fc.constantFrom('KS', 'KSM', 'T', 'SBN', 'KF'), { nil: undefined }),
    fc.array(fc.stringMatching(/^\d{1,6}$/), { minLength: 2, maxLength: 4 }),
  )
  .map(([series, digits]) => (series ? [series, ...digits] : digits));

const LABELS = ['', 'Dnr ', 'dnr: ', 'DNR ', 'KS-dnr: ', 'KS dnr ', 'Diarienummer ', 'diarienr. ', 'Dnr:'];
const SEPARATORS = ['-', '/', ' ', ' - ', '–', ' / '];

/** The same number in one of the shapes people type: any label, separators, case and surrounding quotes. */
const written = (g: string[]) =>
  fc
    .record({
      label: fc.constantFrom(...LABELS).chain(recase),
      seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: g.length, maxLength: g.length }),
      quote: fc.constantFrom(['', ''], ['"', '"'], ['“', '”']),
      pad: fc.constantFrom('', ' ', '  '),
    })
    .map(
      ({ label, seps, quote, pad }) =>
        `${pad}${quote[0]}${label}${g.map((part, i) => (i === 0 ? part : `${seps[i]}${part}`)).join('')}${quote[1]}${pad}`,
    );

describe('case number properties', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        caseNumberKey(text);
        compactCaseNumberKey(text);
        stripCaseNumberLabel(text);
        looksLikeTypedCaseNumber(text);
        findCaseNumbers(text);
        sameCaseNumber(text, '006-1137/2007');
      }),
      settings(2000),
    );
  });

  it('is idempotent: the key of a key is the key', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, groups.chain(written)), (text) => {
        const key = caseNumberKey(text);
        expect(caseNumberKey(key)).toBe(key);
      }),
      settings(2000),
    );
  });

  it('gives one key for the same number whatever label, spacing, punctuation and case it is written with', () => {
    fc.assert(
      fc.property(
        groups.chain((g) => fc.tuple(fc.constant(g), written(g), written(g))),
        ([g, a, b]) => {
          const expected = g.join('-').toUpperCase();
          expect(caseNumberKey(a), a).toBe(expected);
          expect(caseNumberKey(b), b).toBe(expected);
          expect(sameCaseNumber(a, b)).toBe(true);
        },
      ),
      settings(1000),
    );
  });

  it('finds a labelled number in prose with the same key', () => {
    fc.assert(
      fc.property(
        groups.filter((g) => g.join('').replace(/\D/g, '').length >= 5),
        fc.constantFrom('Dnr ', 'KS-dnr: ', 'dnr '),
        (g, label) => {
          const number = g.join('-');
          const found = findCaseNumbers(`Remissen (${label}${number}) ska besvaras.`);
          expect(found.map((m) => caseNumberKey(m.value))).toEqual([caseNumberKey(number)]);
        },
      ),
      settings(500),
    );
  });

  it('tells different numbers apart', () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        fc.pre(a.join('') !== b.join(''));
        expect(sameCaseNumber(a.join('-'), b.join('-'))).toBe(false);
      }),
      settings(1000),
    );
  });
});
