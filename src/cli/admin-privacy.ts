import { type Config, ConfigError, loadConfig } from '../config/config.js';
import { isLang, type Lang } from '../core/lang.js';
import { t } from '../privacy/messages.js';
import {
  exportPerson,
  forgetPerson,
  forgetPlan,
  isPersonId,
  type PersonExport,
  resolvePerson,
} from '../privacy/person.js';
import { runRetention } from '../privacy/retention.js';
import { storeMessage } from '../registry/messages.js';
import { openStore } from '../registry/open-store.js';
import { type Store, StoreUnavailableError } from '../registry/store.js';
import type { AdminSubcommand } from './admin-cli.js';
import { type CliIo, parseFlags } from './io.js';

type Common = { lang: Lang; now: Date; flags: Record<string, string | true>; positional: string[] };

/** Flags every privacy subcommand takes: --lang sv|en and --now <ISO time>. */
function common(args: string[], io: CliIo): Common | null {
  const { flags, positional } = parseFlags(args, ['lang', 'now', 'as']);
  const lang: Lang = isLang(flags.lang) ? flags.lang : 'sv';
  if (flags.lang !== undefined && !isLang(flags.lang)) {
    io.stderr(`${t(lang, 'badLang', { value: String(flags.lang) })}\n`);
    return null;
  }
  const now = typeof flags.now === 'string' ? new Date(flags.now) : new Date();
  if (flags.now !== undefined && (flags.now === true || Number.isNaN(now.getTime()))) {
    io.stderr(`${t(lang, 'badNow', { value: String(flags.now) })}\n`);
    return null;
  }
  return { lang, now, flags, positional };
}

/** Opens the configured store, runs `fn`, and turns any failure into a sentence (never a trace). */
async function withStore(io: CliIo, lang: Lang, fn: (store: Store, config: Config) => Promise<number>) {
  let config: Config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${t(lang, 'badConfig', { problems: error.problems.join('\n') })}\n`);
    return 1;
  }
  let store: Store | null = null;
  try {
    store = openStore(config);
    await store.ready();
    return await fn(store, config);
  } catch (error) {
    io.stderr(
      `${error instanceof StoreUnavailableError ? storeMessage(lang, 'unavailable') : t(lang, 'failed')}\n`,
    );
    return 1;
  } finally {
    await store?.close();
  }
}

function summary(found: PersonExport, lang: Lang): string {
  const n = (key: Parameters<typeof t>[1], count: number) => `  ${t(lang, key, { n: count })}`;
  const r = found.records;
  const who = [found.subject, ...found.names.map((name) => `"${name}"`)].filter(Boolean).join(' ');
  const list = (items: string[]) => (items.length ? items.join(', ') : t(lang, 'none'));
  return [
    t(lang, 'summaryHead', { who, at: found.exportedAt }),
    ...(found.subject ? [] : [t(lang, 'noId')]),
    t(lang, 'records'),
    n('membershipsRegistered', r.membershipsRegistered.length),
    n('membershipsEnded', r.membershipsEnded.length),
    n('referralsCreated', r.referralsCreated.length),
    n('referralsStatusChanged', r.referralsStatusChanged.length),
    n('subscriptionsCreated', r.subscriptionsCreated.length),
    n('auditEntries', r.auditEntries.length),
    t(lang, 'personal'),
    n('feedback', found.personal.feedback.length),
    t(lang, 'mentionsHead'),
    `  ${t(lang, 'contacts', { list: list(found.mentions.membershipContacts.map((m) => `${m.organisation} (#${m.id})`)) })}`,
    `  ${t(lang, 'caseOfficers', { list: list(found.mentions.referralCaseOfficers.map((x) => x.dnr)) })}`,
    t(lang, 'fullJson'),
    '',
  ].join('\n');
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const c = common(args, io);
  if (!c) return 1;
  const argument = c.positional.join(' ').trim();
  if (!argument) {
    io.stderr(`${t(c.lang, 'exportWho')}\n`);
    return 1;
  }
  return withStore(io, c.lang, async (store) => {
    const resolved = await resolvePerson(store, argument);
    if (resolved.kind === 'ambiguous') {
      const candidates = resolved.candidates.map((x) => `${x.id} (${x.name})`).join(', ');
      io.stderr(`${t(c.lang, 'ambiguous', { name: resolved.name, candidates })}\n`);
      return 1;
    }
    const who = resolved.kind === 'id' ? { id: resolved.id } : { id: resolved.id, name: resolved.name };
    const found = await exportPerson(store, who, c.now.toISOString());
    io.stdout(c.flags.summary ? summary(found, c.lang) : `${JSON.stringify(found, null, 2)}\n`);
    return 0;
  });
}

async function runForget(args: string[], io: CliIo): Promise<number> {
  const c = common(args, io);
  if (!c) return 1;
  const id = c.positional.join(' ').trim();
  if (!id) {
    io.stderr(`${t(c.lang, 'forgetWho')}\n`);
    return 1;
  }
  if (!isPersonId(id)) {
    io.stderr(`${t(c.lang, 'forgetNeedsId', { value: id })}\n`);
    return 1;
  }
  const by = `cli:${typeof c.flags.as === 'string' ? c.flags.as : (io.env.USER ?? 'local')}`;
  return withStore(io, c.lang, async (store) => {
    const at = c.now.toISOString();
    if (c.flags.yes !== true) {
      const plan = forgetPlan({ ...(await exportPerson(store, { id }, at)), subject: id });
      io.stdout(
        [
          t(c.lang, 'forgetWould', { id, feedback: plan.remove.feedback }),
          t(c.lang, 'forgetKeeps', {
            memberships: plan.keep.memberships,
            referrals: plan.keep.referrals,
            subscriptions: plan.keep.subscriptions,
            audit: plan.keep.auditEntries,
          }),
          t(c.lang, 'forgetConfirm'),
          '',
        ].join('\n'),
      );
      return 0;
    }
    const done = await forgetPerson(store, id, { by, at });
    io.stdout(
      `${t(c.lang, 'forgotten', { id, feedback: done.remove.feedback })}\n${t(c.lang, 'forgetInMemory')}\n`,
    );
    return 0;
  });
}

async function runRetentionCli(args: string[], io: CliIo): Promise<number> {
  const c = common(args, io);
  if (!c) return 1;
  const now = c.now;
  return withStore(io, c.lang, async (store, config) => {
    const deps = {
      store,
      clock: { now: () => now },
      retentionDays: config.retentionDays,
      timeZone: config.timeZone,
    };
    const dryRun = c.flags['dry-run'] === true;
    const result = await runRetention(deps, { dryRun });
    const params = { n: result.anonymised, days: config.retentionDays, cutoff: result.cutoff };
    io.stdout(`${t(c.lang, dryRun ? 'retentionWould' : 'retentionDone', params)}\n`);
    return 0;
  });
}

/** `utblick admin export-person | forget-person | retention`: data-subject requests and retention. */
export const PRIVACY_SUBCOMMANDS: Record<string, AdminSubcommand> = {
  'export-person': {
    usage:
      'export-person <user id | display name> [--summary] [--lang sv|en]   everything stored about one person (JSON)',
    run: runExport,
  },
  'forget-person': {
    usage:
      'forget-person <user id> [--yes] [--as NAME] [--lang sv|en]        remove their personal data that is not a public record',
    run: runForget,
  },
  retention: {
    usage:
      'retention [--dry-run] [--now ISO] [--lang sv|en]                  anonymise feedback older than UTBLICK_RETENTION_DAYS now',
    run: runRetentionCli,
  },
};
