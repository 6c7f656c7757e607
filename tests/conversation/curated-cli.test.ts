import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';

const dir = mkdtempSync(path.join(tmpdir(), 'utblick-curated-'));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async function* () {},
    env: { UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR, UTBLICK_DATA_DIR: path.join(dir, 'data') },
    cwd: dir,
  };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

const NOW = ['--now', '2026-03-01T09:00:00+01:00'];

describe('utblick curated export|import', () => {
  it('imports curated answers from YAML, answers with them, renews them by id, and refuses a bad file whole', async () => {
    writeFileSync(
      path.join(dir, 'curated.yaml'),
      `- wordings:
    - Hur många anställda har stadens Brysselkontor?
  answer: Brysselkontoret har fyra anställda.
  lang: sv
  source: internationella avdelningen, 2026-02-02
  review_by: 2026-06-30
`,
    );
    const imported = io();
    expect(await main(['curated', 'import', 'curated.yaml', ...NOW], imported.value)).toBe(0);
    expect(imported.out()).toContain('1 nya och 0 uppdaterade');

    const asked = io();
    expect(
      await main(['ask', 'Hur många är anställda på Brysselkontoret som staden har?', ...NOW], asked.value),
    ).toBe(0);
    expect(asked.out()).toContain('Brysselkontoret har fyra anställda.');

    const exported = io();
    expect(await main(['curated', 'export', ...NOW], exported.value)).toBe(0);
    expect(exported.out()).toContain('- id: 1');
    expect(exported.out()).toContain('review_by: 2026-06-30');

    // Renewed in the file: id 1 with a later review date.
    writeFileSync(path.join(dir, 'renew.yaml'), exported.out().replace('2026-06-30', '2027-06-30'));
    const renewed = io();
    expect(await main(['curated', 'import', 'renew.yaml', ...NOW], renewed.value)).toBe(0);
    expect(renewed.out()).toContain('0 nya och 1 uppdaterade');

    writeFileSync(
      path.join(dir, 'bad.yaml'),
      '- wordings: []\n  answer: x\n  source: y\n  review_by: 2027-01-01\n',
    );
    const bad = io();
    expect(await main(['curated', 'import', 'bad.yaml', ...NOW], bad.value)).toBe(1);
    expect(bad.err()).toContain('Post 1 i filen: fältet wordings');
  });
});
