import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Clock, fixedClock, systemClock } from '../../src/core/clock.js';
import { CuratedFileError, curatedFromYaml, curatedToYaml } from '../../src/curated/yaml.js';
import { defineMessages } from '../../src/i18n/messages.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { withLazyStore } from './open.js';

const t = defineMessages({
  sv: {
    usage: 'Användning: utblick curated export [FIL] | utblick curated import FIL\n',
    exported: (p) => `${p.count} kurerade svar skrivna till ${p.file}.\n`,
    imported: (p) => `${p.added} nya och ${p.updated} uppdaterade kurerade svar.\n`,
    unknownId: (p) =>
      `Det finns inget kurerat svar med id ${p.id} (post ${p.entry}). Ingenting importerades.\n`,
    badEntry: (p) =>
      `Post ${p.entry} i filen: fältet ${p.field} saknas eller är fel. Ingenting importerades.\n`,
    unreadable: (p) => `Filen ${p.file} kunde inte läsas som YAML. Ingenting importerades.\n`,
  },
  en: {
    usage: 'Usage: utblick curated export [FILE] | utblick curated import FILE\n',
    exported: (p) => `${p.count} curated answers written to ${p.file}.\n`,
    imported: (p) => `${p.added} new and ${p.updated} updated curated answers.\n`,
    unknownId: (p) =>
      `There is no curated answer with id ${p.id} (entry ${p.entry}). Nothing was imported.\n`,
    badEntry: (p) =>
      `Entry ${p.entry} in the file: the field ${p.field} is missing or wrong. Nothing was imported.\n`,
    unreadable: (p) => `The file ${p.file} could not be read as YAML. Nothing was imported.\n`,
  },
});

/**
 * `utblick curated export [FILE]` writes every curated answer as YAML (to standard output without a
 * file); `utblick curated import FILE` adds the entries without an id and updates (renews) those with
 * one, all in one transaction, audited. Entries missing from the file are kept.
 */
export async function runCurated(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, { command: 'curated', unknown: 'error' });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { common, positionals } = parsed;
  const lang = common.lang ?? 'sv';
  const [action, file] = positionals;
  if (action !== 'export' && !(action === 'import' && file)) {
    io.stderr(t(lang, 'usage'));
    return 1;
  }
  const clock: Clock = common.now ? fixedClock(common.now) : systemClock;
  const user = `cli:${common.as ?? io.env.USER ?? 'local'}`;
  return withLazyStore(io, lang, async (store) => {
    if (action === 'export') {
      const entries = await store.listCuratedAnswers();
      const yaml = curatedToYaml(entries);
      if (!file) io.stdout(yaml);
      else {
        writeFileSync(path.resolve(io.cwd, file), yaml);
        io.stdout(t(lang, 'exported', { count: entries.length, file }));
      }
      return 0;
    }
    let entries: ReturnType<typeof curatedFromYaml>;
    try {
      entries = curatedFromYaml(readFileSync(path.resolve(io.cwd, file!), 'utf8'));
    } catch (error) {
      if (error instanceof CuratedFileError)
        io.stderr(t(lang, 'badEntry', { entry: error.entry, field: error.field }));
      else io.stderr(t(lang, 'unreadable', { file: file! }));
      return 1;
    }
    const at = clock.now().toISOString();
    const change = { by: user, at };
    const result = await store
      .transaction(async (tx) => {
        let added = 0;
        let updated = 0;
        for (const [i, entry] of entries.entries()) {
          if (entry.id === undefined) {
            const saved = await tx.addCuratedAnswer(entry.draft, user, at);
            await tx.recordAudit(
              {
                action: 'curated.add',
                entity: 'curated',
                entityId: saved.id,
                after: { reviewBy: saved.reviewBy },
              },
              change,
            );
            added += 1;
            continue;
          }
          const saved = await tx.updateCuratedAnswer(entry.id, entry.draft);
          if (!saved) throw new UnknownId(entry.id, i + 1);
          await tx.recordAudit(
            {
              action: 'curated.update',
              entity: 'curated',
              entityId: saved.id,
              after: { reviewBy: saved.reviewBy },
            },
            change,
          );
          updated += 1;
        }
        return { added, updated };
      })
      .catch((error: unknown) => {
        if (error instanceof UnknownId) return error;
        throw error;
      });
    if (result instanceof UnknownId) {
      io.stderr(t(lang, 'unknownId', { id: result.id, entry: result.entry }));
      return 1;
    }
    io.stdout(t(lang, 'imported', result));
    return 0;
  });
}

class UnknownId extends Error {
  constructor(
    readonly id: number,
    readonly entry: number,
  ) {
    super('unknown curated id');
  }
}
