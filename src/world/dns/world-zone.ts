import { reverseAddress } from '../../protocols/dns/reverse';
import type { DnsRecord, Zone } from '../../protocols/dns/zone';
import type { WorldConfig } from '../config/schema';
import { dkimKeyRecords } from './dkim-keys';

/**
 * The DNS zone a world's resolver serves: its records, its SERVFAIL names, and each
 * blocklist as the A and TXT records a DNSBL publishes (RFC 5782 §2.1: 127.0.0.2 = listed),
 * and the DKIM public key of every signing MTA.
 */
export function worldZone(world: WorldConfig): Zone {
  const blocklisted: DnsRecord[] = world.dns.blocklists.flatMap((list) =>
    list.listed.flatMap((ip): DnsRecord[] => {
      const name = `${reverseAddress(ip)}.${list.zone}`;
      const reason = list.reason ?? `Listed by ${list.zone}`;
      return [
        { type: 'A', name, address: '127.0.0.2' },
        { type: 'TXT', name, text: reason },
      ];
    }),
  );
  return {
    records: [...world.dns.records, ...blocklisted, ...dkimKeyRecords(world)],
    faults: { servfail: world.dns.servfail },
  };
}
