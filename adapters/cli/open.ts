import { type Config, ConfigError, loadConfig } from '../../src/config/config.js';
import type { Lang } from '../../src/core/lang.js';
import { storeMessage } from '../../src/registry/messages.js';
import { openStore } from '../../src/registry/open-store.js';
import { type Store, StoreUnavailableError } from '../../src/registry/store.js';
import { t } from './flag-messages.js';
import type { CliIo } from './io.js';

/**
 * The configuration for a CLI command, or null after saying on stderr (in the reader's language) which
 * variables are wrong.
 */
export function openConfig(io: CliIo, lang: Lang): Config | null {
  try {
    return loadConfig(io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${t(lang, 'bad_config', { problems: error.problems.join('\n') })}\n`);
    return null;
  }
}

/** A store the command could not reach (PostgreSQL away) is a sentence and exit code 1, nothing written. */
async function orUnavailable(io: CliIo, lang: Lang, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    io.stderr(`${storeMessage(lang, 'unavailable')}\n`);
    return 1;
  }
}

/** The configured store (src/registry/open-store.ts picks which), connected and migrated. */
async function readyStore(config: Config): Promise<Store> {
  const store = openStore(config);
  try {
    await store.ready();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Opens the configuration and the configured store, runs `fn`, and closes the store whatever happens. A
 * bad configuration, or a database that cannot be reached, is a sentence and exit code 1.
 */
export async function withStore(
  io: CliIo,
  lang: Lang,
  fn: (store: Store, config: Config) => Promise<number>,
): Promise<number> {
  const config = openConfig(io, lang);
  if (!config) return 1;
  return orUnavailable(io, lang, async () => {
    const store = await readyStore(config);
    try {
      return await fn(store, config);
    } finally {
      await store.close();
    }
  });
}

/**
 * Runs `fn` with the configuration and a store that is opened on first use and closed afterwards: a
 * question or `membership help` leaves no database behind where none was.
 */
export async function withLazyStore(
  io: CliIo,
  lang: Lang,
  fn: (store: Store, config: Config) => Promise<number>,
): Promise<number> {
  const config = openConfig(io, lang);
  if (!config) return 1;
  let opening: Promise<Store> | undefined;
  const store = lazyStore(() => {
    opening ??= readyStore(config);
    return opening;
  });
  return orUnavailable(io, lang, async () => {
    try {
      return await fn(store, config);
    } finally {
      if (opening) await (await opening.catch(() => null))?.close();
    }
  });
}

/**
 * A Store whose every method opens the real one first. Only the asynchronous methods are forwarded;
 * `close` is the caller's (withLazyStore), and the proxy is no thenable.
 */
function lazyStore(open: () => Promise<Store>): Store {
  return new Proxy({} as Store, {
    get(_target, name) {
      if (name === 'then' || name === 'close' || typeof name === 'symbol') return undefined;
      return async (...args: unknown[]) => {
        const store = await open();
        const method = store[name as keyof Store] as (...a: unknown[]) => unknown;
        return method.apply(store, args);
      };
    },
  });
}
