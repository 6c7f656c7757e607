/**
 * Teams renders a TextBlock's text and a Fact's value as (a subset of) Markdown, and expands
 * `{{DATE(…)}}`/`{{TIME(…)}}` functions. Text from users and documents must show as typed, so every
 * character that could start Markdown is backslash-escaped (CommonMark escapes, which Teams honours), a
 * line that would start a list or a heading is neutralised, and a `{{` cannot open a function.
 */
const INLINE = /[\\`*_~[\]<>]/g;
// `- `, `+ `, `1. `, `1) ` or `# ` at the start of a line would become a list item or a heading.
const LIST_START = /^(\s*)([-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)/gm;

export function cardText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(LIST_START, (_m, indent: string, marker: string) => `${indent}${escapeMarker(marker)}`)
    .replace(/\{\{/g, '{\u200B{');
}

function escapeMarker(marker: string): string {
  if (!/\d/.test(marker)) return `\\${marker}`;
  return `${marker.slice(0, -1)}\\${marker.slice(-1)}`;
}

/** Plain-text fields (titles of actions and choices, input labels) are not Markdown; only length matters. */
export function plainText(text: string, max = 1000): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
