import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CAPABILITIES } from '../../adapters/cli/capabilities.js';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { groupOfWord } from '../../src/commands/catalog.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { openStore } from '../../src/registry/open-store.js';
import type { Store } from '../../src/registry/store.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';
import { type ContractDriver, describeAdapterContract } from './adapter-contract.js';

const NOW = '2008-08-20T09:00:00+02:00';

/** Words as a shell splits them: a quoted stretch is one word. */
function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * The CLI: a person at a terminal as user `bo` (`--as bo`), their language given with `--lang`. A
 * question goes through `utblick ask`, answered in its own language; a command through its group word.
 * The terminal shows no buttons.
 */
function cliDriver(): ContractDriver {
  let dir = '';
  let env: Record<string, string> = {};
  let store: Store | undefined;
  let knowledge: Promise<KnowledgeBase> | undefined;
  return {
    name: 'CLI',
    buttons: CAPABILITIES.buttons,
    forms: CAPABILITIES.forms,
    async start() {
      dir = mkdtempSync(path.join(tmpdir(), 'utblick-contract-cli-'));
      env = { UTBLICK_DATA_DIR: dir, UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR, UTBLICK_LOG_LEVEL: 'error' };
    },
    async stop() {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async store() {
      if (!store) {
        store = openStore(loadConfig(env));
        await store.ready();
      }
      return store;
    },
    knowledge() {
      const config = loadConfig(env);
      knowledge ??= KnowledgeBase.open({
        dir: config.knowledgeDir,
        maxFileBytes: config.maxFileBytes,
        clock: fixedClock(NOW),
        timeZone: config.timeZone,
      });
      return knowledge;
    },
    async send(text, lang) {
      const words = shellWords(text);
      const argv = groupOfWord(words[0] ?? '')
        ? [...words, '--lang', lang, '--as', 'bo', '--now', NOW]
        : ['ask', '--as', 'bo', '--now', NOW, text];
      let out = '';
      const io: CliIo = {
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => {
          out += t;
        },
        stdin: async function* () {},
        env,
        cwd: process.cwd(),
      };
      await main(argv, io);
      return { text: out, buttons: [] };
    },
  };
}

describeAdapterContract(cliDriver());
