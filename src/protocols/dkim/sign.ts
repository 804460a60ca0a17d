import { sha256 } from '@noble/hashes/sha2.js';
import { encodeBase64 } from '../encoding/base64';
import { utf8Encode } from '../encoding/utf8';
import { relaxedBody, relaxedHeader, selectHeaders, splitMessage } from './canonicalize';
import { ed25519Sign } from './ed25519';

/** The fields a signer covers when the message has them (From is required, RFC 6376 §5.4). */
export const SIGNED_FIELDS = [
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
] as const;

export interface SignInput {
  message: string;
  domain: string;
  selector: string;
  secretKey: Uint8Array;
  /** Signing time in seconds since 1970 (`t=`). */
  time: number;
}

/** `bh=`: base64 of SHA-256 over the relaxed body (RFC 6376 §3.7). */
export function bodyHash(body: string): string {
  return encodeBase64(sha256(utf8Encode(relaxedBody(body))));
}

/**
 * RFC 6376 §3.7 with RFC 8463's algorithm: the header hash covers the chosen fields, then
 * this DKIM-Signature field with an empty `b=`, without its final CRLF; Ed25519 signs the
 * SHA-256 of that.
 */
export function headerHashInput(
  fields: readonly { name: string; value: string }[],
  names: readonly string[],
  signatureValue: string,
): Uint8Array {
  const withoutB = signatureValue.replace(/(^|;)(\s*b\s*=)[^;]*/, '$1$2');
  const own = relaxedHeader('DKIM-Signature', withoutB).slice(0, -2);
  return sha256(utf8Encode(selectHeaders(fields, names) + own));
}

/** The `DKIM-Signature:` field (with its CRLF) to put on top of the message. */
export function dkimSign(input: SignInput): string {
  const { fields, body } = splitMessage(input.message);
  const present = new Set(fields.map((f) => f.name.toLowerCase()));
  const names = SIGNED_FIELDS.filter((name) => present.has(name));
  const value =
    ` v=1; a=ed25519-sha256; c=relaxed/relaxed; d=${input.domain}; s=${input.selector};\r\n` +
    `\tt=${input.time}; h=${names.join(':')};\r\n` +
    `\tbh=${bodyHash(body)};\r\n\tb=`;
  const signature = ed25519Sign(headerHashInput(fields, names, value), input.secretKey);
  return `DKIM-Signature:${value}${encodeBase64(signature)}\r\n`;
}
