import type { DeliveryAdapter } from '../core/delivery.js';
import { announceNewReferrals } from '../notify/announce.js';
import { syncReferralsFromDocuments } from '../referrals/sync.js';
import type { Runtime } from './bootstrap.js';

/**
 * After a re-index, referrals found in new or changed documents enter the register at once (records
 * outlive files: removed documents only mark theirs), and subscribed channels hear of new ones. The
 * notices are built from the records alone (case number, title, dates), so a referral in a confidential
 * document is announced without a word of its text.
 */
export function announceReindexedReferrals(runtime: Runtime, adapters: DeliveryAdapter[]): void {
  const { knowledge, store, clock, config, logger, metrics } = runtime;
  knowledge.onReload((snapshot) => {
    void (async () => {
      const sync = await syncReferralsFromDocuments(store, snapshot.documents, clock);
      if (sync.added.length + sync.changed.length + sync.removed.length > 0) {
        logger.info('referral register updated from documents', {
          added: sync.added.length,
          changed: sync.changed.length,
          removed: sync.removed.length,
        });
      }
      if (adapters.length > 0)
        await announceNewReferrals({ store, adapters, clock, config, logger, metrics }, sync);
    })().catch((error: unknown) =>
      logger.error('could not update the referral register after re-indexing', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
