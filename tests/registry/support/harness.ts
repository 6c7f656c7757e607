import { createCommands } from '../../../src/commands/index.js';
import { loadConfig } from '../../../src/config/config.js';
import type { Clock } from '../../../src/core/clock.js';
import type { Input } from '../../../src/core/input.js';
import type { Lang } from '../../../src/core/lang.js';
import type { Block, Reply } from '../../../src/core/reply.js';
import type { KnowledgeDocument } from '../../../src/knowledge/types.js';
import { createSqliteStore, type Store } from '../../../src/registry/index.js';

/** A settable clock, so that one test can move through time. */
export function movableClock(at: string): Clock & { set(at: string): void } {
  let now = new Date(at);
  return { now: () => new Date(now.getTime()), set: (next) => (now = new Date(next)) };
}

export function harness(options: {
  now: string;
  documents?: KnowledgeDocument[];
  admins?: string;
  /** `Body=id id; …`, as UTBLICK_BODY_ADMINS. */
  bodyAdmins?: string;
  store?: Store;
}) {
  const store = options.store ?? createSqliteStore(':memory:');
  const clock = movableClock(options.now);
  let documents = options.documents ?? [];
  const config = loadConfig(
    {
      UTBLICK_DATA_DIR: '/nonexistent',
      UTBLICK_ADMINS: options.admins ?? '',
      UTBLICK_BODY_ADMINS: options.bodyAdmins ?? '',
    },
    '/',
  );
  const commands = createCommands({ store, clock, config, documents: () => documents });
  const input = (text: string, extra: Partial<Input> = {}): Input => ({
    platform: 'web',
    text,
    userId: 'web:anna',
    userName: 'Anna Andersson',
    ...extra,
  });
  return {
    store,
    clock,
    commands,
    input,
    setDocuments: (next: KnowledgeDocument[]) => {
      documents = next;
    },
    say: (text: string, lang?: Lang, extra: Partial<Input> = {}) =>
      commands.tryHandle(input(text, { ...(lang ? { locale: lang } : {}), ...extra })),
    /** Everything a person reads in a reply, as one string. */
    read: (reply: Reply | null) => (reply ? reply.blocks.map(blockText).join('\n') : ''),
    field: (reply: Reply | null, label: string) =>
      reply?.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)
        ?.value,
  };
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'quote':
      return block.text;
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'list':
      return block.items.join('\n');
    case 'actions':
      return block.actions.map((a) => `[${a.label}]`).join(' ');
    default:
      return '';
  }
}

/** A snapshot of every register and the audit log, to prove a failed command changed nothing. */
export async function snapshot(store: Store) {
  return JSON.stringify({
    memberships: await store.listMemberships({ includeEnded: true }),
    referrals: await store.listReferrals(),
    subscriptions: await store.listSubscriptions(),
    audit: await store.listAudit(),
  });
}
