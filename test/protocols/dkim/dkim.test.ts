import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/protocols/dns/resolve';
import type { Zone } from '../../../src/protocols/dns/zone';
import { relaxedBody, relaxedHeader } from '../../../src/protocols/dkim/canonicalize';
import { deriveKeyPair, keyRecord } from '../../../src/protocols/dkim/keys';
import { dkimSign } from '../../../src/protocols/dkim/sign';
import { dkimVerify } from '../../../src/protocols/dkim/verify';

const message =
  'From: Alice <alice@a.example>\r\n' +
  'To: bob@b.example\r\n' +
  'Subject: Museum   trip\r\n' +
  'Date: Mon, 2 Mar 2026 09:00:00 +0100\r\n' +
  'Message-ID: <1@a.example>\r\n' +
  '\r\n' +
  'Hello Bob,  \r\n' +
  'See you on Friday.\r\n' +
  '\r\n\r\n';

const pair = deriveKeyPair('20260302/a.example');
const zone: Zone = {
  records: [{ type: 'TXT', name: 'sel1._domainkey.a.example', text: keyRecord(pair.publicKey) }],
};
const lookup = (name: string) => resolve(zone, name, 'TXT');

function signed(text = message): string {
  const field = dkimSign({
    message: text,
    domain: 'a.example',
    selector: 'sel1',
    secretKey: pair.secretKey,
    time: 1772438400,
  });
  return field + text;
}

describe('DKIM relaxed canonicalisation (RFC 6376 §3.4)', () => {
  it('lower-cases the name, unfolds, and squeezes white space in a header field', () => {
    expect(relaxedHeader('SubJect', ' A \r\n\t  B  ')).toBe('subject:A B\r\n');
  });

  it('squeezes white space, strips line ends and trailing empty lines in the body', () => {
    expect(relaxedBody('a  b \t\r\nc\r\n\r\n\r\n')).toBe('a b\r\nc\r\n');
    expect(relaxedBody('\r\n\r\n')).toBe('');
  });
});

describe('DKIM ed25519-sha256 (RFC 8463)', () => {
  it('signs with relaxed/relaxed, a real bh= and b=, and the signature verifies', () => {
    const text = signed();
    expect(text).toMatch(
      /^DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed\/relaxed; d=a\.example; s=sel1;\r\n\tt=1772438400; h=from:to:subject:date:message-id;\r\n\tbh=[A-Za-z0-9+/]{43}=;\r\n\tb=[A-Za-z0-9+/]{86}==\r\n/,
    );
    expect(dkimVerify(text, lookup)).toMatchObject({
      result: 'pass',
      domain: 'a.example',
      selector: 'sel1',
    });
  });

  it('still verifies after white-space changes and a new Received: on top', () => {
    const text = `Received: from x by y; Mon, 2 Mar 2026 09:00:01 +0100\r\n${signed()}`.replace(
      'See you on Friday.',
      'See  you on Friday.   ',
    );
    expect(dkimVerify(text, lookup).result).toBe('pass');
  });

  it('fails with "body hash did not verify" after a body change', () => {
    const text = signed().replace('See you on Friday.', 'See you on Saturday.');
    expect(dkimVerify(text, lookup)).toMatchObject({
      result: 'fail',
      reason: 'body hash did not verify',
    });
  });

  it('fails the signature after a change to a signed header', () => {
    const text = signed().replace('Subject: Museum   trip', 'Subject: [list] Museum trip');
    expect(dkimVerify(text, lookup)).toMatchObject({
      result: 'fail',
      reason: 'signature verification failed',
    });
  });

  it('answers none without a signature and permerror without a key', () => {
    expect(dkimVerify(message, lookup).result).toBe('none');
    const noKey = dkimVerify(signed(), (name) => resolve({ records: [] }, name, 'TXT'));
    expect(noKey).toMatchObject({ result: 'permerror', reason: 'no key for signature' });
  });

  it('answers temperror when the key cannot be fetched', () => {
    const broken: Zone = { records: [], faults: { servfail: ['a.example'] } };
    expect(dkimVerify(signed(), (name) => resolve(broken, name, 'TXT')).result).toBe('temperror');
  });

  it('derives the same key pair from the same seed', () => {
    expect(deriveKeyPair('20260302/a.example').publicKey).toEqual(pair.publicKey);
    expect(keyRecord(pair.publicKey)).toMatch(/^v=DKIM1; k=ed25519; p=[A-Za-z0-9+/]{43}=$/);
  });
});
