import { describe, expect, it } from 'vitest';
import { documentReader } from '../support/read-document.js';

const read = documentReader('utblick-referral-items-');

describe("a meeting page's referral item", () => {
  it('is an item whose subject follows "på" or "över" as it follows "om"', async () => {
    const doc = await read(
      'sammantrade.txt',
      [
        'Fiktivt dokument skrivet för Utbliks tester.',
        '',
        'Din position: Hem > Stockholms stad > Lindö stadsdelsnämnd > Sammanträde 2027-10-12',
        '',
        'Sammanträde 2027-10-12',
        '',
        '1 Val av protokollsjusterare',
        '',
        'Remissärenden',
        '',
        '2 Svar på remiss från kommunstyrelsen om riktlinjer för internationella besök.',
        '',
        '3 Svar på remiss från kommunstyrelsen på rapporten ”Stadens medlemskap i europeiska nätverk”.',
        '',
        '4 Svar på remiss från stadsledningskontoret över förslaget till vänortsprogram 2028–2031.',
      ].join('\n'),
    );
    expect(doc.cases.map((c) => c.title?.value)).toEqual([
      'Val av protokollsjusterare',
      'Svar på remiss från kommunstyrelsen om riktlinjer för internationella besök',
      'Svar på remiss från kommunstyrelsen på rapporten ”Stadens medlemskap i europeiska nätverk”',
      'Svar på remiss från stadsledningskontoret över förslaget till vänortsprogram 2028–2031',
    ]);
  });
});
