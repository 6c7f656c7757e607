import type { Config } from '../config/config.js';
import type { DeliveryAdapter } from '../core/delivery.js';
import type { Logger } from '../core/logger.js';
import { describeErrorText } from '../observability/error-description.js';

/**
 * How a platform's delivery adapter is made. `configured` says whether the configuration names the
 * platform at all; `create` may still throw on bad credentials (reported, never fatal to a tick).
 */
export type DeliveryFactory = {
  platform: DeliveryAdapter['platform'];
  configured(config: Config): boolean;
  create(config: Config, logger: Logger): DeliveryAdapter | Promise<DeliveryAdapter>;
};

/**
 * The delivery adapters of every configured platform, in factory order. The composition root says which
 * platforms exist (src/server/platforms.ts); nothing here names one.
 */
export async function createDeliveryAdapters(
  config: Config,
  logger: Logger,
  factories: readonly DeliveryFactory[],
): Promise<DeliveryAdapter[]> {
  const adapters: DeliveryAdapter[] = [];
  for (const factory of factories) {
    if (!factory.configured(config)) continue;
    try {
      adapters.push(await factory.create(config, logger));
    } catch (error) {
      logger.error('could not create a delivery adapter', {
        platform: factory.platform,
        error: describeErrorText(error),
      });
    }
  }
  return adapters;
}
