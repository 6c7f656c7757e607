import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async function* () {},
    env: { UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR, UTBLICK_DATA_DIR: '/nonexistent-not-used' },
    cwd: process.cwd(),
  };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

/** A question file whose one question no engine can get right: its candidates exist in no document. */
function impossibleFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'utblick-eval-cli-'));
  const file = path.join(dir, 'impossible.jsonl');
  const line = {
    id: 'x1',
    lang: 'sv',
    q: 'Vilket av ärendena?',
    kind: 'clarify',
    candidates: [['QQ 1901/1'], ['QQ 1901/2']],
  };
  writeFileSync(file, `${JSON.stringify(line)}\n`);
  return file;
}

describe('utblick eval', () => {
  it('reports a question file on the configured knowledge folder and fails when the score is under --floor', async () => {
    const file = impossibleFile();
    const under = io();
    expect(await main(['eval', file, '--floor', '0.5'], under.value)).toBe(1);
    expect(under.out()).toContain('impossible.jsonl: 0/1 rätt, 0.00');
    expect(under.out()).toContain('missar: x1 should_ask_back');
    expect(under.err()).toContain('impossible.jsonl: 0.00 är under golvet 0.50.');
    const at = io();
    expect(await main(['eval', file, '--floor', '0', '--lang', 'en'], at.value)).toBe(0);
    expect(at.out()).toContain('impossible.jsonl: 0.00 reaches the floor of 0.00.');
  });

  it('asks the bank on its own corpus and date and gives JSON by kind, language, document and fold', async () => {
    const t = io();
    expect(await main(['eval', '--bank', '--json'], t.value)).toBe(0);
    const { reports, passed } = JSON.parse(t.out());
    expect(passed).toBe(true);
    const [bank] = reports;
    expect(bank).toMatchObject({ set: 'bank', now: '2027-03-01T10:00:00+01:00', corpus: { name: 'bank' } });
    expect(bank.overall.total).toBe(112);
    expect(bank.byKind.map((r: { key: string; total: number }) => [r.key, r.total])).toEqual([
      ['answer', 73],
      ['decline', 28],
      ['clarify', 11],
    ]);
    expect(bank.byFold).toHaveLength(3);
    expect(bank.byDocument).toHaveLength(10);
    expect(bank.questions[0]).toMatchObject({ id: 'a001', kind: 'answer', doc: 'a1-utlatande.txt' });
    // The whole bank through the CLI: seconds alone, over 40 s on a machine shared with other runs.
  }, 120_000);

  it('says what is wrong with a flag or a file, in Swedish or English', async () => {
    const floor = io();
    expect(await main(['eval', '--bank', '--floor', '60'], floor.value)).toBe(1);
    expect(floor.err()).toContain('--floor 60 är ingen andel mellan 0 och 1');
    const corpus = io();
    expect(await main(['eval', '--dev', '--corpus', 'all', '--lang', 'en'], corpus.value)).toBe(1);
    expect(corpus.err()).toContain('--corpus all is not recognised');
    const missing = io();
    expect(await main(['eval', 'no-such-file.jsonl', '--lang', 'en'], missing.value)).toBe(1);
    expect(missing.err()).toContain('no-such-file.jsonl could not be read.');
    const none = io();
    expect(await main(['eval'], none.value)).toBe(1);
    expect(none.err()).toContain(
      'Användning: npm run eval -- --bank | --holdout | --holdout2 | --holdout3 | --train | --dev | FIL.jsonl',
    );
  });
});
