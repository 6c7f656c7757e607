import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/knowledge/formats/pdf-blocks.js';
import { isPageNumber } from '../../src/knowledge/formats/pdf-running.js';

describe('joining PDF lines', () => {
  it.each([
    [
      'remissen har skickats till förvalt-',
      'ningen för kultur',
      'remissen har skickats till förvalt' + 'ningen för kultur',
    ],
    ['flera EU-', 'projekt', 'flera EU-projekt'],
    ['Rinkeby-', 'Kista stadsdelsnämnd', 'Rinkeby-Kista stadsdelsnämnd'],
    ['svar via e-', 'post', 'svar via e-post'],
    ['under åren 2026-', '2027', 'under åren 2026-2027'],
    ['gäller kort-', 'och långsiktiga åtaganden', 'gäller kort- och långsiktiga åtaganden'],
    ['Vision 2030 –', 'ett Stockholm i världsklass', 'Vision 2030 – ett Stockholm i världsklass'],
    ['perioden 2026–', '2028', 'perioden 2026–2028'],
    ['Stockholms-', 'regionen', 'Stockholmsregionen'],
    ['ett mjukt bindestreck i förvalt\u00ad', 'ningen', 'ett mjukt bindestreck i förvaltningen'],
    ['yttrande senast den', '15 oktober 2026.', 'yttrande senast den 15 oktober 2026.'],
  ])('%s + %s', (previous, next, joined) => {
    expect(joinLines(previous, next)).toBe(joined);
  });
});

describe('page numbers', () => {
  it.each(['3', 'Sida 2 av 5', 'sid. 4', '- 7 -', '2 (5)', 'Page 3 of 9', '4/12'])(
    '%s is a page number',
    (text) => {
      expect(isPageNumber(text)).toBe(true);
    },
  );

  it.each(['Dnr 2026/KS 0417 12', '1. Omedelbar justering.', '2026', 'Sida'])(
    '%s is not a page number',
    (text) => {
      expect(isPageNumber(text)).toBe(false);
    },
  );
});
