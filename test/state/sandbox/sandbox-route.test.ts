import { describe, expect, it } from 'vitest';
import { readRoute, routeSearch } from '../../../src/state/lesson-route';

describe('the sandbox page in the address', () => {
  it('opens with ?page=sandbox and writes the same address back', () => {
    expect(readRoute('?page=sandbox')).toEqual({ page: 'sandbox' });
    expect(routeSearch({ page: 'sandbox' })).toBe('?page=sandbox');
  });
});
