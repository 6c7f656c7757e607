import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_FILES, SWEDISH_FILE } from './manifest.js';
import { readPngHeader } from './png.js';

const require = createRequire(import.meta.url);

type SchemaValidator = {
  validateAgainstSchema(manifest: unknown, schema: unknown): Promise<string[]>;
};

/** The official v1.22 schemas, shipped offline inside `@microsoft/app-manifest`. */
function officialSchema(
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json',
): unknown {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const raw = readFileSync(path.join(root, 'build/json-schemas/teams/v1.22', file), 'utf8');
  // The published schema uses `\a` and `\v` escapes, which JSON does not allow; the package reads it the same way.
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** The manifest goes through the package's own validator, exactly as Microsoft's tooling checks it. */
async function manifestProblems(manifest: unknown): Promise<string[]> {
  const { AppManifestUtils } = require('@microsoft/app-manifest') as { AppManifestUtils: SchemaValidator };
  const errors = await AppManifestUtils.validateAgainstSchema(
    manifest,
    officialSchema('MicrosoftTeams.schema.json'),
  );
  return errors.map((error) => `manifest.json: ${error}`);
}

type Ajv = { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: AjvError[] | null } };
type AjvError = { instancePath: string; message?: string };

/**
 * The localization schema's patterns (`\b]`) are not valid as Unicode regular expressions, which the
 * package's validator compiles them as; the same Ajv draft-04 engine that the package ships, with
 * `unicodeRegExp: false`, reads them as the schema's authors meant.
 */
let compiledLocalization: ReturnType<Ajv['compile']> | undefined;

function localizationProblems(localization: unknown): string[] {
  compiledLocalization ??= compileLocalizationSchema();
  const validate = compiledLocalization;
  if (validate(localization)) return [];
  return (validate.errors ?? []).map((e) => `${SWEDISH_FILE}: ${e.instancePath} ${e.message ?? ''}`);
}

function compileLocalizationSchema(): ReturnType<Ajv['compile']> {
  const fromPackage = createRequire(require.resolve('@microsoft/app-manifest'));
  const AjvDraft04 = fromPackage('ajv-draft-04') as new (options: object) => Ajv;
  const addFormats = fromPackage('ajv-formats') as (ajv: Ajv, formats: string[]) => void;
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(officialSchema('MicrosoftTeams.Localization.schema.json'));
}

/**
 * Everything Teams checks before it accepts an upload that can be checked offline: the manifest and the
 * localization file against the official v1.22 JSON schemas, the files they reference, and the icons'
 * format (192×192 colour; 32×32 white on transparent).
 */
export async function validateAppPackage(files: Map<string, Buffer>): Promise<string[]> {
  const problems: string[] = [];
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return ['manifest.json is missing'];
  const manifest = JSON.parse(manifestBytes.toString('utf8'));
  problems.push(...(await manifestProblems(manifest)));
  const swedish = files.get(SWEDISH_FILE);
  if (!swedish) problems.push(`${SWEDISH_FILE} is missing`);
  else problems.push(...localizationProblems(JSON.parse(swedish.toString('utf8'))));
  for (const referenced of referencedFiles(manifest)) {
    if (!files.has(referenced))
      problems.push(`manifest.json refers to ${referenced}, which is not in the package`);
  }
  for (const name of files.keys())
    if (name.includes('/')) problems.push(`${name}: files must be at the top of the zip`);
  problems.push(...iconProblems(files.get(ICON_FILES.color), ICON_FILES.color, 192, false));
  problems.push(...iconProblems(files.get(ICON_FILES.outline), ICON_FILES.outline, 32, true));
  return problems;
}

// biome-ignore lint/suspicious/noExplicitAny: the manifest is checked against the schema above
function referencedFiles(manifest: any): string[] {
  const languages: { file?: unknown }[] = manifest?.localizationInfo?.additionalLanguages ?? [];
  return [manifest?.icons?.color, manifest?.icons?.outline, ...languages.map((l) => l.file)].filter(
    (f): f is string => typeof f === 'string',
  );
}

function iconProblems(png: Buffer | undefined, name: string, size: number, outline: boolean): string[] {
  if (!png) return [`${name} is missing`];
  const header = readPngHeader(png);
  if (header.width !== size || header.height !== size)
    return [`${name} must be ${size}×${size}, is ${header.width}×${header.height}`];
  if (!outline) return [];
  if (header.bitDepth !== 8 || header.colorType !== 6) return [`${name} must be an RGBA PNG`];
  const pixels = decodeRgba(png, size);
  if (!pixels) return [`${name}: cannot read its pixels to check the outline`];
  for (let i = 0; i < pixels.length; i += 4) {
    const opaque = pixels[i + 3]! > 0;
    if (opaque && (pixels[i]! < 250 || pixels[i + 1]! < 250 || pixels[i + 2]! < 250)) {
      return [`${name} must be white on a transparent background`];
    }
  }
  const corner = pixels[3]!;
  return corner === 0 ? [] : [`${name} must have a transparent background`];
}

/** Decodes the PNGs this builder writes (one IDAT stream, filter type 0 on every row). */
function decodeRgba(png: Buffer, size: number): Uint8Array | null {
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = size * 4;
  const pixels = new Uint8Array(stride * size);
  for (let y = 0; y < size; y++) {
    if (raw[y * (stride + 1)] !== 0) return null;
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return pixels;
}
