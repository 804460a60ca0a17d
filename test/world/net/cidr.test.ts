import { describe, expect, it } from 'vitest';
import { inNetwork, ipv4ToNumber } from '../../../src/world/net/cidr';

describe('mynetworks matching', () => {
  it('matches an address inside the network and not outside', () => {
    expect(inNetwork('127.0.0.1', '127.0.0.0/8')).toBe(true);
    expect(inNetwork('127.255.1.2', '127.0.0.0/8')).toBe(true);
    expect(inNetwork('128.0.0.1', '127.0.0.0/8')).toBe(false);
    expect(inNetwork('192.0.2.10', '192.0.2.10/32')).toBe(true);
    expect(inNetwork('192.0.2.11', '192.0.2.10/32')).toBe(false);
  });

  it('treats 0.0.0.0/0 as everyone (the open relay of B01)', () => {
    expect(inNetwork('203.0.113.66', '0.0.0.0/0')).toBe(true);
  });

  it('never matches malformed input', () => {
    expect(inNetwork('999.0.0.1', '0.0.0.0/0')).toBe(false);
    expect(inNetwork('10.0.0.1', '10.0.0.0/33')).toBe(false);
    expect(ipv4ToNumber('1.2.3')).toBeNull();
  });
});
