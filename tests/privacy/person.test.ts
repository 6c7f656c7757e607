import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { createSqliteStore, DATABASE_FILE, type Store } from '../../src/registry/index.js';

const ANNA = 'slack:T1:U1';
const BO = 'teams:aad-2';
const ANNA_QUESTION = 'Hur många nätverk är Anna med i genom Kulturförvaltningen?';
const BO_QUESTION = 'When is the referral from the Region due?';

let dir: string;
const dbFile = () => path.join(dir, DATABASE_FILE);

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: async function* () {},
    env: { UTBLICK_DATA_DIR: dir, USER: 'dpo' },
    cwd: process.cwd(),
  };
  const run = (...args: string[]) => main(['admin', ...args], io);
  return { run, out: () => out.join(''), err: () => err.join('') };
}

/** Anna registers and subscribes and gives feedback; Bo ends her membership, answers a referral, votes. */
async function seed(store: Store) {
  const anna = (at: string) => ({ by: ANNA, name: 'Anna Andersson', at });
  const bo = (at: string) => ({ by: BO, name: 'Bo Ek', at });
  const m = await store.addMembership(
    { organisation: 'Eurocities', benefit: 'Peer learning', contact: 'Carl Kontakt', body: 'Kulturnämnden' },
    anna('2026-02-01T09:00:00.000Z'),
  );
  await store.addMembership(
    { organisation: 'UBC', benefit: 'Baltic cities' },
    anna('2026-02-02T09:00:00.000Z'),
  );
  await store.endMembership(m.id, '2026-06-30', bo('2026-07-01T09:00:00.000Z'));
  const r = await store.addReferral(
    {
      dnr: 'KS 2026/12',
      dnrKey: 'ks-2026-12',
      title: 'Regional strategi',
      caseOfficer: 'Bo Ek, 08-508 000 00',
    },
    anna('2026-03-01T09:00:00.000Z'),
  );
  await store.updateReferral(r.id, { status: 'answered' }, bo('2026-03-20T09:00:00.000Z'), 'referral.done');
  await store.upsertSubscription({ conversation: 'slack:T1:C7' }, anna('2026-03-02T09:00:00.000Z'));
  const feedback = (question: string, userId: string, vote: 'up' | 'down', at: string) =>
    store.addFeedback(
      { question, lang: 'sv', answerSummary: 'Svar', topPassageId: 'doc#1', vote, userId },
      at,
    );
  await feedback(ANNA_QUESTION, ANNA, 'down', '2026-11-01T09:00:00.000Z');
  await feedback('Vem ansvarar för bevakningen?', ANNA, 'up', '2026-11-02T09:00:00.000Z');
  await feedback(BO_QUESTION, BO, 'up', '2026-11-03T09:00:00.000Z');
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-person-'));
  const store = createSqliteStore(dbFile());
  await seed(store);
  store.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const withStore = async <T>(fn: (store: Store) => Promise<T>) => {
  const store = createSqliteStore(dbFile());
  try {
    return await fn(store);
  } finally {
    store.close();
  }
};

describe('utblick admin export-person', () => {
  it('prints as JSON everything stored about one user id, and nothing about anyone else', async () => {
    const c = cli();
    expect(await c.run('export-person', ANNA, '--now', '2026-11-26T10:00:00Z')).toBe(0);
    const found = JSON.parse(c.out());
    expect(found.subject).toBe(ANNA);
    expect(found.names).toEqual(['Anna Andersson']);
    expect(found.exportedAt).toBe('2026-11-26T10:00:00.000Z');
    expect(found.records.membershipsRegistered.map((m: { organisation: string }) => m.organisation)).toEqual([
      'Eurocities',
      'UBC',
    ]);
    expect(found.records.membershipsEnded).toEqual([]);
    expect(found.records.referralsCreated.map((r: { dnr: string }) => r.dnr)).toEqual(['KS 2026/12']);
    expect(found.records.referralsStatusChanged).toEqual([]);
    expect(found.records.subscriptionsCreated.map((s: { conversation: string }) => s.conversation)).toEqual([
      'slack:T1:C7',
    ]);
    expect(found.records.auditEntries.map((a: { action: string }) => a.action)).toEqual([
      'membership.add',
      'membership.add',
      'referral.add',
      'subscription.add',
    ]);
    expect(found.personal.feedback.map((f: { question: string }) => f.question)).toEqual([
      ANNA_QUESTION,
      'Vem ansvarar för bevakningen?',
    ]);
    expect(c.out()).not.toContain(BO_QUESTION);
  });

  it('takes a display name when exactly one user id was recorded under it, and shows where the name is text', async () => {
    const c = cli();
    expect(await c.run('export-person', 'bo ek')).toBe(0);
    const found = JSON.parse(c.out());
    expect(found.subject).toBe(BO);
    expect(found.records.membershipsEnded.map((m: { organisation: string }) => m.organisation)).toEqual([
      'Eurocities',
    ]);
    expect(found.records.referralsStatusChanged.map((r: { status: string }) => r.status)).toEqual([
      'answered',
    ]);
    expect(found.personal.feedback.map((f: { question: string }) => f.question)).toEqual([BO_QUESTION]);
    expect(found.mentions.referralCaseOfficers).toEqual([
      expect.objectContaining({ dnr: 'KS 2026/12', caseOfficer: 'Bo Ek, 08-508 000 00' }),
    ]);
  });

  it('finds a display name that only the audit log recorded (someone who only subscribed)', async () => {
    await withStore((s) =>
      s.upsertSubscription(
        { conversation: 'teams:conv-9' },
        { by: 'teams:aad-7', name: 'Cecilia Ceder', at: '2026-05-01T09:00:00.000Z' },
      ),
    );
    const c = cli();
    expect(await c.run('export-person', 'cecilia ceder')).toBe(0);
    const found = JSON.parse(c.out());
    expect(found.subject).toBe('teams:aad-7');
    expect(found.records.subscriptionsCreated).toHaveLength(1);
  });

  it('shows the mentions of a name no user id carries (a contact who never used Utblick)', async () => {
    const c = cli();
    expect(await c.run('export-person', 'Carl Kontakt')).toBe(0);
    const found = JSON.parse(c.out());
    expect(found.subject).toBeNull();
    expect(found.personal.feedback).toEqual([]);
    expect(found.records.auditEntries).toEqual([]);
    expect(found.mentions.membershipContacts).toEqual([
      expect.objectContaining({ organisation: 'Eurocities', contact: 'Carl Kontakt' }),
    ]);
  });

  it('refuses a display name that several user ids carry, listing them', async () => {
    await withStore((s) =>
      s.addMembership(
        { organisation: 'Energy Cities', benefit: 'Klimat' },
        { by: 'teams:aad-9', name: 'Anna Andersson', at: '2026-04-01T09:00:00.000Z' },
      ),
    );
    const c = cli();
    expect(await c.run('export-person', 'Anna Andersson')).toBe(1);
    expect(c.err()).toContain('Flera användare har hetat "Anna Andersson"');
    expect(c.err()).toContain(ANNA);
    expect(c.err()).toContain('teams:aad-9');
    expect(c.out()).toBe('');
  });

  it('prints a readable summary in the language asked for', async () => {
    const c = cli();
    expect(await c.run('export-person', ANNA, '--summary', '--lang', 'en')).toBe(0);
    expect(c.out()).toContain('Data about slack:T1:U1 "Anna Andersson"');
    expect(c.out()).toContain('Memberships registered: 2');
    expect(c.out()).toContain('Answer feedback (question, vote, date): 2');
  });

  it('says what to type when no one is named or a flag is wrong', async () => {
    const c = cli();
    expect(await c.run('export-person')).toBe(1);
    expect(c.err()).toContain('ett användar-id som slack:T0123:U0456');
    const d = cli();
    expect(await d.run('export-person', ANNA, '--lang', 'de')).toBe(1);
    expect(d.err()).toContain('Skriv --lang sv eller --lang en');
  });
});

describe('utblick admin forget-person', () => {
  it('without --yes, prints what it would remove and keep, and removes nothing', async () => {
    const c = cli();
    expect(await c.run('forget-person', ANNA)).toBe(0);
    expect(c.out()).toContain('skulle ta bort 2 omdömen om svar');
    expect(c.out()).toContain('2 medlemskap, 1 remisser, 1 bevakningar och 4 poster i ändringsloggen');
    expect(c.out()).toContain('Kör igen med --yes');
    expect(await withStore((s) => s.listFeedback())).toHaveLength(3);
  });

  it('with --yes, removes their feedback, keeps registrations and the audit log, and records the removal', async () => {
    const before = await withStore(async (s) => ({
      memberships: await s.listMemberships({ includeEnded: true }),
      referrals: await s.listReferrals(),
      subscriptions: await s.listSubscriptions(),
      audit: await s.listAudit(),
    }));
    const c = cli();
    expect(await c.run('forget-person', ANNA, '--yes', '--as', 'dpo', '--now', '2026-11-26T10:00:00Z')).toBe(
      0,
    );
    expect(c.out()).toContain('Klart: 2 omdömen om svar om slack:T1:U1 är borttagna');

    await withStore(async (s) => {
      expect((await s.listFeedback()).map((f) => f.userId)).toEqual([BO]);
      expect(await s.listMemberships({ includeEnded: true })).toEqual(before.memberships);
      expect(await s.listReferrals()).toEqual(before.referrals);
      expect(await s.listSubscriptions()).toEqual(before.subscriptions);
      const audit = await s.listAudit();
      expect(audit.slice(0, before.audit.length)).toEqual(before.audit);
      expect(audit.slice(before.audit.length)).toEqual([
        expect.objectContaining({
          action: 'person.forget',
          actor: 'cli:dpo',
          at: '2026-11-26T10:00:00.000Z',
          entity: 'person',
          after: { subject: ANNA, removed: { feedback: 2, tickets: 0 } },
        }),
      ]);
    });
    const files = fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)));
    expect(files.some((bytes) => bytes.includes(Buffer.from(ANNA_QUESTION)))).toBe(false);
    expect(files.some((bytes) => bytes.includes(Buffer.from(BO_QUESTION)))).toBe(true);

    // Asking again finds nothing left to remove, and says so.
    const again = cli();
    expect(await again.run('forget-person', ANNA, '--lang', 'en')).toBe(0);
    expect(again.out()).toContain('would remove 0 pieces of answer feedback');
    const later = cli();
    expect(await later.run('export-person', ANNA)).toBe(0);
    expect(JSON.parse(later.out()).records.auditEntries.at(-1)).toMatchObject({ action: 'person.forget' });
    expect(later.out()).not.toContain(ANNA_QUESTION);
  });

  it('refuses a display name or nothing, with a sentence saying what to type', async () => {
    const c = cli();
    expect(await c.run('forget-person', 'Anna Andersson', '--yes')).toBe(1);
    expect(c.err()).toContain('"Anna Andersson" är inget användar-id');
    expect(c.err()).toContain('utblick admin export-person "Anna Andersson"');
    const d = cli();
    expect(await d.run('forget-person', '--lang', 'en')).toBe(1);
    expect(d.err()).toContain('Say whose data to remove by user id');
    expect(await withStore((s) => s.listFeedback())).toHaveLength(3);
  });
});

describe('utblick admin retention', () => {
  it('anonymises feedback older than UTBLICK_RETENTION_DAYS, or only counts it with --dry-run', async () => {
    const c = cli();
    expect(await c.run('retention', '--dry-run', '--now', '2026-11-30T09:00:00Z', '--lang', 'en')).toBe(0);
    expect(c.out()).toContain('0 pieces of answer feedback are older than 90 days');
    expect(await withStore((s) => s.listFeedback())).toHaveLength(3);
    // 90 days before 2027-02-01T09:00Z is 2026-11-03T09:00Z: Anna's two votes are older, Bo's is not.
    const d = cli();
    expect(await d.run('retention', '--now', '2027-02-01T09:00:00Z')).toBe(0);
    expect(d.out()).toContain('2 omdömen om svar äldre än 90 dagar');
    expect((await withStore((s) => s.listFeedback())).map((f) => f.question)).toEqual([BO_QUESTION]);
  });
});
