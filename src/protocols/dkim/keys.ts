import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { encodeBase64 } from '../encoding/base64';
import { utf8Encode } from '../encoding/utf8';

// @noble/ed25519 v3 needs a SHA-512 to offer its synchronous functions.
ed.hashes.sha512 = sha512;

export interface DkimKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** Key pairs already derived: a server makes its DKIM key once, not for every message. */
const derived = new Map<string, DkimKeyPair>();

/** An Ed25519 key pair drawn from a seed (a world's seed and the signing domain), so runs repeat. */
export function deriveKeyPair(seed: string): DkimKeyPair {
  const known = derived.get(seed);
  if (known !== undefined) return known;
  const secretKey = sha256(utf8Encode(`dkim-ed25519/${seed}`));
  const pair = { secretKey, publicKey: ed.getPublicKey(secretKey) };
  derived.set(seed, pair);
  return pair;
}

/** The TXT record published at `<selector>._domainkey.<domain>` (RFC 8463 §4). */
export function keyRecord(publicKey: Uint8Array): string {
  return `v=DKIM1; k=ed25519; p=${encodeBase64(publicKey)}`;
}
