/**
 * CSV for Swedish Excel: UTF-8 with a byte-order mark (so that å, ä and ö survive), semicolons (the
 * Swedish list separator, since the comma is the decimal mark), CRLF line ends, every cell quoted. A
 * cell that Excel would read as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe, so a register entry can never run as a formula on a registrar's machine.
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
