/** Writes a zip archive in memory (yazl), for building .docx files and look-alikes in tests. */
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

export async function zip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const file = new ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, content] of Object.entries(entries)) {
    file.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name, { mtime });
  }
  file.end();
  return buffer(file.outputStream);
}
