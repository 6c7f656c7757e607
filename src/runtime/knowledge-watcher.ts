import { type FSWatcher, watch } from 'chokidar';
import type { Logger } from '../core/logger.js';
import { describeErrorText } from '../observability/error-description.js';
import type { KnowledgeBase } from './knowledge-base.js';

export type WatchOptions = { debounceMs?: number; usePolling?: boolean };

/**
 * Re-indexes when files in the knowledge folder are added, changed or removed. Changes that arrive
 * together (a copy of many files, an editor's save) are gathered into one rebuild. Questions keep being
 * answered from the previous snapshot until the new one is swapped in.
 */
export type KnowledgeWatcher = { ready: Promise<void>; close(): Promise<void> };

export function watchKnowledge(
  kb: KnowledgeBase,
  logger: Logger,
  options: WatchOptions = {},
): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const watcher: FSWatcher = watch(kb.dir, {
    ignoreInitial: true,
    ignored: (file) => /(^|[/\\])\.[^/\\]/.test(file.slice(kb.dir.length)),
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
    usePolling: options.usePolling ?? false,
  });
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      kb.reload()
        .then((snapshot) =>
          logger.info('knowledge re-indexed', {
            documents: snapshot.documents.length,
            passages: snapshot.index.size,
            indexMs: snapshot.indexMs,
            skipped: snapshot.skipped.length,
            skippedFiles: snapshot.skipped.map((f) => `${f.file} (${f.reason})`),
          }),
        )
        .catch((error: unknown) =>
          logger.error('re-indexing failed; the previous index stays in use', {
            error: describeErrorText(error),
          }),
        );
    }, debounceMs);
    timer.unref();
  };
  watcher
    .on('add', schedule)
    .on('change', schedule)
    .on('unlink', schedule)
    .on('addDir', schedule)
    .on('unlinkDir', schedule);
  watcher.on('error', (error) => logger.warn('knowledge watcher error', { error: describeErrorText(error) }));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
