import type { Reply } from './reply.js';

/**
 * What an adapter offers the notification scheduler: delivery of a Reply to a stored conversation
 * reference (the opaque string of DESIGN.md, e.g. `slack:T…:C…` or `teams:<serialised reference>`).
 */
export interface DeliveryAdapter {
  readonly platform: 'slack' | 'teams' | 'web';
  /** True when this adapter wrote the reference and can decode it. */
  owns(reference: string): boolean;
  send(reference: string, reply: Reply): Promise<DeliveryResult>;
}

/**
 * `permanent` failures (bot removed, channel archived, conversation gone) are not retried forever;
 * anything else (network, rate limit, 5xx) is retried later.
 */
export type DeliveryResult =
  | { ok: true; messageId?: string }
  | { ok: false; permanent: boolean; reason: string };
