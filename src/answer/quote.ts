export const MAX_QUOTE = 400;

/** A quote is verbatim; a sentence longer than the limit is cut at a word boundary and ends with "…". */
export function clampQuote(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
