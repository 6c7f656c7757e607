import type { DeliveryAdapter } from '../core/delivery.js';
import { announceNewReferrals } from '../notify/announce.js';
import { describeErrorText } from '../observability/error-description.js';
import { syncReferralsFromDocuments } from '../referrals/sync.js';
import type { Runtime } from './bootstrap.js';

/**
 * After a re-index, referrals found in new or changed documents enter the register at once (records
 * outlive files: removed documents only mark theirs), and subscribed channels hear of new ones. The
 * notices are built from the records alone (case number, title, dates), so a referral in a confidential
 * document is announced without a word of its text.
 * `stop()` (at shutdown) lets an announcement finish the message it is delivering, starts no other,
 * and resolves when the work in flight is done; re-indexes after that are ignored.
 */
export function announceReindexedReferrals(
  runtime: Runtime,
  adapters: DeliveryAdapter[],
): { stop(): Promise<void> } {
  const { knowledge, store, clock, config, logger, metrics } = runtime;
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  knowledge.onReload((snapshot) => {
    if (stopping.signal.aborted) return;
    const work = (async () => {
      const sync = await syncReferralsFromDocuments(store, snapshot.documents, clock);
      if (sync.added.length + sync.changed.length + sync.removed.length > 0) {
        logger.info('referral register updated from documents', {
          added: sync.added.length,
          changed: sync.changed.length,
          removed: sync.removed.length,
        });
      }
      if (adapters.length > 0 && !stopping.signal.aborted) {
        await announceNewReferrals(
          { store, adapters, clock, config, logger, metrics, signal: stopping.signal },
          sync,
        );
      }
    })().catch((error: unknown) =>
      logger.error('could not update the referral register after re-indexing', {
        error: describeErrorText(error),
      }),
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  return {
    async stop() {
      stopping.abort();
      await Promise.all(inFlight);
    },
  };
}
