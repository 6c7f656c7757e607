import fs from 'node:fs';
import { ConfigError, loadConfig } from '../config/config.js';
import { isLang, type Lang } from '../core/lang.js';
import { defineMessages } from '../i18n/messages.js';
import { storeMessage } from '../registry/messages.js';
import type { AuditEntry } from '../registry/model.js';
import { openStore } from '../registry/open-store.js';
import { StoreUnavailableError } from '../registry/store.js';
import { toCsv } from '../text/csv.js';
import { parseDateInput } from '../text/dates.js';
import type { AdminSubcommand } from './admin-cli.js';
import { type CliIo, parseFlags } from './io.js';

const t = defineMessages({
  sv: {
    bad_format: (p) => `--format ${p.value} känns inte igen. Skriv --format csv eller --format json.`,
    bad_date: (p) => `${p.flag} ${p.value} är inget datum. Skriv t.ex. ${p.flag} 2026-01-01.`,
    exists: (p) =>
      `${p.file} finns redan. Välj ett annat filnamn, eller lägg till --force för att skriva över.`,
    written: (p) => `${p.count} händelser ur granskningsloggen skrevs till ${p.file}.`,
    bad_config: (p) => `Konfigurationen är fel:\n${p.problems}`,
    header: 'Id;Tid;Plattform;Arbetsyta;Användar-id;Namn;Händelse;Register;Post;Före;Efter',
  },
  en: {
    bad_format: (p) => `--format ${p.value} is not recognised. Type --format csv or --format json.`,
    bad_date: (p) => `${p.flag} ${p.value} is not a date. Type e.g. ${p.flag} 2026-01-01.`,
    exists: (p) => `${p.file} already exists. Choose another file name, or add --force to overwrite it.`,
    written: (p) => `${p.count} audit log entries were written to ${p.file}.`,
    bad_config: (p) => `The configuration is wrong:\n${p.problems}`,
    header: 'Id;Time;Platform;Workspace;User id;Name;Action;Register;Entry;Before;After',
  },
});

type Options = {
  lang: Lang;
  format: 'csv' | 'json';
  from?: string;
  to?: string;
  out?: string;
  force: boolean;
};

/**
 * `utblick admin export-audit`: the whole append-only audit log (or a date range of it) for the
 * registrar, as CSV for Swedish Excel or as JSON lines, on standard output or into a file.
 */
export const exportAudit: AdminSubcommand = {
  usage: 'export-audit [--from DATE] [--to DATE] [--format csv|json] [--out FILE [--force]] [--lang sv|en]',
  async run(args, io) {
    const options = parseOptions(args, io);
    if (!options) return 1;
    let config: ReturnType<typeof loadConfig>;
    try {
      config = loadConfig(io.env, io.cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`${t(options.lang, 'bad_config', { problems: error.problems.join('\n') })}\n`);
      return 1;
    }
    if (options.out && !options.force && fs.existsSync(options.out)) {
      io.stderr(`${t(options.lang, 'exists', { file: options.out })}\n`);
      return 1;
    }
    const store = openStore(config);
    let entries: AuditEntry[];
    try {
      await store.ready();
      entries = (await store.listAudit()).filter((entry) => within(entry.at, options, config.timeZone));
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      io.stderr(`${storeMessage(options.lang, 'unavailable')}\n`);
      return 1;
    } finally {
      await store.close();
    }
    const text = options.format === 'json' ? asJsonLines(entries) : asCsv(entries, options.lang);
    if (!options.out) {
      io.stdout(text);
      return 0;
    }
    // Written beside the target and renamed, so a failed export never leaves half a file behind.
    const temporary = `${options.out}.partial`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, options.out);
    io.stderr(`${t(options.lang, 'written', { count: entries.length, file: options.out })}\n`);
    return 0;
  },
};

function parseOptions(args: string[], io: CliIo): Options | null {
  const { flags } = parseFlags(args, ['lang', 'format', 'from', 'to', 'out']);
  const lang: Lang = isLang(flags.lang) ? flags.lang : 'sv';
  const format = flags.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    io.stderr(`${t(lang, 'bad_format', { value: String(format) })}\n`);
    return null;
  }
  const options: Options = { lang, format, force: flags.force === true };
  for (const name of ['from', 'to'] as const) {
    const value = flags[name];
    if (value === undefined) continue;
    const day = typeof value === 'string' ? parseDateInput(value, '2000-01-01') : null;
    if (!day) {
      io.stderr(`${t(lang, 'bad_date', { flag: `--${name}`, value: String(value) })}\n`);
      return null;
    }
    options[name] = day;
  }
  if (typeof flags.out === 'string') options.out = flags.out;
  return options;
}

/** Whether an entry's day, in the configured time zone, falls within --from and --to (both inclusive). */
function within(at: string, options: Options, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(at));
  return (!options.from || day >= options.from) && (!options.to || day <= options.to);
}

function asJsonLines(entries: AuditEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

function asCsv(entries: AuditEntry[], lang: Lang): string {
  const header = t(lang, 'header').split(';');
  const rows = entries.map((e) => [
    e.id,
    e.at,
    e.platform,
    e.workspace,
    e.actor,
    e.actorName,
    e.action,
    e.entity,
    e.entityId,
    e.before === null ? '' : JSON.stringify(e.before),
    e.after === null ? '' : JSON.stringify(e.after),
  ]);
  return toCsv(header, rows);
}
