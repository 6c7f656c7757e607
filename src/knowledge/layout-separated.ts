/**
 * A sheet saved from Excel as text with semicolons between the cells (the Swedish list separator, since the
 * comma is the decimal mark): `Eurocities;Kommunstyrelsen;412 000;431 000;…`, a cell that holds a semicolon
 * in quotes, empty cells as nothing between two semicolons, a title or a note in the first cell of a row of
 * its own and a row of nothing but semicolons between the parts. Read as text, the whole sheet is one
 * paragraph of cells run together. Here each row of two or more cells becomes a Markdown table row, so that
 * it is read as one row under its header; a row with one cell is a line of text; an empty row ends a part.
 */

/** The fewest rows of cells that make lines a sheet rather than sentences that hold semicolons. */
const MIN_ROWS = 3;
/** The fewest cells of a sheet's row (two semicolons). */
const MIN_CELLS = 3;

/** A row's cells, quotes taken off a quoted cell (`""` inside is one quote); null when a quote is left open. */
export function separatedCells(line: string, separator = ';'): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const text = line.replace(/^\uFEFF/, '').trimEnd();
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
    i++;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells;
}

/**
 * The lines as Markdown table rows and text lines, or null when they are no sheet: at least three rows of
 * the same number of cells (three or more), every non-blank line such a row.
 */
export function separatedTable(lines: string[]): string[] | null {
  const rows = lines.filter((l) => l.trim() !== '').map((l) => separatedCells(l));
  if (rows.length < MIN_ROWS || rows.some((r) => r === null)) return null;
  const width = rows[0]!.length;
  if (width < MIN_CELLS || rows.some((r) => r!.length !== width)) return null;
  const out: string[] = [];
  for (const cells of rows as string[][]) {
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    // A title or a note stands in the first cell of a row of its own: a line of text, set apart from the rows.
    if (filled.length === 1 && cells[0] !== '') {
      if (out.length > 0 && out[out.length - 1] !== '' && out[out.length - 1]!.startsWith('|')) out.push('');
      out.push(filled[0]!, '');
      continue;
    }
    out.push(`| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}
