/**
 * An e-mail reply in plain text quotes the messages before it with ">" at the start of each line, one more
 * for each level down (">", ">>", "> >"). The marks are no text: a sentence wrapped over two quoted lines
 * would hold them in its middle, and a quoted message's "Från:"/"Skickat:" block would not be read as the
 * head of a message. Taken out only where a quoted line is such a head ("> From: …", ">> Ämne: …") or
 * introduces a quote ("… skrev:", "… wrote:"): a Markdown block quote of other text stays as it is.
 */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
const MAIL_HEAD =
  /^(?:från|from|skickat|sent|till|to|kopia|cc|ämne|subject|datum|date)\s*:\s*\S|(?:skrev|wrote)\s*:\s*$/iu;

export function unquoteMail(text: string): string {
  const lines = text.split('\n');
  const quotedHead = lines.some(
    (line) => QUOTE_MARKS.test(line) && MAIL_HEAD.test(line.replace(QUOTE_MARKS, '')),
  );
  if (!quotedHead) return text;
  return lines.map((line) => line.replace(QUOTE_MARKS, '')).join('\n');
}
