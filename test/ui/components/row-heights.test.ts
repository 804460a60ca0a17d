import { describe, expect, it } from 'vitest';
import { RowHeights } from '../../../src/ui/components/row-heights';

describe('the heights of a long list’s rows', () => {
  it('places each row after the estimated heights of the rows before it', () => {
    const heights = new RowHeights((row) => (row % 2 === 0 ? 10 : 30));
    expect([0, 1, 2, 3, 4].map((row) => heights.offset(row))).toEqual([0, 10, 40, 50, 80]);
  });

  it('moves the rows after one that is measured, and only those', () => {
    const heights = new RowHeights(() => 20);
    expect(heights.offset(5)).toBe(100);
    expect(heights.measure(2, 50)).toBe(true);
    expect(heights.measure(2, 50)).toBe(false);
    expect([2, 3, 5].map((row) => heights.offset(row))).toEqual([40, 90, 130]);
  });

  it('finds the row at a height among 10,000 rows', () => {
    const heights = new RowHeights(() => 20);
    expect(heights.rowAt(0, 10_000)).toBe(0);
    expect(heights.rowAt(19.5, 10_000)).toBe(0);
    expect(heights.rowAt(20, 10_000)).toBe(1);
    expect(heights.rowAt(199_990, 10_000)).toBe(9_999);
    expect(heights.rowAt(500_000, 10_000)).toBe(10_000);
  });
});
