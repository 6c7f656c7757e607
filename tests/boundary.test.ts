import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('architecture boundaries', () => {
  it('keeps platform SDKs out of the core: src/ never imports @slack/bolt or botbuilder', () => {
    const offenders = sources(path.join(ROOT, 'src')).filter((file) =>
      /from ['"](@slack\/bolt|@slack\/web-api|botbuilder[\w-]*|botframework[\w-]*)['"]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('never reads process.env below start-up (configuration is parsed once and passed down)', () => {
    const allowed = new Set(['src/server/main.ts', 'src/cli/bin.ts', 'src/config/config.ts']);
    const offenders = sources(path.join(ROOT, 'src'))
      .map((file) => path.relative(ROOT, file))
      .filter(
        (file) => !allowed.has(file) && /process\.env/.test(readFileSync(path.join(ROOT, file), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });

  it('never reads ../shared at run or test time', () => {
    const files = [
      ...sources(path.join(ROOT, 'src')),
      ...sources(path.join(ROOT, 'tests')),
      ...sources(path.join(ROOT, 'adapters')),
    ];
    const offenders = files.filter(
      (file) => !file.endsWith('boundary.test.ts') && /\.\.\/shared\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
