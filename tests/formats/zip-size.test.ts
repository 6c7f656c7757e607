import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { MAX_UNPACKED_DOCX_BYTES } from '../../src/knowledge/formats/docx.js';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { declaredUnpackedSize } from '../../src/knowledge/formats/zip-size.js';
import { buildDocx } from './docx-builder.js';
import { FICTIONAL } from './fixture-text.js';
import { readErrorReason } from './read-error.js';

async function zipOf(entries: Record<string, Buffer>, zip64 = false): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    file.addBuffer(content, name, { forceZip64Format: zip64, mtime: new Date('2026-01-01T00:00:00Z') });
  }
  file.end({ forceZip64Format: zip64 } as Parameters<ZipFile['end']>[0]);
  return buffer(file.outputStream);
}

/** Where the central directory header of the named entry starts. */
function centralHeader(zip: Buffer, name: string): number {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let p = zip.indexOf(signature); p >= 0; p = zip.indexOf(signature, p + 4)) {
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) return p;
  }
  throw new Error(`no central directory entry for ${name}`);
}

describe('the unpacked size a zip declares', () => {
  it('adds up the entries, in ordinary and in zip64 archives', async () => {
    const entries = { 'a.xml': Buffer.alloc(1_000_000), 'b.xml': Buffer.from('Fiktivt testdokument') };
    expect(declaredUnpackedSize(await zipOf(entries))).toBe(1_000_020);
    expect(declaredUnpackedSize(await zipOf(entries, true))).toBe(1_000_020);
  });

  it('is unknown for something that is not a zip', () => {
    expect(declaredUnpackedSize(Buffer.from('Fiktivt testdokument'))).toBeNull();
  });
});

describe('a Word file that would unpack to far more than any document', () => {
  it('is refused before it is opened', async () => {
    const bytes = Buffer.from(await buildDocx([{ text: FICTIONAL.deadline }]));
    // Make the central directory declare a huge document.xml, as a zip bomb does.
    bytes.writeUInt32LE(MAX_UNPACKED_DOCX_BYTES + 1, centralHeader(bytes, 'word/document.xml') + 24);
    expect(await readErrorReason(convertDocument({ path: 'remiss.docx', bytes }))).toBe(
      'the Word document is too large when unpacked (a damaged file or a zip bomb?)',
    );
  });
});
