import { describe, expect, it } from 'vitest';
import { percentile } from '../../scripts/bench/step-timing';

describe('the bench’s p95', () => {
  it('is the nearest-rank percentile: the value at or above 95 % of the samples', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile([3, 1, 2], 0.95)).toBe(3);
    expect(percentile([7], 0.5)).toBe(7);
  });

  it('refuses an empty sample', () => {
    expect(() => percentile([], 0.95)).toThrow('percentile of nothing');
  });
});
