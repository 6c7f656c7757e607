/**
 * JavaScript's \b and \w know only ASCII letters, so `/\båtta\b/u` never matches "åtta" and `/två\b/u`
 * never matches "två". A pattern written with them is rewritten to word boundaries and word letters of any
 * alphabet.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function unicodeWords(re: RegExp): RegExp {
  let source = '';
  let inClass = false;
  const text = re.source;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      i++;
      // Inside a class ("[\w.-]") the word letters join the class; \b there is a backspace and stays.
      if (next === 'w') source += inClass ? String.raw`\p{L}\p{N}_` : WORD;
      else if (next === 'b' && !inClass) source += BOUNDARY;
      else source += ch + next;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    source += ch;
  }
  return new RegExp(source, re.flags.includes('u') ? re.flags : `${re.flags}u`);
}
