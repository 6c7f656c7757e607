/**
 * What a conversation remembers between two questions (DESIGN.md "Context, not a log"): the case ids of
 * the previous answer and of the last list of choices, and when it is forgotten. Never message text.
 * It lives in the store so that a follow-up reaching another instance behind a load balancer works.
 */
export type ConversationContext = {
  /** The opaque thread key its adapter gave (`Input.thread.id`): a Slack thread, a Teams reply chain, a DM. */
  conversation: string;
  /** The cases the previous answer was about, its top case first. */
  cases: string[];
  /** The cases of the last list of choices, in the order shown, so that "the second one" can pick. */
  choices: string[];
  /** The instant after which it is forgotten. */
  expiresAt: string;
};

export function parseCaseList(value: unknown): string[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}
