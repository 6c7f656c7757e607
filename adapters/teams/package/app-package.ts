import yazl from 'yazl';
import { colorIcon, outlineIcon } from './icons.js';
import {
  buildManifest,
  buildSwedishLocalization,
  ICON_FILES,
  type ManifestOptions,
  SWEDISH_FILE,
} from './manifest.js';
import { validateAppPackage } from './validate.js';

export type AppPackage = { zip: Buffer; files: Map<string, Buffer>; problems: string[] };

// A fixed timestamp makes the same inputs give byte-identical zips.
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The files of the Teams app package, validated, and zipped flat as Teams expects. */
export async function buildAppPackage(options: ManifestOptions): Promise<AppPackage> {
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const files = new Map<string, Buffer>([
    ['manifest.json', json(buildManifest(options))],
    [SWEDISH_FILE, json(buildSwedishLocalization())],
    [ICON_FILES.color, colorIcon()],
    [ICON_FILES.outline, outlineIcon()],
  ]);
  const problems = await validateAppPackage(files);
  return { zip: await zipFiles(files), files, problems };
}

function zipFiles(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of files) zip.addBuffer(bytes, name, { mtime: MTIME, mode: 0o100644 });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
