import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';

function io(stdinLines: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async function* () {
      yield* stdinLines;
    },
    env: { UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR, UTBLICK_DATA_DIR: '/nonexistent-not-used' },
    cwd: process.cwd(),
  };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('utblick ask', () => {
  it('prints a readable answer with the quote and its source', async () => {
    const t = io();
    expect(await main(['ask', 'Vem ansvarar för bevakning och påverkan?'], t.value)).toBe(0);
    expect(t.out()).toContain('”Stockholms stads nämnder och bolagsstyrelser ansvarar för aktiv bevakning');
    expect(t.out()).toContain('dnr 006-1137/2007');
  });

  it('prints one JSON object with --json', async () => {
    const t = io();
    await main(['ask', '--json', 'When is the referral response due?'], t.value);
    const json = JSON.parse(t.out());
    expect(json).toMatchObject({ lang: 'en', intent: 'deadline', abstained: false });
    expect(json.citations[0].quote).toContain('1 september 2008');
  });

  it('reads one question a line from standard input and prints one JSON line each', async () => {
    const t = io(['Who is the case officer for the referral?', '', 'Hur bokar jag en konferenssal?']);
    expect(await main(['ask'], t.value)).toBe(0);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].answer).toContain('Christina Hermansson');
    expect(lines[1].abstained).toBe(true);
  });

  it('refuses a bad --lang with a sentence on stderr', async () => {
    const t = io();
    expect(await main(['ask', '--lang', 'de', 'Vad?'], t.value)).toBe(1);
    expect(t.err()).toContain('--lang takes sv or en');
  });

  it('answers when started through a symlinked bin, as npm installs it', () => {
    const bin = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-bin-')), 'utblick');
    symlinkSync(path.resolve(import.meta.dirname, '../../src/cli/bin.ts'), bin);
    const run = spawnSync(process.execPath, ['--import', 'tsx', bin, 'ask', 'Vem är handläggare?'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Christina Hermansson');
    // A process of its own: a cold tsx start took over 30 s on the loaded two-core machine.
  }, 90_000);
});
