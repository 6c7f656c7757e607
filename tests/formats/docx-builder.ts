/**
 * Builds a minimal but genuine .docx (OOXML parts in a zip), the way Word writes a document made from a
 * Swedish template: heading styles with the ids Rubrik1/Rubrik2 and the built-in names "heading 1/2",
 * lists through numbering.xml (one bulleted, one decimal).
 */
import { zip } from './zip.js';

export type DocxParagraph =
  | { heading: 1 | 2; text: string }
  /** A heading in a template's own style named "Rubrik 2" (not Word's built-in heading style). */
  | { templateHeading: string }
  | { bullet: string }
  | { numbered: string }
  | { text: string; footnote?: string };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraphXml(p: DocxParagraph): string {
  if ('templateHeading' in p) {
    return `<w:p><w:pPr><w:pStyle w:val="MallRubrik2"/></w:pPr>${run(p.templateHeading)}</w:p>`;
  }
  if ('heading' in p) return `<w:p><w:pPr><w:pStyle w:val="Rubrik${p.heading}"/></w:pPr>${run(p.text)}</w:p>`;
  if ('bullet' in p || 'numbered' in p) {
    const numId = 'bullet' in p ? 1 : 2;
    const text = 'bullet' in p ? p.bullet : p.numbered;
    return `<w:p><w:pPr><w:pStyle w:val="Liststycke"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
  }
  if ('footnote' in p && p.footnote) {
    const mark =
      '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';
    return `<w:p>${run(p.text)}${mark}</w:p>`;
  }
  // Split at a tab-free point into two runs, as Word does after an edit.
  const half = Math.floor(p.text.length / 2);
  const cut = p.text.indexOf(' ', half);
  const runs = cut < 0 ? run(p.text) : run(p.text.slice(0, cut)) + run(p.text.slice(cut));
  return `<w:p>${runs}</w:p>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="MallRubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** `header`: text of the page header (header1.xml), where city templates print the dnr. */
export function buildDocx(paragraphs: DocxParagraph[], options: { header?: string } = {}): Promise<Buffer> {
  const body = paragraphs.map(paragraphXml).join('');
  const footnote = paragraphs.find((p) => 'footnote' in p && p.footnote) as { footnote: string } | undefined;
  const footnoteParts: Record<string, string> = footnote
    ? {
        'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}">
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(` ${footnote.footnote}`)}</w:p></w:footnote>
</w:footnotes>`,
      }
    : {};
  const headerRef = options.header ? '<w:headerReference w:type="default" r:id="rId3"/>' : '';
  const headerParts: Record<string, string> = options.header
    ? {
        'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="${W}"><w:p>${run('Stockholms stad')}<w:r><w:tab/></w:r>${run(options.header)}</w:p></w:hdr>`,
      }
    : {};
  return zip({
    ...headerParts,
    ...footnoteParts,
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
  <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
  <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/>
  ${options.header ? `<Relationship Id="rId3" Type="${R}/header" Target="header1.xml"/>` : ''}
  ${footnote ? `<Relationship Id="rId4" Type="${R}/footnotes" Target="footnotes.xml"/>` : ''}
</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr>${headerRef}</w:sectPr></w:body></w:document>`,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
  });
}
