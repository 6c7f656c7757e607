import { createSqliteStore } from '../../../src/registry/index.js';

/**
 * Child process for the crash-safety test: writes until killed. Each unit of work is one transaction
 * holding a membership and a referral; `done <i>` is printed only after it has committed.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: write-burst <database file>');
const store = createSqliteStore(file);
for (let i = 0; ; i += 1) {
  await store.transaction(async (tx) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    await tx.addMembership(
      { organisation: `Network ${i}`, benefit: `benefit ${i}` },
      { by: 'cli:burst', at },
    );
    await tx.addReferral(
      { dnr: `${i}-1/2026`, dnrKey: `${i}-1-2026`, title: `Referral ${i}` },
      { by: 'cli:burst', at },
    );
  });
  process.stdout.write(`done ${i}\n`);
}
