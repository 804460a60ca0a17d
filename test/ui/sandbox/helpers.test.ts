import { describe, expect, it } from 'vitest';
import { plainResponse } from '../../../src/ui/sandbox/Base64Helper';
import { messageLines } from '../../../src/ui/sandbox/DataComposer';

describe('the base64 helper', () => {
  it('encodes AUTH PLAIN as NUL user NUL password (RFC 4616 §2)', () => {
    // RFC 4954 §4's own example: "\0tim\0tanstaaftanstaaf".
    expect(plainResponse('tim', 'tanstaaftanstaaf')).toBe('AHRpbQB0YW5zdGFhZnRhbnN0YWFm');
  });

  it('encodes non-ASCII passwords as UTF-8', () => {
    expect(plainResponse('é', 'ü')).toBe('AMOpAMO8');
  });
});

describe('the DATA composer', () => {
  it('writes headers, a blank line, the dot-stuffed text and the final dot', () => {
    expect(
      messageLines({
        from: 'alice@lycee.example',
        to: 'bob@ecole.example',
        subject: 'Hi',
        body: 'Hello\n.hidden dot\n.',
      }),
    ).toEqual([
      'From: alice@lycee.example',
      'To: bob@ecole.example',
      'Subject: Hi',
      '',
      'Hello',
      '..hidden dot',
      '..',
      '.',
    ]);
  });
});
