/**
 * Conversation references written by the Slack adapter: `slack:<team id>:<channel id>` (DESIGN.md).
 * Only this adapter decodes them.
 */
const PREFIX = 'slack:';
const ID = /^[A-Z0-9]+$/;

export function slackConversationReference(teamId: string, channelId: string): string {
  return `${PREFIX}${teamId}:${channelId}`;
}

const TS = /^\d+\.\d+$/;

/**
 * `slack:<team>:<channel>`, or `slack:<team>:<channel>:<thread ts>` for a reply in a thread (where an
 * answer from the international unit goes back to). Subscriptions are always the first form.
 */
export function parseSlackReference(
  reference: string,
): { teamId: string; channelId: string; threadTs?: string } | null {
  if (!reference.startsWith(PREFIX)) return null;
  const parts = reference.slice(PREFIX.length).split(':');
  if (parts.length !== 2 && parts.length !== 3) return null;
  const [teamId, channelId, threadTs] = parts as [string, string, string | undefined];
  if (!ID.test(teamId) || !ID.test(channelId)) return null;
  if (threadTs === undefined) return { teamId, channelId };
  return TS.test(threadTs) ? { teamId, channelId, threadTs } : null;
}

export function isSlackReference(reference: string): boolean {
  return parseSlackReference(reference) !== null;
}

/**
 * The key of a conversation's follow-up context: a thread (`slack:T:C:<thread ts>`), or a direct
 * message outside any thread (`slack:T:D`), which moves on sooner.
 */
export function slackThread(
  teamId: string,
  channelId: string,
  threadTs: string | undefined,
): { id: string; kind: 'thread' | 'direct' } {
  const conversation = slackConversationReference(teamId, channelId);
  return threadTs
    ? { id: `${conversation}:${threadTs}`, kind: 'thread' }
    : { id: conversation, kind: 'direct' };
}
