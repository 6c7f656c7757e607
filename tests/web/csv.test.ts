import { describe, expect, it } from 'vitest';
import { membershipsCsv } from '../../adapters/web/membership-csv.js';
import type { MembershipRow } from '../../adapters/web/registers.js';
import { csvCell, toCsv } from '../../src/text/csv.js';

describe('CSV for Swedish Excel', () => {
  it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv(['Namn', 'Nämnd'], [['Eurocities', 'Kulturnämnden']]);
    expect(csv).toBe('\uFEFF"Namn";"Nämnd"\r\n"Eurocities";"Kulturnämnden"\r\n');
  });

  it('quotes separators, quotes and line breaks inside a cell', () => {
    expect(csvCell('a;b "c"\r\nd')).toBe('"a;b ""c""\r\nd"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'turns %j into text so Excel never runs it',
    (value) => {
      const cell = csvCell(value);
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(value);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(csvCell('Stockholm – The Capital of Scandinavia')).toBe(
      '"Stockholm – The Capital of Scandinavia"',
    );
  });

  it('exports memberships with headings in the chosen language', () => {
    const row: MembershipRow = {
      id: 7,
      organisation: '=cmd|calc',
      kind: 'network',
      body: 'Kulturnämnden',
      area: 'bevakning',
      benefit: 'Kunskap; erfarenhet',
      contact: null,
      since: '2026-01-01',
      until: null,
      active: false,
      endDate: '2026-06-30',
    };
    const [header, line] = membershipsCsv([row], 'sv').slice(1).split('\r\n');
    expect(header).toBe(
      '"Id";"Organisation";"Typ";"Nämnd eller bolag";"Inriktning";"Nytta för verksamheten";"Kontaktperson";"Från och med";"Till och med";"Status";"Avslutat"',
    );
    expect(line).toBe(
      `"7";"'=cmd|calc";"nätverk";"Kulturnämnden";"bevakning och påverkan";"Kunskap; erfarenhet";"";"2026-01-01";"";"Avslutat";"2026-06-30"`,
    );
    expect(membershipsCsv([], 'en').split('\r\n')[0]).toContain('"Benefit to the operations"');
  });
});
