import { describe, expect, it } from 'vitest';
import { bankScale, scaleJson, scaleTable } from '../../bench/bank-scale.js';

describe('the bank among generated documents', () => {
  it('asks the bank on its small corpus and with its documents among N generated ones, stating the sizes', async () => {
    const rows = await bankScale([30], 7, () => {});
    expect(rows.map((r) => [r.generated, r.documents])).toEqual([
      [0, 10],
      [30, 40],
    ]);
    for (const row of rows) expect(row.report.overall.total).toBe(112);
    expect(rows[0]!.ratio).toBe(1);
    expect(scaleTable(rows)).toContain('+ 30 generated');
    expect(JSON.parse(scaleJson(rows, 7)).bank_scale[1]).toMatchObject({ generated: 30, documents: 40 });
    // It loads and asks the bank twice: on a machine busy with other work that took 40 s.
  }, 120_000);
});
