/**
 * Slack's message and command text to the plain text the core parses. Slack encodes `&`, `<` and `>` as
 * entities and wraps mentions, channels and links in `<…>`; the core should see what the person typed.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#C[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(channel|here|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]+)>/g, '$1')
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, '$1');
  return out
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
