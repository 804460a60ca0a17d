/**
 * What a TXT record is for, read from its name and first tag (reference §4.6): SPF at the
 * domain (`v=spf1`, RFC 7208 §4.5), a DKIM key at `<selector>._domainkey.<domain>`
 * (`v=DKIM1`, RFC 6376 §3.6.1), a DMARC policy at `_dmarc.<domain>` (`v=DMARC1`, RFC 7489
 * §6.1). The checks themselves belong to the servers that use them.
 */

export type TxtRole = 'spf' | 'dkim' | 'dmarc' | 'other';

export const TXT_ROLE_KEYS: Readonly<Record<TxtRole, string>> = {
  spf: 'dns.txt.spf',
  dkim: 'dns.txt.dkim',
  dmarc: 'dns.txt.dmarc',
  other: 'dns.record.txt',
};

/** The role of a TXT record, from its owner name and its text. */
export function txtRole(record: { name: string; text: string }): TxtRole {
  const name = record.name.toLowerCase();
  const text = record.text.trim().toLowerCase();
  if (/^v=spf1(\s|$)/.test(text)) return 'spf';
  if (name.startsWith('_dmarc.') && /^v=dmarc1\s*(;|$)/.test(text)) return 'dmarc';
  if (name.includes('._domainkey.')) return 'dkim';
  return 'other';
}
