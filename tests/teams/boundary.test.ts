import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const BOT_FRAMEWORK =
  /from\s+['"](botbuilder|botframework-[a-z-]+)(\/[^'"]*)?['"]|require\(\s*['"]botbuilder/;

describe('botbuilder stays inside adapters/teams', () => {
  it('no file in src/ or in another adapter imports botbuilder or botframework-*', () => {
    const outside = [
      ...sourceFiles('src'),
      ...sourceFiles('adapters').filter((file) => !file.startsWith(path.join('adapters', 'teams'))),
    ];
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((file) => BOT_FRAMEWORK.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the Teams adapter is where it is used', () => {
    expect(
      sourceFiles(path.join('adapters', 'teams')).some((file) =>
        BOT_FRAMEWORK.test(readFileSync(file, 'utf8')),
      ),
    ).toBe(true);
  });
});
