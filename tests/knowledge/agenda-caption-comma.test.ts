import { describe, expect, it } from 'vitest';
import { documentReader } from '../support/read-document.js';

// A fictional district council's meeting page, as the agenda sites print one: items broken with <br>, one of
// them at a comma over its plan's number.
const read = documentReader('utblick-agenda-comma-');

describe("an agenda item's caption broken at a comma", () => {
  it('is an item of its own, titled without the comma', async () => {
    const name = 'norrby-sammantrade.txt';
    const text = [
      'Din position: Hem > Stockholms stad > Norrby stadsdelsnämnd > Sammanträde 2027-04-20',
      'Sammanträde 2027-04-20',
      'Datum\nKlockan\n18:00\nPlats\nNorrby medborgarhus, Torgvägen 4',
      '1 Utseende av justerare',
      'BESLUTSÄRENDEN',
      '2 Tertialrapport 1\n\nDnr: 102-118-27\n\nFör nämnden prognostiseras ett överskott om 1,2 miljoner kronor.',
      'REMISSER/YTTRANDEN',
      '3 Detaljplan för kv Ankaret i stadsdelen Norrby,<br> S-Dp 2026-04411<br>Remiss från stadsbyggnadskontoret\n\nDnr: 302-140-27\n\nFörvaltningen tillstyrker planförslaget.',
    ].join('\n\n');
    const doc = await read(name, text);
    const plan = doc.cases.find((c) => c.dnr?.value === '302-140-27');
    expect(plan?.title?.value).toBe('Detaljplan för kv Ankaret i stadsdelen Norrby');
    expect(doc.cases.find((c) => c.dnr?.value === '102-118-27')?.title?.value).toBe('Tertialrapport 1');
  });
});
