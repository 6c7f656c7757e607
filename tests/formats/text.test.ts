import { describe, expect, it } from 'vitest';
import { convertDocument, formatOf, SUPPORTED_EXTENSIONS } from '../../src/knowledge/formats/index.js';
import { readErrorReason } from './read-error.js';

const REFERRAL_MD = '# Remiss (fiktiv)\n\nYttrande senast den 15 oktober 2026.\n\n- Dnr 2026/KS 0417 12\n';

describe('text and Markdown files', () => {
  it('passes UTF-8 Markdown through unchanged', async () => {
    const result = await convertDocument({ path: 'remiss.md', bytes: Buffer.from(REFERRAL_MD, 'utf8') });
    expect(result).toEqual({ format: 'md', text: REFERRAL_MD, margins: [] });
  });

  it('strips a UTF-8 byte order mark, so the first heading is still a heading', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REFERRAL_MD, 'utf8')]);
    const { text } = await convertDocument({ path: 'remiss.md', bytes });
    expect(text.startsWith('# Remiss (fiktiv)')).toBe(true);
  });

  it('reads a file saved as Windows-1252, including the characters that differ from Latin-1', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Förvaltningens yttrande ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' svar på remissen senast den 1 september 2026 (fiktivt)', 'latin1'),
    ]);
    const { format, text } = await convertDocument({ path: 'yttrande.txt', bytes });
    expect(format).toBe('txt');
    expect(text).toBe('Förvaltningens yttrande – svar på remissen senast den 1 september 2026 (fiktivt)');
  });

  it('reads UTF-16 with a byte order mark (as Notepad saves "Unicode")', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Överförmyndarnämnden (fiktiv)\n', 'utf16le'),
    ]);
    expect((await convertDocument({ path: 'a.txt', bytes })).text).toBe('Överförmyndarnämnden (fiktiv)\n');
  });

  it('recognises UTF-16 saved without a byte order mark', async () => {
    const bytes = Buffer.from('Yttrande över remiss (fiktiv)\n', 'utf16le');
    expect((await convertDocument({ path: 'a.txt', bytes })).text).toBe('Yttrande över remiss (fiktiv)\n');
  });

  it('normalises Windows line endings and decomposed letters (NFC)', async () => {
    const decomposed = 'Fo\u0308rvaltningen a\u0308r positiv.\r\nA\u030arsredovisning (fiktiv)\r\n';
    const { text } = await convertDocument({ path: 'a.txt', bytes: Buffer.from(decomposed, 'utf8') });
    expect(text).toBe('Förvaltningen är positiv.\nÅrsredovisning (fiktiv)\n');
  });

  it('reports an empty file', async () => {
    expect(await readErrorReason(convertDocument({ path: 'tom.txt', bytes: Buffer.from(' \n\n') }))).toBe(
      'the file has no text',
    );
  });
});

describe('file types', () => {
  it('chooses the format by extension, whatever its case', () => {
    expect(['a.TXT', 'b.Md', 'c.markdown', 'd.HTM', 'e.html', 'f.DOCX', 'g.Pdf'].map(formatOf)).toEqual([
      'txt',
      'md',
      'md',
      'html',
      'html',
      'docx',
      'pdf',
    ]);
    expect(formatOf('h.doc')).toBeNull();
  });

  it('lists the supported extensions in lower case with the dot', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual([
      '.docx',
      '.htm',
      '.html',
      '.markdown',
      '.md',
      '.pdf',
      '.srt',
      '.text',
      '.txt',
      '.vtt',
    ]);
  });

  it('reports an unknown file type by its extension', async () => {
    const bytes = Buffer.from('Fiktivt testdokument');
    expect(await readErrorReason(convertDocument({ path: 'knowledge/tabell.xyz', bytes }))).toBe(
      'unsupported file type .xyz',
    );
    expect(await readErrorReason(convertDocument({ path: 'knowledge/README', bytes }))).toBe(
      'unsupported file type (no extension)',
    );
  });
});
