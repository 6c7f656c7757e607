/**
 * Escaping and length limits for Slack text. Every string from users or documents passes through
 * `escapeMrkdwn` before it reaches a mrkdwn field: Slack's control sequences (`<!channel>`, `<@U…>`,
 * `<https://…|…>`) all start with `<`, so escaping `&`, `<` and `>` neutralises them. Bare URLs and
 * names are not linked because the text objects are sent with `verbatim: true`.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts plain text to `max` characters at a word boundary when possible, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  const base = space > room * 0.6 ? cut.slice(0, space) : cut;
  return `${base.trimEnd()}…`;
}

/**
 * Cuts already escaped mrkdwn to `max` characters without splitting an entity such as `&amp;`,
 * preferring a word boundary, ending with "…".
 */
export function truncateEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/**
 * Splits escaped mrkdwn into chunks of at most `max` characters, at line breaks or spaces, so that a long
 * answer or passage becomes several sections instead of being rejected by Slack.
 */
export function chunkEscaped(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let at = window.lastIndexOf('\n');
    if (at < max * 0.5) at = window.lastIndexOf(' ');
    if (at < max * 0.5) {
      at = max;
      const amp = window.lastIndexOf('&');
      if (amp >= 0 && !window.slice(amp).includes(';')) at = amp;
    }
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}
