import { describe, expect, it } from 'vitest';
import { mapLayout, mapState } from '../../../src/state/selectors/map';
import { connect, reply, timelineOf } from './steps';

describe('the network map', () => {
  it('draws the links used so far, with TLS once a handshake happened on them', () => {
    const timeline = timelineOf([
      connect('c1', 'laptop', 'msa', 587),
      reply('c1', 'msa', 'laptop', '220 msa ESMTP', '220'),
      {
        conn: 'c1',
        from: 'laptop',
        to: 'msa',
        protocol: 'smtp',
        kind: 'tls',
        text: 'TLS handshake',
      },
      connect('c2', 'msa', 'mx', 25),
    ]);
    expect(mapState(timeline, 1).links.map((l) => [l.id, l.tls])).toEqual([['laptop→msa', false]]);
    expect(mapState(timeline, 3).links.map((l) => [l.id, l.tls])).toEqual([
      ['laptop→msa', true],
      ['msa→mx', false],
    ]);
  });

  it('shows a refused connection and a timed-out one as such', () => {
    const timeline = timelineOf([
      connect('c1', 'msa', 'mx', 25),
      {
        conn: 'c1',
        from: 'msa',
        to: 'mx',
        protocol: 'tcp',
        kind: 'close',
        closeReason: 'refused',
        text: 'refused',
      },
      connect('c2', 'msa', 'backup', 25),
      {
        conn: 'c2',
        from: 'msa',
        to: 'backup',
        protocol: 'tcp',
        kind: 'close',
        closeReason: 'timeout',
        text: 'timed out',
      },
    ]);
    expect(mapState(timeline, 3).links.map((l) => l.failed)).toEqual(['refused', 'timeout']);
  });

  it('marks a host with a message in its queue, until it connects onwards, and a delivery', () => {
    const timeline = timelineOf([
      { kind: 'queue', from: 'msa', to: 'msa', text: 'queued' },
      connect('c2', 'msa', 'mx', 25),
      { kind: 'deliver', from: 'store', to: 'store', text: 'delivered' },
    ]);
    expect(mapState(timeline, 0).queued).toEqual(['msa']);
    expect(mapState(timeline, 2)).toMatchObject({ queued: [], delivered: ['store'] });
  });

  it('lays the journey out left to right by role', () => {
    const host = (id: string, role: string) => ({ id, name: id, ip: '192.0.2.1', role, ports: [] });
    const places = mapLayout(
      [
        host('laptop', 'device'),
        host('msa', 'provider'),
        host('mx', 'mx'),
        host('store', 'mailstore'),
        host('phone', 'device'),
      ],
      'laptop',
    );
    expect(['laptop', 'msa', 'mx', 'store', 'phone'].map((id) => places.get(id)?.column)).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });
});
