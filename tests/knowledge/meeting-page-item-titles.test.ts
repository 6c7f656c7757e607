import { describe, expect, it } from 'vitest';
import { documentReader } from '../support/read-document.js';

/**
 * A committee's meeting page on a meeting platform: each item's title, its case number and what follows
 * (who presents it, a note) stand in one list entry and are read as one line. The document is fictional and
 * written for the test.
 */
const read = documentReader('utblick-meeting-page-');

const page = `<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Idrottsnämndens arbetsutskott 2027-10-05 – Möten</title></head>
<body>
<main>
<h1>Idrottsnämndens arbetsutskott</h1>
<h2>Möte 2027-10-05</h2>
<p>tisdag 5 oktober 2027, kl. 09:00–10:30 · Idrottsförvaltningen, rum Stadion</p>
<p>Ordförande: Greta Nyström (S) · Sekreterare: Pontus Wall</p>
<h3>Ärenden</h3>
<ul class="items">
  <li><strong>1. Val av justerare</strong></li>
  <li>
    <strong>2. Vänortsturnering i fotboll med Åbo 2028</strong> <span>Dnr IDN 2027/0512</span>
    <p>Föredragande: Hampus Lind, utvecklingsstrateg</p>
  </li>
  <li>
    <strong>3. Bidrag till simklubbens utbyte med Tallinn</strong> <span>Dnr IDN 2027/0530</span>
    <p>Ärendet utgår.</p>
  </li>
  <li><strong>4. Övriga frågor</strong></li>
</ul>
</main>
</body>
</html>
`;

describe('a meeting page whose items run title, case number and presenter into one line', () => {
  it('titles each item by what stands before its case number', async () => {
    const doc = await read('mote-idrottsnamndens-au.html', page);
    const byDnr = new Map(doc.cases.map((c) => [c.dnr?.value, c.title?.value]));
    expect(byDnr.get('IDN 2027/0512')).toBe('Vänortsturnering i fotboll med Åbo 2028');
    expect(byDnr.get('IDN 2027/0530')).toBe('Bidrag till simklubbens utbyte med Tallinn');
  });
});
