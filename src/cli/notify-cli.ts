import { DateTime } from 'luxon';
import { type Config, ConfigError, loadConfig } from '../config/config.js';
import { fixedClock, systemClock } from '../core/clock.js';
import type { DeliveryAdapter } from '../core/delivery.js';
import { isLang, type Lang } from '../core/lang.js';
import { createLogger, type Logger } from '../core/logger.js';
import { defineMessages } from '../i18n/messages.js';
import { knowledgeOptions, loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { createDeliveryAdapters, type DeliveryFactory } from '../notify/platforms.js';
import { isSendingTime, swedishCalendar } from '../notify/points.js';
import { runNotificationTick, type TickResult } from '../notify/runner.js';
import { syncReferralsFromDocuments } from '../referrals/sync.js';
import { storeMessage } from '../registry/messages.js';
import { openStore } from '../registry/open-store.js';
import { StoreUnavailableError } from '../registry/store.js';
import type { CliIo } from './registry-cli.js';

export type NotifyCliDeps = {
  /** The platforms to deliver through; DELIVERY_FACTORIES by default. */
  factories?: DeliveryFactory[];
  /** Ready-made adapters (tests); replaces `factories`. */
  adapters?: DeliveryAdapter[];
  loadDocuments?: (config: Config) => KnowledgeDocument[] | Promise<KnowledgeDocument[]>;
  logger?: Logger;
};

const t = defineMessages({
  sv: {
    usage:
      'Användning: utblick notify [--now 2026-09-01T08:00:00+02:00] [--dry-run] [--json] [--lang sv|en]\n' +
      'Kör en omgång av remissnotiserna: skickar det som är aktuellt nu genom de konfigurerade plattformarna.',
    unknown_flag: (p) => `${p.flag} känns inte igen. Skriv utblick notify --help för att se vad som finns.`,
    bad_now: (p) => `--now ${p.value} är ingen tidpunkt. Skriv t.ex. --now 2026-09-01T08:00:00+02:00.`,
    missing_now: '--now behöver en tidpunkt, t.ex. --now 2026-09-01T08:00:00+02:00.',
    bad_lang: (p) => `--lang ${p.value} känns inte igen. Skriv --lang sv eller --lang en.`,
    bad_config: (p) => `Konfigurationen är fel:\n${p.problems}`,
    failed: 'Notisomgången kunde inte köras och ingenting markerades som skickat. Försök igen.',
    plan_header: (p) => `Plan för ${p.now}: ${p.count} meddelanden.`,
    nothing: 'Inget att skicka just nu.',
    quiet: (p) => `Meddelanden går bara ut arbetsdagar från kl. 08:00 (${p.zone}).`,
    no_platform: (p) =>
      `Ingen plattform är konfigurerad (Slack eller Teams), så ingenting skickades. ${p.count} meddelanden väntar; --dry-run visar dem.`,
    sent_header: (p) => `Skickade ${p.count} meddelanden.`,
    failed_line: (p) => `Kunde inte skicka: ${p.summary} → ${p.to} (${p.reason}). Nytt försök ${p.retry}.`,
    refused_line: (p) =>
      `Konversationen tar inte emot meddelanden längre: ${p.to} (${p.reason}). Den får inga fler notiser förrän någon prenumererar igen.`,
    skipped_line: (p) => `Hoppade över: ${p.summary} → ${p.to} (${p.why}).`,
  },
  en: {
    usage:
      'Usage: utblick notify [--now 2026-09-01T08:00:00+02:00] [--dry-run] [--json] [--lang sv|en]\n' +
      'Runs one round of referral notifications: sends what is due now through the configured platforms.',
    unknown_flag: (p) => `${p.flag} is not recognised. Type utblick notify --help to see the options.`,
    bad_now: (p) => `--now ${p.value} is not a point in time. Type e.g. --now 2026-09-01T08:00:00+02:00.`,
    missing_now: '--now needs a point in time, e.g. --now 2026-09-01T08:00:00+02:00.',
    bad_lang: (p) => `--lang ${p.value} is not recognised. Type --lang sv or --lang en.`,
    bad_config: (p) => `The configuration is wrong:\n${p.problems}`,
    failed: 'The notification round could not run and nothing was marked as sent. Please try again.',
    plan_header: (p) => `Plan for ${p.now}: ${p.count} messages.`,
    nothing: 'Nothing to send right now.',
    quiet: (p) => `Messages go out on working days only, from 08:00 (${p.zone}).`,
    no_platform: (p) =>
      `No platform is configured (Slack or Teams), so nothing was sent. ${p.count} messages are waiting; --dry-run shows them.`,
    sent_header: (p) => `Sent ${p.count} messages.`,
    failed_line: (p) => `Could not send: ${p.summary} → ${p.to} (${p.reason}). Next attempt ${p.retry}.`,
    refused_line: (p) =>
      `The conversation no longer accepts messages: ${p.to} (${p.reason}). It gets no more notifications until someone subscribes again.`,
    skipped_line: (p) => `Skipped: ${p.summary} → ${p.to} (${p.why}).`,
  },
});

type Flags = { now: string | undefined; dryRun: boolean; json: boolean; lang: Lang; help: boolean };

function parseNotifyFlags(args: string[]): Flags | { error: string; lang: Lang } {
  const flags: Flags = { now: undefined, dryRun: false, json: false, lang: 'sv', help: false };
  const rest = args[0] === 'notify' ? args.slice(1) : args;
  // The language of the messages, even those about flags before it.
  const langAt = rest.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const early = langAt < 0 ? undefined : (rest[langAt]!.split('=')[1] ?? rest[langAt + 1]);
  if (isLang(early)) flags.lang = early;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg];
    if (name === '--dry-run') flags.dryRun = true;
    else if (name === '--json') flags.json = true;
    else if (name === '--help' || name === 'help') flags.help = true;
    else if (name === '--now' || name === '--lang') {
      const value = inline ?? rest[++i];
      if (name === '--lang') {
        if (!isLang(value))
          return { error: t(flags.lang, 'bad_lang', { value: value ?? '' }), lang: flags.lang };
        flags.lang = value;
      } else if (!value) return { error: t(flags.lang, 'missing_now'), lang: flags.lang };
      else if (Number.isNaN(Date.parse(value)))
        return { error: t(flags.lang, 'bad_now', { value }), lang: flags.lang };
      else flags.now = value;
    } else return { error: t(flags.lang, 'unknown_flag', { flag: arg }), lang: flags.lang };
  }
  return flags;
}

/**
 * `utblick notify [--now ISO] [--dry-run] [--json]`: one notification tick, for operations and cron.
 * Exit 0 when the tick ran (even when a delivery failed: it is retried later), 1 on bad input.
 */
export async function runNotifyCli(args: string[], io: CliIo, deps: NotifyCliDeps = {}): Promise<number> {
  const flags = parseNotifyFlags(args);
  if ('error' in flags) {
    io.stderr.write(`${flags.error}\n`);
    return 1;
  }
  if (flags.help) {
    io.stdout.write(`${t(flags.lang, 'usage')}\n`);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${t(flags.lang, 'bad_config', { problems: error.problems.join('\n') })}\n`);
    return 1;
  }
  const clock = flags.now ? fixedClock(flags.now) : systemClock;
  const logger = deps.logger ?? createLogger(config.logLevel, (line) => io.stderr.write(`${line}\n`));
  const store = openStore(config);
  try {
    await store.ready();
    const documents = await (
      deps.loadDocuments ??
      (async (c: Config) => (await loadKnowledge(c.knowledgeDir, knowledgeOptions(c))).documents)
    )(config);
    await syncReferralsFromDocuments(store, documents, clock);
    const adapters = flags.dryRun
      ? []
      : (deps.adapters ?? (await createDeliveryAdapters(config, logger, deps.factories)));
    const result = await runNotificationTick(
      { store, adapters, clock, config, logger },
      { dryRun: flags.dryRun },
    );
    io.stdout.write(flags.json ? `${JSON.stringify(toJson(result, flags.dryRun), null, 2)}\n` : '');
    if (!flags.json) writeText(result, flags, config, io);
    return 0;
  } catch (error) {
    logger.error('notify tick failed', { error: error instanceof Error ? error.name : 'unknown' });
    const away = error instanceof StoreUnavailableError;
    io.stderr.write(`${away ? storeMessage(flags.lang, 'unavailable') : t(flags.lang, 'failed')}\n`);
    return 1;
  } finally {
    await store.close();
  }
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
  io.stdout.write(`${lines.join('\n')}\n`);
  for (const f of result.failed) {
    const params = {
      summary: f.summary,
      to: f.key.conversation,
      reason: f.reason,
      retry: f.retryAt ? local(f.retryAt) : '',
    };
    io.stderr.write(`${t(lang, f.permanent ? 'refused_line' : 'failed_line', params)}\n`);
  }
  for (const s of result.skipped)
    io.stderr.write(
      `${t(lang, 'skipped_line', { summary: s.summary, to: s.key.conversation, why: s.why })}\n`,
    );
}
