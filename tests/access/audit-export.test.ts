import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import { createCommands } from '../../src/commands/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Input } from '../../src/core/input.js';
import { openStore } from '../../src/registry/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data directory with changes made on two days, from Slack and from Teams. */
async function registerSomething() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-audit-'));
  dirs.push(dataDir);
  const env = { UTBLICK_DATA_DIR: dataDir, UTBLICK_ADMINS: 'teams:aad-anna' };
  const config = loadConfig(env);
  const store = await openStore(config);
  const run = (at: string, input: Input) =>
    createCommands({ store, clock: fixedClock(at), config, documents: () => [] }).tryHandle(input);
  await run('2026-03-02T09:00:00Z', {
    platform: 'slack',
    text: 'membership add Eurocities benefit:"peer learning"',
    userId: 'slack:T1:UANNA',
    // A display name is whatever the person typed into their profile.
    userName: '=HYPERLINK("http://example.invalid")',
    workspace: 'T1',
  });
  await run('2026-03-05T09:00:00Z', {
    platform: 'teams',
    text: 'membership end Eurocities',
    userId: 'teams:aad-anna',
    userName: 'Anna Andersson',
    workspace: 'tenant-1',
  });
  store.close();
  return { env, dataDir };
}

function capture(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
    stdin: async function* () {},
    env,
    cwd: process.cwd(),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('utblick admin export-audit', () => {
  it('exports who did what, from which platform and workspace, as CSV for Swedish Excel', async () => {
    const { env } = await registerSomething();
    const c = capture(env);
    expect(await main(['admin', 'export-audit'], c.io)).toBe(0);
    const [header, first, second] = c
      .out()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      '"Id";"Tid";"Plattform";"Arbetsyta";"Användar-id";"Namn";"Händelse";"Register";"Post";"Före";"Efter"',
    );
    expect(first).toContain(
      '"slack";"T1";"slack:T1:UANNA";"\'=HYPERLINK(""http://example.invalid"")";"membership.add"',
    );
    expect(second).toContain('"teams";"tenant-1";"teams:aad-anna";"Anna Andersson";"membership.end"');
    // A name can never run as a formula in the registrar's spreadsheet.
    expect(first).not.toMatch(/;"=/);
  });

  it('exports a date range as JSON lines, and writes a file only where nothing is', async () => {
    const { env, dataDir } = await registerSomething();
    const c = capture(env);
    expect(await main(['admin', 'export-audit', '--format', 'json', '--from', '2026-03-03'], c.io)).toBe(0);
    const lines = c
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.action, l.platform, l.workspace])).toEqual([
      ['membership.end', 'teams', 'tenant-1'],
    ]);

    const file = path.join(dataDir, 'audit.csv');
    fs.writeFileSync(file, 'keep me');
    const refused = capture(env);
    expect(await main(['admin', 'export-audit', '--out', file, '--lang', 'en'], refused.io)).toBe(1);
    expect(refused.err()).toContain('already exists. Choose another file name, or add --force');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
    expect(await main(['admin', 'export-audit', '--out', file, '--force'], capture(env).io)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('membership.end');
  });

  it('says what was wrong with a bad option', async () => {
    const { env } = await registerSomething();
    const c = capture(env);
    expect(await main(['admin', 'export-audit', '--format', 'xml'], c.io)).toBe(1);
    expect(c.err()).toContain('--format xml känns inte igen. Skriv --format csv eller --format json.');
    const d = capture(env);
    expect(await main(['admin', 'export-audit', '--from', 'igår-ish', '--lang', 'en'], d.io)).toBe(1);
    expect(d.err()).toContain('--from igår-ish is not a date');
  });
});
