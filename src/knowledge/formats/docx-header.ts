/**
 * Case numbers printed in a Word document's page headers and footers. City templates put "Dnr …" in
 * the page header, which mammoth does not read; without it the referral could not be found by its dnr.
 */
import JSZip from 'jszip';
import { findCaseNumbers } from '../../text/case-number.js';

const HEADER_PART = /^word\/(?:header|footer)\d*\.xml$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

/** The text of each `<w:p>` in an OOXML part (runs joined, tabs kept as tabs). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => decodeXml(m[1] ?? '\t'))
      .join(''),
  );
}

/**
 * The paragraphs of the page headers and footers, in part order. They also carry a secrecy stamp
 * ("SEKRETESS", "Sekretess enligt 21 kap. 7 § OSL") when the template prints it on every page.
 */
export async function headerParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files)
    .filter((name) => HEADER_PART.test(name))
    .sort();
  const text: string[] = [];
  for (const name of parts) text.push(...paragraphs(await zip.file(name)!.async('string')));
  return text;
}

/** Every case number (as written, label included) in the given header paragraphs, in order. */
export function headerCaseNumbers(paragraphTexts: string[]): string[] {
  return findCaseNumbers(paragraphTexts.join('\n').replace(/\t/g, ' ')).map((m) => m.raw.trim());
}
