import type { Config } from '../../src/config/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { Core } from '../../src/core/core.js';
import type { DeliveryAdapter } from '../../src/core/delivery.js';
import type { Logger } from '../../src/core/logger.js';
import { knowledgeOptions, loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeDocument, SkippedFile } from '../../src/knowledge/types.js';
import type { DeliveryFactory } from '../../src/notify/platforms.js';
import type { Store } from '../../src/registry/store.js';
import { composeCore } from '../../src/runtime/compose-core.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';

/** What tests may replace in a CLI run; the real thing otherwise. */
export type CliDeps = {
  /** The documents the referral register follows (default: the knowledge folder, read without an index). */
  loadDocuments?: (config: Config) => KnowledgeDocument[] | Promise<KnowledgeDocument[]>;
  /** The platforms `notify` delivers through (default: the configured ones). */
  factories?: DeliveryFactory[];
  /** Ready-made delivery adapters; replace `factories`. */
  adapters?: DeliveryAdapter[];
  logger?: Logger;
};

export function readDocuments(config: Config, deps: CliDeps): Promise<KnowledgeDocument[]> {
  return readFolder(config, deps).then((folder) => folder.documents);
}

/** The documents and, when the folder itself is read, the files in it that were not read. */
function readFolder(
  config: Config,
  deps: CliDeps,
): Promise<{ documents: KnowledgeDocument[]; skipped: SkippedFile[] }> {
  if (deps.loadDocuments) {
    return Promise.resolve(deps.loadDocuments(config)).then((documents) => ({ documents, skipped: [] }));
  }
  return loadKnowledge(config.knowledgeDir, knowledgeOptions(config));
}

/** Opens the knowledge base (documents, index, engine) for questions. */
export function openKnowledge(config: Config, clock: Clock): Promise<KnowledgeBase> {
  return KnowledgeBase.open({
    dir: config.knowledgeDir,
    maxFileBytes: config.maxFileBytes,
    indexConfidential: config.indexConfidential,
    clock,
    timeZone: config.timeZone,
  });
}

/**
 * The core for one CLI process, built like the server's. The search index is built only when a question
 * needs it: `membership list` reads the store and, for referrals, the documents, nothing more.
 */
export function cliCore(
  parts: { config: Config; store: Store; clock: Clock; logger: Logger },
  deps: CliDeps = {},
): Core {
  const { config, clock } = parts;
  let opened: Promise<KnowledgeBase> | undefined;
  const open = () => {
    opened ??= openKnowledge(config, clock);
    return opened;
  };
  let folder: ReturnType<typeof readFolder> | undefined;
  const read = () => {
    folder ??= readFolder(config, deps);
    return folder;
  };
  return composeCore({
    ...parts,
    knowledge: { current: async () => (await open()).snapshot, reload: async () => (await open()).reload() },
    documents: async () => (await read()).documents,
    skipped: async () => (await read()).skipped,
  }).core;
}
