import { createSqliteStore } from '../../../src/registry/index.js';

/**
 * Child process for the backup test: registers a membership and a referral per transaction, through
 * the real store, until it is told to stop (SIGTERM). `done <i>` is printed after each commit.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: write-loop <database file>');
const store = createSqliteStore(file);
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});
for (let i = 1; !stopping; i += 1) {
  await store.transaction(async (tx) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    await tx.addMembership({ organisation: `Network ${i}`, benefit: `benefit ${i}` }, { by: 'cli:loop', at });
    await tx.addReferral(
      { dnr: `${i}-1/2026`, dnrKey: `${i}-1-2026`, title: `Referral ${i}` },
      { by: 'cli:loop', at },
    );
  });
  process.stdout.write(`done ${i}\n`);
  // Let the signal handler run between transactions.
  await new Promise((resolve) => setImmediate(resolve));
}
store.close();
