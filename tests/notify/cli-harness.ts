import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { createCommands } from '../../src/commands/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { DeliveryAdapter } from '../../src/core/delivery.js';
import type { Input } from '../../src/core/input.js';
import { openStore } from '../../src/registry/index.js';

export type Captured = { code: number; stdout: string; stderr: string };

/** An environment with its own data directory and an empty knowledge directory. */
export function cliEnv(dir: string): Record<string, string> {
  const knowledge = path.join(dir, 'knowledge');
  fs.mkdirSync(knowledge, { recursive: true });
  return {
    UTBLICK_DATA_DIR: path.join(dir, 'data'),
    UTBLICK_KNOWLEDGE_DIR: knowledge,
    UTBLICK_LOG_LEVEL: 'error',
  };
}

function capture(env: Record<string, string>): { io: CliIo; out: () => Omit<Captured, 'code'> } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
    stdin: async function* () {},
    env,
    cwd: process.cwd(),
  };
  return { io, out: () => ({ stdout, stderr }) };
}

export async function notify(
  env: Record<string, string>,
  args: string[],
  adapters?: DeliveryAdapter[],
): Promise<Captured> {
  const { io, out } = capture(env);
  const code = await main(['notify', ...args], io, adapters ? { adapters } : { factories: [] });
  return { code, ...out() };
}

export async function registry(env: Record<string, string>, args: string[]): Promise<Captured> {
  const { io, out } = capture(env);
  const code = await main(args, io, { loadDocuments: () => [] });
  return { code, ...out() };
}

/** `referral subscribe …` typed in a conversation, through the real command grammar and handlers. */
export async function subscribeIn(
  env: Record<string, string>,
  conversation: string,
  text: string,
  at: string,
) {
  // Subscribing a channel takes an administrator.
  const config = loadConfig({ ...env, UTBLICK_ADMINS: 'slack:T1:U1' });
  const store = await openStore(config);
  try {
    const commands = createCommands({ store, clock: fixedClock(at), config, documents: () => [] });
    const input: Input = { platform: 'slack', text, userId: 'slack:T1:U1', conversation, locale: 'sv' };
    return await commands.tryHandle(input);
  } finally {
    store.close();
  }
}
