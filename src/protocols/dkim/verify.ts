import { decodeBase64 } from '../encoding/base64';
import type { DnsExchange } from '../dns/resolve';
import { splitMessage } from './canonicalize';
import { ed25519Verify } from './ed25519';
import { bodyHash, headerHashInput } from './sign';
import { parseTagList } from './tag-list';

/** RFC 8601 §2.7.1 results for DKIM. */
export type DkimResult = 'none' | 'pass' | 'fail' | 'neutral' | 'temperror' | 'permerror';

export interface DkimOutcome {
  result: DkimResult;
  /** `d=` and `s=` of the signature checked. */
  domain?: string;
  selector?: string;
  /** The words of `reason="…"` in Authentication-Results. */
  reason?: string;
  queries: DnsExchange[];
  key: string;
}

/** Looks up the key TXT record (the caller's resolver). */
export type DkimLookup = (name: string) => DnsExchange;

function outcome(result: DkimResult, rest: Partial<DkimOutcome> = {}): DkimOutcome {
  return { result, queries: [], key: `dkim.result.${result}`, ...rest };
}

/**
 * Verifies the first DKIM-Signature of a message (RFC 6376 §6.1): its tags, the public key
 * from DNS, the body hash, then the Ed25519 signature over the header hash (RFC 8463).
 */
export function dkimVerify(message: string, lookup: DkimLookup): DkimOutcome {
  const { fields, body } = splitMessage(message);
  const field = fields.find((f) => f.name.toLowerCase() === 'dkim-signature');
  if (field === undefined) return outcome('none');
  const tags = parseTagList(field.value.replace(/\r\n/g, ''));
  const d = tags?.get('d');
  const s = tags?.get('s');
  const found = {
    ...(d === undefined ? {} : { domain: d }),
    ...(s === undefined ? {} : { selector: s }),
  };
  if (tags === null || tags === undefined || d === undefined || s === undefined) {
    return outcome('permerror', { ...found, reason: 'signature syntax error' });
  }
  const names = (tags.get('h') ?? '').split(':').map((n) => n.trim().toLowerCase());
  if (tags.get('v') !== '1' || !names.includes('from')) {
    return outcome('permerror', { ...found, reason: 'signature syntax error' });
  }
  if (tags.get('a') !== 'ed25519-sha256') {
    return outcome('neutral', { ...found, reason: `unsupported algorithm ${tags.get('a') ?? ''}` });
  }
  const exchange = lookup(`${s}._domainkey.${d}`);
  const queries = [exchange];
  const status = exchange.answer.status;
  if (status === 'SERVFAIL' || status === 'TIMEOUT') {
    return outcome('temperror', { ...found, queries, reason: 'key query failed' });
  }
  const record = exchange.answer.records.find((r) => r.type === 'TXT');
  const keyTags = record?.type === 'TXT' ? parseTagList(record.text) : null;
  const publicKey = keyTags?.get('p');
  if (keyTags === null || publicKey === undefined || publicKey === '') {
    return outcome('permerror', { ...found, queries, reason: 'no key for signature' });
  }
  if ((keyTags.get('k') ?? 'rsa') !== 'ed25519') {
    return outcome('permerror', { ...found, queries, reason: 'key type mismatch' });
  }
  if (bodyHash(body) !== (tags.get('bh') ?? '').replace(/ /g, '')) {
    return outcome('fail', { ...found, queries, reason: 'body hash did not verify' });
  }
  const input = headerHashInput(fields, names, field.value);
  const valid = ed25519Verify(
    decodeBase64((tags.get('b') ?? '').replace(/ /g, '')),
    input,
    decodeBase64(publicKey.replace(/ /g, '')),
  );
  return valid
    ? outcome('pass', { ...found, queries })
    : outcome('fail', { ...found, queries, reason: 'signature verification failed' });
}
