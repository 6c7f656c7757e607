import { DateTime } from 'luxon';
import type { Config } from '../../src/config/config.js';
import { fixedClock, systemClock } from '../../src/core/clock.js';
import type { Lang } from '../../src/core/lang.js';
import { createLogger } from '../../src/core/logger.js';
import { createDeliveryAdapters } from '../../src/notify/platforms.js';
import { isSendingTime, swedishCalendar } from '../../src/notify/points.js';
import { runNotificationTick, type TickResult } from '../../src/notify/runner.js';
import { describeErrorText } from '../../src/observability/error-description.js';
import { syncReferralsFromDocuments } from '../../src/referrals/sync.js';
import { deliverTickets } from '../../src/tickets/deliver.js';
import { type CliDeps, readDocuments } from './cli-core.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { t } from './notify-messages.js';
import { withStore } from './open.js';

type Flags = { dryRun: boolean; json: boolean; lang: Lang };

/**
 * `utblick notify [--now ISO] [--dry-run] [--json]`: one notification tick, for operations and cron.
 * Exit 0 when the tick ran (even when a delivery failed: it is retried later), 1 on bad input.
 */
export async function runNotify(args: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseCliArgs(args, {
    command: 'notify',
    flags: { 'dry-run': { type: 'boolean' } },
    unknown: 'error',
  });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { common } = parsed;
  const flags: Flags = { dryRun: parsed.flags['dry-run'] === true, json: common.json, lang: common.lang };
  if (common.help || parsed.positionals[0] === 'help') {
    io.stdout(`${t(flags.lang, 'usage')}\n`);
    return 0;
  }
  if (parsed.positionals.length > 0) {
    io.stderr(`${t(flags.lang, 'unexpected', { text: parsed.positionals.join(' ') })}\n`);
    return 1;
  }
  const clock = common.now ? fixedClock(common.now) : systemClock;
  return withStore(io, flags.lang, async (store, config) => {
    const logger = deps.logger ?? createLogger(config.logLevel, (line) => io.stderr(`${line}\n`));
    try {
      await syncReferralsFromDocuments(store, await readDocuments(config, deps), clock);
      const adapters = flags.dryRun
        ? []
        : (deps.adapters ?? (await createDeliveryAdapters(config, logger, deps.factories ?? [])));
      const result = await runNotificationTick(
        { store, adapters, clock, config, logger },
        { dryRun: flags.dryRun },
      );
      // Tickets for the international unit and their answers go out on the same tick.
      if (!flags.dryRun) await deliverTickets({ store, adapters, clock, logger, config });
      if (flags.json) io.stdout(`${JSON.stringify(toJson(result, flags.dryRun), null, 2)}\n`);
      else writeText(result, flags, config, io);
      return 0;
    } catch (error) {
      logger.error('notify tick failed', { error: describeErrorText(error) });
      io.stderr(`${t(flags.lang, 'failed')}\n`);
      return 1;
    }
  });
}

function toJson(result: TickResult, dryRun: boolean) {
  return {
    now: result.at,
    dryRun,
    noPlatform: result.noPlatform,
    planned: result.planned.map((p) => ({
      ...p.key,
      subscriptionId: p.subscriptionId,
      dueAt: p.dueAt,
      summary: p.reply.summary,
      ...(dryRun ? { reply: p.reply } : {}),
    })),
    sent: result.sent.map((s) => ({
      ...s.key,
      dueAt: s.dueAt,
      summary: s.summary,
      platform: s.platform,
      messageId: s.messageId,
      duplicate: s.duplicate,
    })),
    /** Sent again after an attempt that was sent but never marked: the platform may show them twice. */
    duplicates: result.sent.filter((s) => s.duplicate).length,
    failed: result.failed.map((f) => ({
      ...f.key,
      summary: f.summary,
      reason: f.reason,
      permanent: f.permanent,
      retryAt: f.retryAt,
    })),
    skipped: result.skipped.map((s) => ({ ...s.key, summary: s.summary, why: s.why })),
  };
}

function writeText(result: TickResult, flags: Flags, config: Config, io: CliIo): void {
  const { lang } = flags;
  const local = (iso: string) =>
    DateTime.fromISO(iso, { zone: config.timeZone }).toFormat('yyyy-MM-dd HH:mm');
  const lines: string[] = [];
  if (flags.dryRun) {
    lines.push(t(lang, 'plan_header', { now: local(result.at), count: result.planned.length }));
    for (const p of result.planned)
      lines.push(`  ${local(p.dueAt)}  ${p.key.kind}  → ${p.key.conversation}: ${p.reply.summary}`);
  } else if (result.noPlatform) {
    lines.push(t(lang, 'no_platform', { count: result.planned.length }));
  } else {
    lines.push(t(lang, 'sent_header', { count: result.sent.length }));
    for (const s of result.sent) lines.push(`  ${s.platform}  → ${s.key.conversation}: ${s.summary}`);
  }
  if (result.planned.length === 0) {
    lines.push(t(lang, 'nothing'));
    if (!isSendingTime(Date.parse(result.at), config.timeZone, swedishCalendar))
      lines.push(t(lang, 'quiet', { zone: config.timeZone }));
  }
  io.stdout(`${lines.join('\n')}\n`);
  for (const f of result.failed) {
    const params = {
      summary: f.summary,
      to: f.key.conversation,
      reason: f.reason,
      retry: f.retryAt ? local(f.retryAt) : '',
    };
    io.stderr(`${t(lang, f.permanent ? 'refused_line' : 'failed_line', params)}\n`);
  }
  for (const s of result.skipped)
    io.stderr(`${t(lang, 'skipped_line', { summary: s.summary, to: s.key.conversation, why: s.why })}\n`);
}
