import { exportAudit } from './admin-audit.js';
import { backupCommand, restoreCommand } from './admin-backup.js';
import { migrateCommand } from './admin-migrate.js';
import { PRIVACY_SUBCOMMANDS } from './admin-privacy.js';
import type { CliIo } from './io.js';

/** One `utblick admin <name> …` subcommand: its usage line and what it does. */
export type AdminSubcommand = {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
};

/** Every admin subcommand, by name. Each lives in its own module and registers here. */
export const ADMIN_SUBCOMMANDS: Record<string, AdminSubcommand> = {
  backup: backupCommand,
  restore: restoreCommand,
  migrate: migrateCommand,
  'export-audit': exportAudit,
  ...PRIVACY_SUBCOMMANDS,
};

export function adminUsage(): string {
  const lines = Object.values(ADMIN_SUBCOMMANDS).map((sub) => `  utblick admin ${sub.usage}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

/** `utblick admin <subcommand> …`: operations for the people who run Utblick (not chat commands). */
export async function runAdminCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  const sub = name ? ADMIN_SUBCOMMANDS[name] : undefined;
  if (!sub) {
    if (name && name !== 'help' && name !== '--help') io.stderr(`Unknown admin command "${name}".\n`);
    io.stderr(adminUsage());
    return name === undefined || name === 'help' || name === '--help' ? 0 : 1;
  }
  return sub.run(rest, io);
}
