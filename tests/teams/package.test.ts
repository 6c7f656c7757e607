import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../adapters/teams/package/app-package.js';
import { packageTeams } from '../../adapters/teams/package/package-command.js';
import { readPngHeader } from '../../adapters/teams/package/png.js';
import { validateAppPackage } from '../../adapters/teams/package/validate.js';
import { readZip } from './read-zip.js';

const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const options = {
  appId: BOT_ID,
  botId: BOT_ID,
  version: '0.1.0',
  websiteUrl: 'https://start.stockholm/',
  privacyUrl: 'https://start.stockholm/',
  termsOfUseUrl: 'https://start.stockholm/',
};

describe('the Teams app package', () => {
  it('zips a manifest that passes the official v1.22 schema, the Swedish strings and both icons', async () => {
    const built = await buildAppPackage(options);
    expect(built.problems).toEqual([]);
    const files = readZip(built.zip);
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'sv.json']);
    expect(await validateAppPackage(files)).toEqual([]);

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const english = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(english).toContain('referral deadline');
    expect(english).toContain('membership add');

    const swedish = JSON.parse(files.get('sv.json')!.toString('utf8'));
    const swedishTitles = english.map(
      (_: string, i: number) => swedish[`bots[0].commandLists[0].commands[${i}].title`],
    );
    expect(swedishTitles).toContain('remiss senast');
    expect(swedishTitles).toContain('medlemskap lägg till');
    expect(swedishTitles.every((t: unknown) => typeof t === 'string' && t.length > 0)).toBe(true);

    expect(readPngHeader(files.get('color.png')!)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(files.get('outline.png')!)).toMatchObject({ width: 32, height: 32 });
  });

  it('the check refuses a manifest Teams would refuse', async () => {
    const files = readZip((await buildAppPackage(options)).zip);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    manifest.name.short = 'Utblick, the assistant for international affairs';
    manifest.bots[0].scopes.push('everyone');
    delete manifest.accentColor;
    files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    files.delete('outline.png');
    const problems = (await validateAppPackage(files)).join('\n');
    expect(problems).toContain('/name/short');
    expect(problems).toContain('/bots/0/scopes');
    expect(problems).toContain('accentColor');
    expect(problems).toContain('outline.png is missing');
    files.set('outline.png', files.get('color.png')!);
    expect((await validateAppPackage(files)).join('\n')).toContain('outline.png must be 32×32');
  });

  it('package:teams writes the zip with the bot id given, and explains a bad one', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-teams-')), 'app.zip');
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await packageTeams(args, {
        env: {},
        cwd: path.resolve(import.meta.dirname, '../..'),
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
      });
      return { code, stdout, stderr };
    };
    const good = await run(['--bot-id', BOT_ID, '--out', out]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('passes the v1.22 schema check');
    const manifest = JSON.parse(readZip(readFileSync(out)).get('manifest.json')!.toString('utf8'));
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    const bad = await run(['--bot-id', 'my-bot', '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not a GUID');
  });

  // The script as `npm run package:teams` runs it, in a process whose environment holds nothing else.
  it('MicrosoftAppId=<id> npm run package:teams needs no password or other configuration', async () => {
    const run = promisify(execFile);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-teams-')), 'app.zip');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      MicrosoftAppId: BOT_ID,
      PORT: 'not a port',
    };
    const { stdout } = await run(tsx, ['adapters/teams/package/build.ts', '--out', out], { env });
    expect(stdout).toContain('passes the v1.22 schema check');
    const manifest = JSON.parse(readZip(readFileSync(out)).get('manifest.json')!.toString('utf8'));
    expect(manifest.bots[0].botId).toBe(BOT_ID);
  }, 90_000);
});
