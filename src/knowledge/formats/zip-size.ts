/**
 * The unpacked size a zip archive declares, read from its central directory without inflating
 * anything. A .docx is a zip: a small file can unpack to gigabytes (a "zip bomb") and take the whole
 * process down with it, so the declared size is checked before the file is opened.
 */

const EOCD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const UNKNOWN_32 = 0xffffffff;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Entry count and central directory offset, from the zip64 end record when the archive has one. */
function directory(view: DataView, eocd: number): { entries: number; offset: number } | null {
  const entries = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries !== 0xffff && offset !== UNKNOWN_32) return { entries, offset };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  return {
    entries: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** The uncompressed size from an entry's zip64 extra field (when the 32-bit field says "see zip64"). */
function zip64Size(view: DataView, extraStart: number, extraLength: number): number | null {
  for (let p = extraStart; p + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA && size >= 8) return Number(view.getBigUint64(p + 4, true));
    p += 4 + size;
  }
  return null;
}

/**
 * The sum of the uncompressed sizes of all entries, or null when the central directory cannot be
 * read (not a zip, or truncated). Sizes the archive does not state are counted as infinite.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const dir = directory(view, eocd);
  if (!dir) return null;
  let p = dir.offset;
  let total = 0;
  for (let n = 0; n < dir.entries; n++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let size = view.getUint32(p + 24, true);
    if (size === UNKNOWN_32)
      size = zip64Size(view, p + 46 + nameLength, extraLength) ?? Number.POSITIVE_INFINITY;
    total += size;
    p += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}
