import { describe, expect, it } from 'vitest';
import { narrow } from '../../src/search/index-data.js';

describe('small numbers in the index', () => {
  it('are kept in the narrowest unsigned array that holds them, with the same values', () => {
    const cases: [number[], string][] = [
      [[0, 7, 255], 'Uint8Array'],
      [[0, 256, 65_535], 'Uint16Array'],
      [[1, 65_536, 2_000_000], 'Int32Array'],
      [[], 'Uint8Array'],
    ];
    for (const [values, kind] of cases) {
      const input = Int32Array.from(values);
      const small = narrow(input);
      expect(small.constructor.name).toBe(kind);
      expect([...small]).toEqual(values);
      expect(small.buffer).not.toBe(input.buffer);
    }
  });
});
