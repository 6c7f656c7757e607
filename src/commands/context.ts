import { DateTime } from 'luxon';
import { type GuardedAction, refusalText } from '../access/messages.js';
import { type AccessPolicy, type Decision, isRefusal } from '../access/policy.js';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Outcome } from '../core/core.js';
import type { Input } from '../core/input.js';
import type { Lang } from '../core/lang.js';
import type { Block } from '../core/reply.js';
import type { KnowledgeDocument, SkippedFile } from '../knowledge/types.js';
import type { AuditEntry } from '../registry/model.js';
import type { Change, Store, StoreReads } from '../registry/store.js';
import { type MessageKey, t } from './messages.js';

export type CommandDeps = {
  store: Store;
  clock: Clock;
  config: Config;
  /** The documents the referral register is kept in step with; the CLI reads them only when asked. */
  documents: () => KnowledgeDocument[] | Promise<KnowledgeDocument[]>;
  /** Files in the knowledge folder that were not read, with the reason; none when not given. */
  skipped?: () => SkippedFile[] | Promise<SkippedFile[]>;
};

/** Everything a handler needs for one command, resolved once: language, today, the acting user. */
export type CommandContext = CommandDeps & {
  lang: Lang;
  input: Input;
  /** Today (ISO date) in the configured time zone. */
  today: string;
  change: Change;
  access: AccessPolicy;
};

/** Aborts the command (and its transaction) with the refusal's sentence when the decision says no. */
export function authorize(
  ctx: Pick<CommandContext, 'lang'>,
  decision: Decision,
  action: GuardedAction,
): void {
  if (isRefusal(decision)) {
    throw new CommandError('not_permitted', { text: refusalText(ctx.lang, decision, action) });
  }
}

export type { Outcome } from '../core/core.js';

/** A failure the user caused, carrying a message code; handlers throw it to abort (and roll back). */
export class CommandError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly list: string[] = [],
  ) {
    super(code);
    this.name = 'CommandError';
  }
}

export function success(lang: Lang, summary: string, blocks: Block[], data?: unknown): Outcome {
  return { ok: true, reply: { lang, kind: 'command', summary, blocks }, data };
}

export function failure(lang: Lang, error: CommandError): Outcome {
  const text = t(lang, error.code, error.params);
  const blocks: Block[] = [{ type: 'text', text, tone: 'error' }];
  if (error.list.length > 0) blocks.push({ type: 'list', items: error.list });
  return {
    ok: false,
    reply: { lang, kind: 'error', summary: text, blocks },
    data: { error: error.code, message: text },
  };
}

/** A stored instant as a calendar date in the configured zone, e.g. `2 mars 2026` / `2 March 2026`. */
export function formatInstant(at: string, ctx: { lang: Lang; config: Config }): string {
  return DateTime.fromISO(at, { zone: ctx.config.timeZone })
    .setLocale(ctx.lang === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('d LLLL yyyy');
}

/** Who did something, for display: the name the platform gave, else the id without its platform prefix. */
export function displayActor(id: string | null, name: string | null): string {
  if (name) return name;
  if (!id) return '';
  return id.replace(/^(cli|web):/, '');
}

/**
 * The name of whoever created an entry, from its first audit entry: the display name the platform gave
 * at the time, else the id. Null when the documents created it (no person owns it).
 */
export async function registrantName(
  store: StoreReads,
  entity: AuditEntry['entity'],
  id: number,
): Promise<string | null> {
  const first = (await store.listAudit({ entity, entityId: id }))[0];
  if (!first || first.actor.startsWith('system:')) return null;
  return displayActor(first.actor, first.actorName);
}
