import { type Commands, createCommands } from '../commands/index.js';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../core/logger.js';
import type { RateLimiter } from '../core/rate-limit.js';
import type { KnowledgeDocument, SkippedFile } from '../knowledge/types.js';
import type { Metrics } from '../observability/metrics.js';
import type { Store } from '../registry/store.js';
import { createCore, type KnowledgeSource } from './create-core.js';

export type CoreParts = {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  knowledge: KnowledgeSource;
  /** The documents the referral register follows; by default the knowledge's own. */
  documents?: () => KnowledgeDocument[] | Promise<KnowledgeDocument[]>;
  /** The files of the knowledge folder that were not read (`knowledge list`); by default the knowledge's own. */
  skipped?: () => SkippedFile[] | Promise<SkippedFile[]>;
  metrics?: Metrics;
  rateLimiter?: RateLimiter;
};

/**
 * Wires the commands and the core from their parts: the one place both the server and the CLI build
 * the core, so that a message means the same thing in a terminal as in a channel.
 */
export function composeCore(parts: CoreParts): { core: Core; commands: Commands } {
  const { config, store, clock, logger, knowledge } = parts;
  const documents = parts.documents ?? (async () => (await knowledge.current()).documents);
  const skipped = parts.skipped ?? (async () => (await knowledge.current()).skipped);
  const commands = createCommands({ store, clock, config, documents, skipped });
  const core = createCore({
    knowledge,
    commands,
    store,
    clock,
    logger,
    askUnit: config.expertConversation !== undefined,
    ...(parts.metrics ? { metrics: parts.metrics } : {}),
    ...(parts.rateLimiter ? { rateLimiter: parts.rateLimiter } : {}),
  });
  return { core, commands };
}
