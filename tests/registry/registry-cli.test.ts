import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-cli-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s: string) => {
      stdout += s;
    },
    stderr: (s: string) => {
      stderr += s;
    },
    stdin: async function* () {},
    env: {
      UTBLICK_DATA_DIR: dataDir,
      UTBLICK_KNOWLEDGE_DIR: path.join(repo, 'knowledge'),
      USER: 'tester',
      // Marking the seed referral answered takes an administrator (it came from the documents).
      UTBLICK_ADMINS: 'cli:bo',
    },
    cwd: repo,
  });
  return { code, stdout, stderr };
}

const NOW = ['--now', '2026-03-02T10:00:00+01:00'];

describe('utblick referral deadline (done when)', () => {
  it.each(['KS-dnr: 006-1137/2007', '006-1137/2007', 'internationella arbetet'])(
    'reports Monday 1 September 2008 and that it is overdue for %j',
    async (target) => {
      const sv = await cli('referral', 'deadline', target, ...NOW);
      expect(sv.code).toBe(0);
      expect(sv.stdout).toContain('måndag 1 september 2008');
      expect(sv.stdout).toMatch(/Försenad med \d+ dagar/);
      const en = await cli('referral', 'deadline', target, '--lang', 'en', ...NOW);
      expect(en.stdout).toContain('Monday 1 September 2008');
      expect(en.stdout).toMatch(/Overdue by \d+ days/);
      const json = JSON.parse((await cli('referral', 'deadline', target, '--json', ...NOW)).stdout);
      expect(json).toMatchObject({
        dnr: '006-1137/2007',
        due: '2008-09-01',
        weekday: 'Monday',
        overdue: true,
        status: 'open',
      });
      expect(json.daysLeft).toBeLessThan(0);
      expect(json.recipients).toContain('Stadsbyggnadsnämnden');
    },
  );

  it('works through the real `utblick` entry point in a separate process', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/bin.ts',
        'referral',
        'deadline',
        'KS-dnr: 006-1137/2007',
        '--lang',
        'en',
        ...NOW,
      ],
      { cwd: repo, env: { ...process.env, UTBLICK_DATA_DIR: dataDir }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Monday 1 September 2008');
    expect(run.stdout).toContain('Overdue by');
    // A process of its own: a cold tsx start took over 30 s on the loaded two-core machine.
  }, 90_000);
});

describe('utblick membership (done when)', () => {
  it('keeps a membership added through the CLI across restarts, in list and show', async () => {
    const added = await cli(
      'membership',
      'add',
      'Eurocities',
      'benefit:Learning from peer cities',
      'body:Kommunstyrelsen',
      'area:bevakning',
      '--as',
      'anna',
      ...NOW,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Medlemskapet i Eurocities är registrerat (id 1).');
    const list = await cli('membership', 'list', '--lang', 'en');
    expect(list.stdout).toContain('#1 Eurocities — Kommunstyrelsen — monitoring and influence');
    const show = await cli('medlemskap', 'visa', 'eurocities', '--json');
    expect(JSON.parse(show.stdout)).toMatchObject({
      organisation: 'Eurocities',
      registeredBy: 'cli:anna',
      area: 'bevakning',
    });
  });

  it.each([
    [['membership', 'add', 'UBC', 'body:Kulturnämnden'], 'en', 'The benefit to the operations is missing'],
    [['medlemskap', 'lägg', 'till', 'UBC', 'organ:Kulturnämnden'], 'sv', 'Nyttan för verksamheten saknas'],
    [
      ['membership', 'add', 'UBC', 'benefit:x', 'since:2026-02-30'],
      'en',
      '"2026-02-30" is not a date I understand',
    ],
    [
      ['membership', 'add', 'UBC', 'benefit:x', 'since:2026-02-30'],
      'sv',
      '”2026-02-30” är inget datum jag förstår',
    ],
    [['membership', 'add', 'UBC', 'benefit:x', 'area:culture'], 'en', '"culture" is not a focus area'],
    [['membership', 'add', 'UBC', 'benefit:x', 'area:culture'], 'sv', '”culture” är inget fokusområde'],
    [
      ['membership', 'add', 'eurocítíes', 'benefit:again', 'body:KOMMUNSTYRELSEN'],
      'en',
      'registered by anna on 2 March 2026',
    ],
    [
      ['membership', 'add', 'eurocítíes', 'benefit:again', 'body:KOMMUNSTYRELSEN'],
      'sv',
      'registrerat av anna den 2 mars 2026',
    ],
  ])(
    'refuses %j in %s with a clear error on stderr and leaves the registers as they were',
    async (args, lang, message) => {
      await cli(
        'membership',
        'add',
        'Eurocities',
        'benefit:Learning',
        'body:Kommunstyrelsen',
        '--as',
        'anna',
        ...NOW,
      );
      const db = path.join(dataDir, 'utblick.sqlite');
      const before = await cli('membership', 'list', 'ended', '--json');
      const result = await cli(...args, '--lang', lang);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
      expect((await cli('membership', 'list', 'ended', '--json')).stdout).toBe(before.stdout);
      expect(fs.existsSync(db)).toBe(true);
    },
  );
});

describe('utblick CLI options', () => {
  it('rejects bad options with a message and exit code 1', async () => {
    expect(await cli('referral', 'list', '--lang', 'fi')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--lang fi'),
    });
    expect(await cli('referral', 'list', '--now', 'soon', '--lang', 'en')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--now soon is not a point in time'),
    });
    expect(await cli('referral', 'list', '--as')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--as behöver ett värde'),
    });
    const unknown = await cli('referral', 'frobnicate', '--lang', 'en');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('referral deadline <case number or words from the title>');
    const subscribe = await cli('referral', 'subscribe', '--lang', 'en');
    expect(subscribe).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Subscriptions belong to a channel'),
    });
  });

  it('prints help and lists with exit code 0', async () => {
    const help = await cli('referral', 'help', 'deadline', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples');
    const list = await cli('referral', 'list', 'all', '--json', ...NOW);
    expect(JSON.parse(list.stdout).map((r: { dnr: string }) => r.dnr)).toEqual(['006-1137/2007']);
  });

  it('marks a referral answered for the acting user', async () => {
    const done = await cli('referral', 'done', '006-1137/2007', '--as', 'bo', '--lang', 'en', ...NOW);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('answered (bo, 2 March 2026)');
    const again = await cli('remiss', 'besvarad', '006-1137/2007', ...NOW);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('redan besvarad');
  });
});
