import type { Logger } from '../core/logger.js';
import type { Claim, Store } from '../registry/store.js';

type Unmarked = { claim: Claim; at: string; messageId: string | null };

/**
 * Sends the platform accepted but the store could not mark (the database went away in between). They
 * are marked at the start of the next ticks, while the claim's lease still holds, so that no other
 * instance takes the claim over and sends them again. Kept in memory: if this process ends first, the
 * lease runs out and the message may go out twice, and is counted as a duplicate.
 */
export class UnmarkedSends {
  private readonly pending: Unmarked[] = [];

  add(entry: Unmarked): void {
    this.pending.push(entry);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Marks what it can; stops at the first failure (the database is still away) and keeps the rest. */
  async flush(store: Store, logger: Logger): Promise<void> {
    while (this.pending.length > 0) {
      const next = this.pending[0]!;
      const marked = await store.markNotificationSent(next.claim, next.at, next.messageId);
      this.pending.shift();
      if (!marked) logger.warn('a late mark found its claim taken over', { kind: next.claim.key.kind });
    }
  }
}
