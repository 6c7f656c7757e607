/**
 * The fictional referral as a two-page PDF, laid out the way a case management system prints one:
 * running header with the case number, page footers "Sida n av 2", a title and section headings in a
 * larger size, a paragraph hyphenated at a line end, bullets with a hanging indent, and a paragraph
 * whose text layer carries decomposed å/ä/ö.
 */

import { FICTIONAL } from './fixture-text.js';
import { buildPdf, type PdfRun } from './pdf-builder.js';

export const RUNNING_HEADER = 'Stadsledningskontoret – internationella avdelningen';

function chrome(page: number): PdfRun[] {
  return [
    { x: 56, y: 806, size: 9, text: RUNNING_HEADER },
    { x: 400, y: 806, size: 9, text: FICTIONAL.dnr },
    { x: 270, y: 36, size: 9, text: `Sida ${page} av 2` },
  ];
}

/** Body text lines 11 pt on a 14 pt leading; paragraphs 24 pt apart. */
const body = (y: number, text: string, x = 56): PdfRun => ({ x, y, size: 11, text });

export function referralPdf(): Buffer {
  const page1: PdfRun[] = [
    ...chrome(1),
    { x: 56, y: 760, size: 18, font: 'bold', text: FICTIONAL.title },
    body(724, FICTIONAL.marker),
    { x: 56, y: 690, size: 14, font: 'bold', text: 'Remissen' },
    body(666, 'Kommunstyrelsen har remitterat ärendet till Rinkeby-Kista stadsdelsnämnd för'),
    body(652, 'yttrande senast den 15 oktober 2026. Ärendet har också skickats till förvalt-'),
    body(638, 'ningen för kultur och till Stockholm Business Region AB.'),
    body(614, 'Stadsledningskontoret har tagit fram ett förslag som berör flera EU-'),
    body(600, 'projekt och samarbetet mellan Rinkeby-Kista och Södermalm. Förslaget gäller kort-'),
    body(586, 'och långsiktiga åtaganden för nämnder och bolag.'),
    { x: 56, y: 550, size: 14, font: 'bold', text: 'Riktlinjer' },
    body(526, FICTIONAL.listLead),
    body(504, '• Nämnderna ska bevaka EU-projekt som rör stadens'),
    body(490, 'verksamhet.', 66),
    body(476, `• ${FICTIONAL.bullets[1]}`),
    body(462, '– Bolagen ska samråda med stadsledningskontoret före'),
    body(448, 'varje ansökan om medlemskap i ett nätverk.', 66),
  ];
  const page2: PdfRun[] = [
    ...chrome(2),
    { x: 56, y: 760, size: 14, font: 'bold', text: 'Förvaltningens synpunkter' },
    {
      x: 56,
      y: 736,
      size: 11,
      font: 'decomposed',
      text: 'Förvaltningen är positiv till förslaget och vill att en årlig',
    },
    { x: 56, y: 722, size: 11, font: 'decomposed', text: 'uppföljning görs av nämndernas åtaganden.' },
    { x: 56, y: 686, size: 14, font: 'bold', text: 'Förslag till beslut' },
    body(662, `1. ${FICTIONAL.decision[0]}`),
    body(648, `2. ${FICTIONAL.decision[1]}`),
  ];
  return buildPdf([{ runs: page1 }, { runs: page2 }]);
}

/**
 * A page with a full-width title and introduction, then a passage in two columns (lines filling
 * each column up to the gutter), then a full-width closing line.
 */
export function twoColumnPdf(): Buffer {
  const left = [
    'Vänster spalt inleder med en beskrivning',
    'av stadens arbete inom Eurocities och de',
    'andra europeiska nätverk där stadens',
    'nämnder och bolag deltar aktivt.',
  ];
  const right = [
    'Höger spalt handlar om den uppföljning',
    'av medlemskapen som görs varje år av',
    'kommunstyrelsen och som redovisas i en',
    'särskild rapport till nämnderna.',
  ];
  const runs: PdfRun[] = [
    { x: 56, y: 780, size: 16, font: 'bold', text: 'Fiktivt testdokument i två spalter' },
    body(750, 'Inledningen löper över hela sidans bredd och beskriver kort vad remissen gäller och'),
    body(736, 'varför stadsdelsnämnden har fått den för yttrande.'),
    ...left.map((text, i) => body(706 - i * 14, text)),
    ...right.map((text, i) => body(706 - i * 14, text, 300)),
    ...left.map((text, i) =>
      body(636 - i * 14, text.replace('Vänster spalt inleder', 'Andra stycket börjar')),
    ),
    ...right.map((text, i) =>
      body(636 - i * 14, text.replace('Höger spalt handlar', 'Sista stycket handlar'), 300),
    ),
    body(570, 'Avslutningen löper återigen över hela sidans bredd.'),
  ];
  return buildPdf([{ runs }]);
}
