/**
 * A web page's list of files to download as a site's publishing tool prints it, copied as text: a caption
 * ("Filer tillgängliga för nedladdning"), a head line of column names ("Ikon som illustrerar filtyp Filnamn
 * Filstorlek Datum fil laddades upp") and one line per file with its name, its type and size (the size twice,
 * once for the icon's label) and when it was put up ("MHN 2027-02-23 protokoll.pdf Pdf, 612.4 kB. 612.4 kB
 * 2027-03-02 14.05"). Run together, the lines are one paragraph of every file at once; as a table, each file
 * is a row whose name (often the item, the case and its dnr) stands beside its size and upload date.
 */

const CAPTION =
  /^(?:filer|dokument|bilagor)\s+(?:tillgängliga\s+)?(?:för|att)\s+(?:nedladdning|ladda\s+ne[dr])$/i;
const HEAD =
  /^(?:ikon som illustrerar filtyp\s+)?filnamn\s+filstorlek\s+(datum(?:\s+(?:fil\s+)?(?:laddades upp|uppladdad|publicerad))?)$/i;
const ROW =
  /^(.+?\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|zip))\s+(\p{L}[\p{L} ]{0,20}),\s*(\d[\d.,]*\s*[kKMG]?B)\.\s+\3\s+(\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}[.:]\d{2})?)$/u;

/** The block's lines with each file list made a table; other lines as they are. */
export function fileListTables(lines: string[]): string[] {
  const out: string[] = [];
  let inList = false;
  for (const line of lines) {
    const t = line.trim();
    if (CAPTION.test(t)) continue;
    const head = HEAD.exec(t);
    if (head) {
      out.push(`| Filnamn | Filtyp | Filstorlek | ${capitalise(head[1]!)} |`, '| --- | --- | --- | --- |');
      inList = true;
      continue;
    }
    const row = inList ? ROW.exec(t) : null;
    if (row) {
      out.push(`| ${row[1]!.replace(/\|/g, '/')} | ${row[2]} | ${row[3]} | ${row[4]} |`);
      continue;
    }
    // The first line that is no file ends the table.
    if (inList) {
      inList = false;
      if (t !== '') out.push('');
    }
    out.push(line);
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/\s+/g, ' ');
}
