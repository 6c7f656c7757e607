import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import { cliEnv, subscribeIn } from '../notify/cli-harness.js';
import { RecordingDelivery } from '../notify/recording-delivery.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';

/**
 * The `--json` output of every CLI command is a contract scripts rely on (DESIGN.md). These tests pin the
 * keys, nested ones too (an array by its first element), so that a change to a shape is a decision, not
 * an accident. Values are checked elsewhere.
 */
function keys(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [keys(value[0])] : [];
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, keys((value as Record<string, unknown>)[k])]),
    );
  return '·';
}

const MEMBERSHIP = {
  area: '·',
  benefit: '·',
  body: '·',
  contact: '·',
  endDate: '·',
  endedAt: '·',
  endedBy: '·',
  id: '·',
  kind: '·',
  organisation: '·',
  registeredAt: '·',
  registeredBy: '·',
  registeredByName: '·',
  since: '·',
  until: '·',
};
const REFERRAL = {
  caseOfficer: '·',
  daysLeft: '·',
  dnr: '·',
  due: '·',
  id: '·',
  ourBody: '·',
  overdue: '·',
  recipients: ['·'],
  sender: '·',
  sourceDoc: '·',
  sourceCase: '·',
  otherDnrs: [],
  overridden: [],
  sourceState: '·',
  status: '·',
  title: '·',
  weekday: '·',
  workingDaysLeft: '·',
};
const NOTIFICATION_KEY = { conversation: '·', duePoint: '·', kind: '·', referralId: '·' };

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-json-'));
  env = {
    ...cliEnv(dir),
    UTBLICK_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
    USER: 'tester',
    UTBLICK_ADMINS: 'cli:tester',
  };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function json(
  args: string[],
  deps = {},
  environment: Record<string, string> = env,
): Promise<{ code: number; value: unknown }> {
  let out = '';
  const code = await main(
    args,
    {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
      stdin: async function* () {},
      env: environment,
      cwd: process.cwd(),
    },
    deps,
  );
  const lines = out.trim().split('\n');
  // export-audit --format json writes JSON lines: one entry each.
  return { code, value: JSON.parse(lines.length > 1 && out.startsWith('{"id"') ? lines[0]! : out) };
}

const NOW = ['--now', '2026-09-16T08:00:00+02:00', '--json'];

describe('the JSON keys of every --json command', () => {
  it('ask', async () => {
    const { code, value } = await json(['ask', '--json', 'Vem är handläggare för remissen?']);
    expect(code).toBe(0);
    expect(keys(value)).toEqual({
      abstained: '·',
      answer: '·',
      citations: [
        { confidential: '·', dnr: '·', doc: '·', quote: '·', score: '·', section: '·', title: '·' },
      ],
      clarify: [],
      intent: '·',
      lang: '·',
      question: '·',
    });
  });

  it('membership add, list, show and end', async () => {
    const add = ['membership', 'add', 'Eurocities', 'benefit:x', 'body:KS', 'contact:Anna', 'area:bevakning'];
    expect(keys((await json([...add, ...NOW])).value)).toEqual(MEMBERSHIP);
    expect(keys((await json(['membership', 'list', ...NOW])).value)).toEqual([MEMBERSHIP]);
    expect(keys((await json(['membership', 'show', 'Eurocities', ...NOW])).value)).toEqual(MEMBERSHIP);
    expect(keys((await json(['membership', 'end', 'Eurocities', ...NOW])).value)).toEqual(MEMBERSHIP);
  });

  it('referral deadline, add, list and done', async () => {
    expect(keys((await json(['referral', 'deadline', '006-1137/2007', ...NOW])).value)).toEqual(REFERRAL);
    const add = [
      'referral',
      'add',
      'KS 2026/123',
      'title:T',
      'from:KS',
      'due:2026-09-25',
      'to:Kulturnämnden',
    ];
    expect(keys((await json([...add, ...NOW])).value)).toEqual({
      ...REFERRAL,
      recipients: [],
      overridden: ['·'],
    });
    expect(keys((await json(['referral', 'list', 'all', ...NOW])).value)).toEqual([REFERRAL]);
    expect(keys((await json(['referral', 'done', '006-1137/2007', ...NOW])).value)).toEqual(REFERRAL);
  });

  it('help, and a refused or mistyped command (exit 1)', async () => {
    expect(await json(['referral', 'help', ...NOW])).toEqual({
      code: 0,
      value: { summary: expect.any(String) },
    });
    const refused = await json(['referral', 'unsubscribe', ...NOW]);
    expect(refused.code).toBe(1);
    expect(keys(refused.value)).toEqual({ error: '·', message: '·', ok: '·' });
    const mistyped = await json(['membership', 'add', 'UBC', ...NOW]);
    expect(mistyped.code).toBe(1);
    expect(keys(mistyped.value)).toEqual({
      errors: [{ code: '·', field: '·', params: { field: '·' } }],
      ok: '·',
    });
  });

  it('notify --dry-run and notify', async () => {
    const tick = {
      dryRun: '·',
      duplicates: '·',
      failed: [],
      noPlatform: '·',
      now: '·',
      sent: [],
      skipped: [],
    };
    // A channel subscribed, and a referral due in seven working days.
    const own = cliEnv(path.join(dir, 'notify'));
    await subscribeIn(own, 'slack:T1:C1', 'referral subscribe', '2026-09-01T09:00:00+02:00');
    const add = ['referral', 'add', 'KS 2026/7', 'title:T', 'from:KS', 'due:2026-09-25'];
    expect((await json([...add, '--now', '2026-09-01T10:00:00+02:00', '--json'], {}, own)).code).toBe(0);
    const dry = await json(['notify', '--dry-run', ...NOW], {}, own);
    const { planned, ...rest } = dry.value as { planned: { reply: object }[] };
    expect(keys(rest)).toEqual(tick);
    // The reply is the platform-neutral tree (src/core/reply.ts), whose blocks vary by notice.
    expect(keys({ ...planned[0], reply: {} })).toEqual({
      ...NOTIFICATION_KEY,
      dueAt: '·',
      reply: {},
      subscriptionId: '·',
      summary: '·',
    });
    expect(Object.keys(planned[0]!.reply).sort()).toEqual(['blocks', 'kind', 'lang', 'summary']);
    const slack = new RecordingDelivery('slack');
    const sent = await json(['notify', ...NOW], { adapters: [slack] }, own);
    expect(keys(sent.value)).toEqual({
      ...tick,
      planned: [{ ...NOTIFICATION_KEY, dueAt: '·', subscriptionId: '·', summary: '·' }],
      sent: [
        { ...NOTIFICATION_KEY, dueAt: '·', duplicate: '·', messageId: '·', platform: '·', summary: '·' },
      ],
    });
  });

  it('admin backup and admin export-audit --format json', async () => {
    const backup = await json(['admin', 'backup', path.join(dir, 'backup.sqlite'), '--json']);
    expect(keys(backup.value)).toEqual({
      bytes: '·',
      counts: {
        audit_log: '·',
        conversation_context: '·',
        curated_answers: '·',
        feedback: '·',
        feedback_stats: '·',
        memberships: '·',
        notifications: '·',
        referrals: '·',
        subscriptions: '·',
        tickets: '·',
      },
      file: '·',
      integrity: '·',
      schemaVersion: '·',
    });
    const audit = await json(['admin', 'export-audit', '--format', 'json']);
    expect(Object.keys(audit.value as object).sort()).toEqual([
      'action',
      'actor',
      'actorName',
      'after',
      'at',
      'before',
      'entity',
      'entityId',
      'id',
      'platform',
      'workspace',
    ]);
  });
});
