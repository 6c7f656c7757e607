import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const adapterDir = path.join(root, 'adapters/slack');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('Slack adapter boundary', () => {
  it('talks to the core only through its contracts (core types, config, i18n, the adapter contract in src/platform), never its internals', () => {
    // The command catalog is data every adapter reads (slash commands, usage hints), not an internal.
    const allowedSrc = [
      'src/core/',
      'src/config/',
      'src/i18n/',
      'src/platform/',
      'src/commands/catalog.js',
      'src/commands/command.js',
      'src/observability/error-description.js',
    ];
    expect(sources(adapterDir).flatMap(imports)).toContain('@slack/bolt');
    for (const file of sources(adapterDir)) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) {
          expect(
            ['@slack/bolt', 'express'].includes(spec) || spec.startsWith('node:'),
            `${file}: ${spec}`,
          ).toBe(true);
          continue;
        }
        const target = path.relative(root, path.resolve(path.dirname(file), spec));
        const inside =
          target.startsWith('adapters/slack/') || allowedSrc.some((dir) => target.startsWith(dir));
        expect(inside, `${path.relative(root, file)} imports ${target}`).toBe(true);
      }
    }
  });

  it('is the only place outside tests that imports @slack/bolt', () => {
    const offenders = ['src', 'adapters']
      .flatMap((dir) => sources(path.join(root, dir)))
      .filter((file) => !file.startsWith(adapterDir))
      .filter((file) => imports(file).some((spec) => spec.startsWith('@slack/')));
    expect(offenders).toEqual([]);
  });
});
