import type { SyncResult } from '../referrals/sync.js';
import { runNotificationTick, type TickDeps, type TickResult } from './runner.js';

/**
 * Announces the referrals a re-index just added, without waiting for the next scheduled tick. Call it
 * with the result of `syncReferralsFromDocuments`. Outside sending time (weekends, holidays, before
 * 08:00) it sends nothing now: the scheduler's ticks announce them when sending time comes.
 */
export async function announceNewReferrals(deps: TickDeps, sync: SyncResult): Promise<TickResult | null> {
  if (sync.added.length === 0) return null;
  return runNotificationTick(deps, { only: { referralIds: sync.added.map((r) => r.id) } });
}
