import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import { FUZZ_NOW, type FuzzServer, runFuzz, type Sent, startFuzzServer, summary } from './fuzz-server.js';
import { FUZZ_RUNS, FUZZ_SEED, hostileInputs } from './hostile.js';

/**
 * Terminal control: escape sequences and other C0/C1 controls that could rewrite what a person sees, and a
 * carriage return that does not end a CRLF line (which only breaks the line).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const HEADS = [
  ['membership', 'add'],
  ['medlemskap', 'lägg', 'till'],
  ['membership', 'show'],
  ['membership', 'end'],
  ['referral', 'add'],
  ['remiss', 'senast'],
  ['referral', 'done'],
  ['referral', 'list'],
  ['membership'],
  ['referral'],
];

/** How a shell would hand the text over: split at spaces, as one argument, or as option values. */
function argvFor(index: number, text: string): string[] {
  const head = HEADS[index % HEADS.length]!;
  const flags = [
    '--now',
    FUZZ_NOW,
    '--as',
    index % 3 ? 'anna' : text.slice(0, 30),
    ...(index % 2 ? ['--json'] : []),
    ...(index % 4 === 1 ? ['--lang', 'en'] : []),
  ];
  switch (index % 3) {
    case 0:
      return [...head, ...text.split(/\s+/).filter(Boolean), ...flags];
    case 1:
      return [...head, text, ...flags];
    default:
      return head[0] === 'referral' || head[0] === 'remiss'
        ? [
            ...head,
            text.slice(0, 40),
            `title:${text}`,
            'from:KS',
            `due:${index % 2 ? '2027-01-15' : text.slice(-15)}`,
            ...flags,
          ]
        : [...head, text.slice(0, 40), `benefit:${text}`, ...flags];
  }
}

describe('fuzz: hostile arguments through the CLI (in-process main)', () => {
  let server: FuzzServer;

  beforeAll(async () => {
    server = await startFuzzServer(null);
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function send(index: number, text: string): Promise<Sent> {
    let out = '';
    let err = '';
    const code = await main(argvFor(index, text), {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      stdin: async function* () {},
      env: {
        UTBLICK_DATA_DIR: server.dataDir,
        UTBLICK_KNOWLEDGE_DIR: path.resolve(import.meta.dirname, '../../knowledge'),
      },
      cwd: process.cwd(),
    });
    const problems: string[] = [];
    if (code !== 0 && code !== 1) problems.push(`exit code ${code}`);
    if (out.length + err.length === 0) problems.push('printed nothing');
    if (code === 1 && err.length === 0 && !out.includes('"error"'))
      problems.push('failed without saying why');
    if (CONTROL.test(out) || CONTROL.test(err)) problems.push('printed terminal control characters');
    if (/\n\s+at .+:\d+:\d+\)?/.test(out + err)) problems.push('printed a stack trace');
    if (/Något gick fel|Something went wrong/.test(out + err))
      problems.push('failed inside (an exception was caught)');
    return { problems, ok: code === 0, status: code };
  }

  it('prints a name with terminal escapes as the escapes, not as colour', async () => {
    let out = '';
    const io = {
      stdout: (t: string) => {
        out += t;
      },
      stderr: () => {},
      stdin: async function* () {},
      env: {
        UTBLICK_DATA_DIR: server.dataDir,
        UTBLICK_KNOWLEDGE_DIR: path.resolve(import.meta.dirname, '../../knowledge'),
      },
      cwd: process.cwd(),
    };
    const args = [
      'membership',
      'add',
      'Red\u001b[31mCi\rties',
      'benefit:x',
      '--now',
      FUZZ_NOW,
      '--as',
      'anna',
    ];
    expect(await main(args, io)).toBe(0);
    expect(out).toContain('Red\\u001b[31mCi\\u000dties');
    expect(out).not.toMatch(/\u001b|\r/);
  });

  it(`runs ${FUZZ_RUNS} hostile command lines: exit 0 or 1, no control characters, writing only on success`, async () => {
    const report = await runFuzz('cli', server, hostileInputs(FUZZ_RUNS, FUZZ_SEED + 3), FUZZ_SEED + 3, send);
    console.info(`fuzz ${summary(report)} (seed ${FUZZ_SEED + 3})`);
    expect(report.strays, `seed ${FUZZ_SEED + 3}`).toEqual([]);
    expect(report.failures.slice(0, 10), `seed ${FUZZ_SEED + 3}`).toEqual([]);
  }, 600_000);
});
