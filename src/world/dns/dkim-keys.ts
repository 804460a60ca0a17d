import { deriveKeyPair, keyRecord, type DkimKeyPair } from '../../protocols/dkim/keys';
import type { DnsRecord } from '../../protocols/dns/zone';
import type { WorldConfig } from '../config/schema';

// Deriving a key costs a scalar multiplication: once per (seed, domain, selector) is enough.
const cache = new Map<string, DkimKeyPair>();

/** The signing key of a domain in a world, the same on every run of that world. */
export function worldDkimKey(seed: number, domain: string, selector: string): DkimKeyPair {
  const id = `${seed}/${domain.toLowerCase()}/${selector}`;
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const pair = deriveKeyPair(id);
  cache.set(id, pair);
  return pair;
}

/**
 * The `<selector>._domainkey.<domain>` TXT record of every signing MTA of the world, unless
 * the world publishes its own there (a scenario with a wrong or missing key sets one).
 */
export function dkimKeyRecords(world: WorldConfig): DnsRecord[] {
  return world.hosts.flatMap((host): DnsRecord[] => {
    const dkim = host.mta?.dkim;
    if (dkim === undefined || dkim === null) return [];
    const name = `${dkim.selector}._domainkey.${dkim.domain}`.toLowerCase();
    if (world.dns.records.some((r) => r.name.toLowerCase() === name)) return [];
    const { publicKey } = worldDkimKey(world.seed, dkim.domain, dkim.selector);
    return [{ type: 'TXT', name, text: keyRecord(publicKey) }];
  });
}
