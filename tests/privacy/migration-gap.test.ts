import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, openSqliteDatabase } from '../../src/registry/index.js';

const step = (version: number) => ({
  version,
  description: `step ${version}`,
  sql: `CREATE TABLE step_${version} (x INTEGER)`,
});

describe('schema migrations merged out of order', () => {
  it('applies a lower version that arrives after a higher one was applied, and nothing twice', () => {
    const db = openSqliteDatabase(':memory:');
    const versions = () =>
      (db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[]).map(
        (r) => r.version,
      );
    // A database migrated by a branch that had 1, 2, 3 and 5 ...
    expect(migrate(db, 5, [step(1), step(2), step(3), step(5)])).toBe(5);
    expect(versions()).toEqual([1, 2, 3, 5]);
    // ... then opened by the merged program, which also has 4.
    const merged = [step(1), step(2), step(3), step(5), step(4)];
    expect(migrate(db, 5, merged)).toBe(5);
    expect(versions()).toEqual([1, 2, 3, 4, 5]);
    expect(() => db.prepare('SELECT * FROM step_4').all()).not.toThrow();
    // Running it again changes nothing (a second CREATE TABLE would throw).
    expect(migrate(db, 5, merged)).toBe(5);
    db.close();
  });

  it('has the feedback retention schema at version 5', () => {
    expect(MIGRATIONS.find((m) => m.version === 5)?.sql).toContain('feedback_stats');
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(5);
  });
});
