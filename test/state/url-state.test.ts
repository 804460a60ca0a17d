import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/state/url-state';

describe('state in the query string', () => {
  it('reads the world and the step', () => {
    expect(readUrlState('?world=classroom&step=12')).toEqual({ world: 'classroom', step: 12 });
  });

  it('ignores a step that is not a small whole number', () => {
    expect(readUrlState('?step=-1').step).toBeNull();
    expect(readUrlState('?step=1e9').step).toBeNull();
    expect(readUrlState('?step=abc').step).toBeNull();
  });

  it('keeps an unknown world as written so the screen can say it does not exist', () => {
    expect(readUrlState('?world=nowhere').world).toBe('nowhere');
    expect(readUrlState('?world=').world).toBeNull();
  });

  it('writes the state and keeps other parameters', () => {
    expect(writeUrlState('?lang=fr', { world: 'classroom', step: 3 })).toBe(
      '?lang=fr&world=classroom&step=3',
    );
    expect(writeUrlState('?world=a&step=2', { world: null, step: null })).toBe('');
  });
});

describe('the query-string round trip', () => {
  it('reads back what it wrote, for any world id and step', () => {
    for (const state of [
      { world: 'classroom', step: 0 },
      { world: 'classroom', step: 74 },
      { world: 'a world & more', step: 12 },
      { world: 'classroom', step: null },
    ]) {
      expect(readUrlState(writeUrlState('?lang=fr', state))).toEqual(state);
    }
  });
});
