import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/world/config/patch';

const config = {
  clients: [
    { id: 'alice-mua', kind: 'mua', submit: { port: 587, password: 'merveilles' } },
    { id: 'bob-mua', kind: 'mua', submit: { port: 587, password: 'bricoleur' } },
  ],
  network: { unreachable: ['mx-ecole'] as string[] },
  tags: { a: 1 } as Record<string, number>,
};

describe('applyPatch', () => {
  it('sets a value found through a list selector, leaving the input unchanged', () => {
    const patched = applyPatch(config, [
      { op: 'set', path: ['clients', { id: 'bob-mua' }, 'submit', 'password'], value: 'x' },
    ]);
    expect(patched.clients.map((c) => c.submit.password)).toEqual(['merveilles', 'x']);
    expect(config.clients[1]?.submit.password).toBe('bricoleur');
  });

  it('sets by index and adds a new key to an object', () => {
    const patched = applyPatch(config, [
      { op: 'set', path: ['clients', 0, 'submit', 'port'], value: 465 },
      { op: 'set', path: ['tags', 'b'], value: 2 },
    ]);
    expect(patched.clients[0]?.submit.port).toBe(465);
    expect(patched.tags).toEqual({ a: 1, b: 2 });
  });

  it('pushes onto a list', () => {
    const patched = applyPatch(config, [
      { op: 'push', path: ['network', 'unreachable'], value: 'smtp-lycee' },
    ]);
    expect(patched.network.unreachable).toEqual(['mx-ecole', 'smtp-lycee']);
  });

  it('removes a list element by selector and an object key', () => {
    const patched = applyPatch(config, [
      { op: 'remove', path: ['clients', { id: 'alice-mua' }] },
      { op: 'remove', path: ['tags', 'a'] },
    ]);
    expect(patched.clients.map((c) => c.id)).toEqual(['bob-mua']);
    expect(patched.tags).toEqual({});
  });

  it('applies operations in order', () => {
    const patched = applyPatch(config, [
      { op: 'set', path: ['network', 'unreachable'], value: [] },
      { op: 'push', path: ['network', 'unreachable'], value: 'mail-ecole' },
    ]);
    expect(patched.network.unreachable).toEqual(['mail-ecole']);
  });

  it('refuses a selector that matches no element, or several', () => {
    expect(() =>
      applyPatch(config, [{ op: 'set', path: ['clients', { id: 'eve-mua' }, 'x'], value: 1 }]),
    ).toThrow('0 elements match');
    expect(() =>
      applyPatch(config, [{ op: 'remove', path: ['clients', { kind: 'mua' }] }]),
    ).toThrow('2 elements match');
  });

  it('refuses a path through nothing, a push onto a non-list and an index out of range', () => {
    expect(() =>
      applyPatch(config, [{ op: 'set', path: ['missing', 'deeper'], value: 1 }]),
    ).toThrow('nothing at');
    expect(() => applyPatch(config, [{ op: 'push', path: ['tags'], value: 1 }])).toThrow(
      'is not a list',
    );
    expect(() => applyPatch(config, [{ op: 'remove', path: ['clients', 5] }])).toThrow(
      'no element 5',
    );
    expect(() => applyPatch(config, [{ op: 'remove', path: ['tags', 'zzz'] }])).toThrow(
      'nothing to remove',
    );
  });

  it('keeps a patch JSON-serialisable: it survives a round trip through JSON', () => {
    const patch = [
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 25 },
    ] as const;
    expect(applyPatch(config, JSON.parse(JSON.stringify(patch)))).toEqual(
      applyPatch(config, patch),
    );
  });
});
