import type { Lang } from '../core/lang.js';
import { CONFIDENTIAL_REASON } from '../knowledge/load.js';
import type { SkippedFile } from '../knowledge/types.js';

/**
 * Files in the knowledge folder that Utblick did not read, as `knowledge list` shows them: the reason in
 * the reader's language. The loader's reasons are short English phrases for operators (`/healthz` lists
 * them as they are); the common ones have a Swedish wording here, and any other is shown as written.
 */
const SWEDISH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unsupported file type (.+)$/, (m) => `filtypen ${m[1]} läses inte`],
  [/^file is larger than the limit of (\d+) MB$/, (m) => `filen är större än gränsen på ${m[1]} MB`],
  [new RegExp(`^${CONFIDENTIAL_REASON}$`), () => 'sekretessmarkerad, läses inte in'],
  [/^symbolic link/, () => 'symbolisk länk till en plats utanför kunskapsmappen'],
  [/password-protected/, () => 'filen är lösenordsskyddad'],
  [/no text layer/, () => 'PDF-filen saknar textlager (en inskannad bild?)'],
  [/has no text$/, () => 'filen har ingen text'],
  [/^not a \.docx file/, () => 'inte en .docx-fil (en äldre .doc eller en lösenordsskyddad Word-fil)'],
  [/^not a |could not be read|damaged|truncated/, () => 'filen kunde inte läsas (skadad eller i fel format)'],
];

export function skippedReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [pattern, say] of SWEDISH) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return reason;
}

/** A skipped file in `knowledge list --json`: a document object with no reading, and why. */
export type SkippedJson = {
  doc: string;
  title: null;
  kind: null;
  validity: null;
  replacedBy: null;
  confidential: boolean;
  skipped: string;
  cases: [];
};

export function skippedJson(file: SkippedFile): SkippedJson {
  return {
    doc: file.file,
    title: null,
    kind: null,
    validity: null,
    replacedBy: null,
    confidential: file.reason === CONFIDENTIAL_REASON,
    skipped: file.reason,
    cases: [],
  };
}
