import type { Clock } from './clock.js';
import type { Input } from './input.js';

/** At most `limit` messages per `windowMs`, as a token bucket: bursts up to `limit`, then a steady rate. */
export type RateSpec = { limit: number; windowMs: number };

const UNITS: Record<string, number> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
};

/**
 * Reads `30/min`, `5/s`, `100/hour`, `10/30s` (ten per thirty seconds); `off` (or `0`) turns the limit
 * off. Returns undefined for anything else, so that configuration can name the bad value.
 */
export function parseRateSpec(text: string): RateSpec | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'off' || value === '0') return null;
  const m = /^(\d{1,6})\s*\/\s*(\d{1,4})?\s*(s|sec|second|m|min|minute|h|hour)s?$/.exec(value);
  if (!m) return undefined;
  const limit = Number(m[1]);
  const windowMs = Number(m[2] ?? 1) * UNITS[m[3]!]!;
  if (limit < 1 || windowMs < 1) return undefined;
  return { limit, windowMs };
}

export type RateLimitOptions = {
  /** Per person (`Input.userId`); null for no limit. */
  user: RateSpec | null;
  /** Per conversation (`Input.conversation`); null for no limit. */
  conversation: RateSpec | null;
  clock: Clock;
  /** Buckets kept per kind; the least recently used are forgotten beyond it (memory stays bounded). */
  maxKeys?: number;
};

export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'conversation'; retryAfterSeconds: number };

export type RateLimiter = {
  /** Takes one message's worth from the person's and the conversation's buckets, or says how long to wait. */
  take(input: Input): RateDecision;
};

type Bucket = { tokens: number; at: number };

/** Token buckets in a bounded map: a refused message takes nothing, so waiting always helps. */
class Buckets {
  private readonly map = new Map<string, Bucket>();
  constructor(
    private readonly spec: RateSpec,
    private readonly maxKeys: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** Milliseconds until one token is available in `key`'s bucket (0: available now). */
  wait(key: string, now: number): number {
    const tokens = this.tokens(key, now);
    if (tokens >= 1) return 0;
    // The small slack absorbs floating-point noise (0.95 tokens is not exactly 0.95).
    return Math.ceil(((1 - tokens) * this.spec.windowMs) / this.spec.limit - 1e-6);
  }

  take(key: string, now: number): void {
    const tokens = this.tokens(key, now);
    this.map.delete(key);
    this.map.set(key, { tokens: tokens - 1, at: now });
    if (this.map.size > this.maxKeys) this.map.delete(this.map.keys().next().value!);
  }

  private tokens(key: string, now: number): number {
    const bucket = this.map.get(key);
    if (!bucket) return this.spec.limit;
    // A clock that goes backwards refills nothing, and never drains.
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.spec.limit, bucket.tokens + (elapsed * this.spec.limit) / this.spec.windowMs);
  }
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter & { keys(): number } {
  const maxKeys = options.maxKeys ?? 10_000;
  const users = options.user ? new Buckets(options.user, maxKeys) : null;
  const conversations = options.conversation ? new Buckets(options.conversation, maxKeys) : null;
  return {
    take(input) {
      // The CLI is an operator at the machine, one process per command: nothing to protect.
      if (input.platform === 'cli') return { ok: true };
      const now = options.clock.now().getTime();
      const conversation = input.conversation;
      const userWait = users ? users.wait(input.userId, now) : 0;
      const conversationWait = conversations && conversation ? conversations.wait(conversation, now) : 0;
      if (userWait > 0 || conversationWait > 0) {
        const scope = userWait >= conversationWait ? 'user' : 'conversation';
        return {
          ok: false,
          scope,
          retryAfterSeconds: Math.max(1, Math.ceil(Math.max(userWait, conversationWait) / 1000)),
        };
      }
      users?.take(input.userId, now);
      if (conversations && conversation) conversations.take(conversation, now);
      return { ok: true };
    },
    keys: () => (users?.size ?? 0) + (conversations?.size ?? 0),
  };
}
