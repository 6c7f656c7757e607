import { type Config, ConfigError, loadConfig } from '../../src/config/config.js';
import type { Lang } from '../../src/core/lang.js';
import { openStore } from '../../src/registry/open-store.js';
import type { Store } from '../../src/registry/store.js';
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

/**
 * Opens the configuration and the configured store (src/registry/open-store.ts picks which), runs `fn`,
 * and closes the store whatever happens. A bad configuration is a sentence and exit code 1.
 */
export async function withStore(
  io: CliIo,
  lang: Lang,
  fn: (store: Store, config: Config) => Promise<number>,
): Promise<number> {
  const config = openConfig(io, lang);
  if (!config) return 1;
  const store = await openStore(config);
  try {
    return await fn(store, config);
  } finally {
    store.close();
  }
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
    opening ??= openStore(config);
    return opening;
  });
  try {
    return await fn(store, config);
  } finally {
    if (opening) (await opening).close();
  }
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
