import { afterAll, expect, it } from 'vitest';
import { utblick } from '../ops/support/admin.js';
import { describePostgres, TestSchemas } from './support/postgres.js';

/** Retention and forget-person through the real CLI on PostgreSQL: the same results as on SQLite. */
// A database of its own: another run's open transaction in a shared database would keep deleted rows in
// the rewritten table file.
const schemas = new TestSchemas({ ownDatabase: true });
afterAll(() => schemas.dropAll());

const feedback = (user: string, at: string, question: string) => ({ user, at, question });

await describePostgres('personal data on PostgreSQL', () => {
  it('anonymises old feedback and forgets a person, leaving no row readable and the audit log whole', async () => {
    const { store, schema } = await schemas.storeWithSchema();
    const rows = [
      feedback('slack:T1:U1', '2026-01-05T10:00:00.000Z', 'Vem ansvarar för EU-bevakningen?'),
      feedback('slack:T1:U2', '2026-01-06T10:00:00.000Z', 'När ska remissen besvaras?'),
      feedback('slack:T1:U1', '2026-05-20T10:00:00.000Z', 'Vem är handläggare?'),
      feedback('slack:T1:U2', '2026-05-21T10:00:00.000Z', 'Vilket diarienummer?'),
    ];
    for (const r of rows) {
      await store.addFeedback(
        {
          question: r.question,
          lang: 'sv',
          answerSummary: 'svar',
          topPassageId: 'doc#1',
          vote: 'down',
          userId: r.user,
        },
        r.at,
      );
    }
    await store.close();
    const env = { UTBLICK_DATA_DIR: '/nonexistent', DATABASE_URL: await schemas.url(schema) };

    const retention = await utblick(
      ['admin', 'retention', '--now', '2026-06-01T00:00:00Z', '--lang', 'en'],
      env,
    );
    expect(retention.code, retention.stderr).toBe(0);
    const afterRetention = await schemas.sql(`SELECT user_id FROM ${schema}.feedback ORDER BY id`);
    expect(afterRetention.rows.map((r) => r.user_id)).toEqual(['slack:T1:U1', 'slack:T1:U2']);
    const stats = await schemas.sql(`SELECT day::text, count FROM ${schema}.feedback_stats ORDER BY day`);
    expect(stats.rows).toEqual([
      { day: '2026-01-05', count: 1 },
      { day: '2026-01-06', count: 1 },
    ]);

    const before = await filenode(schema);
    const forget = await utblick(
      ['admin', 'forget-person', 'slack:T1:U1', '--yes', '--as', 'dpo', '--lang', 'en'],
      env,
    );
    expect(forget.code, forget.stderr).toBe(0);
    const left = await schemas.sql(`SELECT user_id, question FROM ${schema}.feedback`);
    expect(left.rows).toEqual([{ user_id: 'slack:T1:U2', question: 'Vilket diarienummer?' }]);
    // The table was rewritten (VACUUM FULL): a new file holding the rows that are left, and none of the
    // deleted ones. Reading the file takes a superuser (as on the development machines); elsewhere the
    // new file is what can be checked.
    expect(await filenode(schema)).not.toBe(before);
    const file = await rewrittenWithoutSnapshots(schema);
    if (file !== null) {
      expect(file.includes(Buffer.from('Vilket diarienummer?'))).toBe(true);
      expect(file.includes(Buffer.from('Vem är handläggare?'))).toBe(false);
    }
    const audit = await schemas.sql(
      `SELECT action, actor, after_json::text AS after FROM ${schema}.audit_log`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'person.forget', actor: 'cli:dpo' });
    expect(audit.rows[0]!.after).not.toContain('Vem är handläggare');
  });
});

async function filenode(schema: string): Promise<number> {
  const { rows } = await schemas.sql('SELECT pg_relation_filenode($1::regclass)::int AS node', [
    `${schema}.feedback`,
  ]);
  return Number(rows[0]?.node);
}

/**
 * The table file once no other session's snapshot can still see the deleted rows. VACUUM FULL copies a
 * row deleted after the oldest snapshot that counts for this database into the new file: a snapshot in
 * this database, or one of a backend not yet in any database (another test run opening connections).
 * Such a row goes at the next rewrite once those snapshots are gone, as when the operator runs
 * forget-person again; a row the command did not delete never does.
 */
async function rewrittenWithoutSnapshots(schema: string): Promise<Buffer | null> {
  let file = await relationFile(schema);
  for (let attempt = 0; file !== null && attempt < 10; attempt++) {
    if (!file.includes(Buffer.from('Vem är handläggare?'))) break;
    await untilNoOtherSnapshot();
    await schemas.sql(`VACUUM FULL ${schema}.feedback`);
    file = await relationFile(schema);
  }
  return file;
}

/** Waits (at most 20 s) until no other session that counts for this database holds a snapshot. */
async function untilNoOtherSnapshot(): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { rows } = await schemas.sql(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
          AND (datid IS NULL OR datname = current_database())`,
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The table's heap file as PostgreSQL wrote it, or null when this role may not read server files. */
async function relationFile(schema: string): Promise<Buffer | null> {
  try {
    const { rows } = await schemas.sql(
      'SELECT pg_read_binary_file(pg_relation_filepath($1::regclass)) AS bytes',
      [`${schema}.feedback`],
    );
    return rows[0]?.bytes as Buffer;
  } catch {
    return null;
  }
}
