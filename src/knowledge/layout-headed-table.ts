/**
 * A table copied from a PDF whose header is not ruled off ("Dnr   Reg.datum   Ärendemening   Handläggare
 * Status" over its rows): the header's cells, short words apart by two spaces or more, say where each column
 * starts, and the rows below start their cells at those places. A cell wrapped onto the next line ("Ansökan
 * om medlemskap i nätverket Cities for" over "Clean Ports") goes on with the row above, as under a ruled
 * header. Each run of such lines (a header and at least two rows, up to a blank line) is written as a
 * Markdown table; the other lines stay as they are. Null when no run is such a table.
 */
export function headedTable(lines: string[]): string[] | null {
  const out: string[] = [];
  let found = false;
  let i = 0;
  while (i < lines.length) {
    const end = runEnd(lines, i);
    const run = lines.slice(i, end);
    const table = run.length >= 3 ? tableUnderHeader(run) : null;
    if (table) found = true;
    out.push(...(table ?? run));
    if (end < lines.length) out.push(lines[end]!);
    i = end + 1;
  }
  return found ? out : null;
}

/** The index of the first blank line from `from` on (or the end). */
function runEnd(lines: string[], from: number): number {
  let end = from;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  return end;
}

/** A header's cell: a few words, no sentence. */
const HEADER_CELL = /^[\p{L}][\p{L}\d./-]*(?: [\p{L}\d./-]+){0,2}$/u;

function tableUnderHeader(run: string[]): string[] | null {
  const header = [...run[0]!.matchAll(/\S+(?: \S+)*/g)];
  if (header.length < 3 || header.some((m) => !HEADER_CELL.test(m[0]!) || m[0]!.length > 24)) return null;
  const starts = header.map((m) => m.index!);
  const cellsOf = columnCells(starts);
  const rows: string[][] = [];
  let aligned = 0;
  for (const line of run.slice(1)) {
    const cells = cellsOf(line);
    // Every cell starts where a header cell does, or the line is no row of this table.
    if (cells.some((cell) => !starts.some((s) => Math.abs(s - cell.at) <= 2))) return null;
    const first = cells[0]!;
    const row = rows[rows.length - 1];
    const continues = row !== undefined && first.column > 0;
    const target = continues ? row : Array.from({ length: starts.length }, () => '');
    for (const cell of cells) target[cell.column] = `${target[cell.column]} ${cell.text}`.trim();
    if (!continues) {
      if (cells.length >= 3) aligned++;
      rows.push(target);
    }
  }
  if (aligned < 2) return null;
  const markdown = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/') || '–').join(' | ')} |`;
  return [markdown(header.map((m) => m[0]!)), ...rows.map(markdown)];
}

/** A table cell: its text, where it starts on the line, and the column it falls in. */
export type ColumnCell = { column: number; text: string; at: number };

/**
 * A line's cells (runs of words set apart by two spaces or more), each in the column whose start it stands at
 * or after (two characters of slack: a cell may be set a little left of its header).
 */
export function columnCells(starts: readonly number[]): (line: string) => ColumnCell[] {
  const columnOf = (position: number) => {
    let column = 0;
    starts.forEach((start, c) => {
      if (position >= start - 2) column = c;
    });
    return column;
  };
  return (line) =>
    [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
      column: columnOf(m.index!),
      text: m[0]!,
      at: m.index!,
    }));
}
