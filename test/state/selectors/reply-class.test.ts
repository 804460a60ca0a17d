import { describe, expect, it } from 'vitest';
import { isFailure, replyClass } from '../../../src/state/selectors/reply-class';

const of = (code: string) => replyClass({ reply: { code, key: 'x' } });

describe('reply classes, read from the code and never from the text', () => {
  it('classes SMTP and LMTP replies by their first digit (RFC 5321 §4.2.1)', () => {
    expect(['250', '354', '451', '550'].map(of)).toEqual([
      'success',
      'continue',
      'temporary',
      'permanent',
    ]);
  });

  it('classes POP3 +OK and -ERR (RFC 1939 §3)', () => {
    expect(['+OK', '-ERR'].map(of)).toEqual(['success', 'error']);
  });

  it('classes IMAP OK, NO, BAD, BYE, PREAUTH and + (RFC 3501 §7.1)', () => {
    expect(['OK', 'NO', 'BAD', 'BYE', 'PREAUTH', '+'].map(of)).toEqual([
      'success',
      'refused',
      'bad',
      'closing',
      'success',
      'continue',
    ]);
  });

  it('gives no class to a step without a reply', () => {
    expect(replyClass({})).toBeNull();
  });

  it('counts temporary, permanent, -ERR, NO and BAD as failures', () => {
    expect(
      ['250', '354', '421', '554', '-ERR', 'NO', 'BAD', 'BYE'].map((c) => isFailure(of(c))),
    ).toEqual([false, false, true, true, true, true, true, false]);
  });
});
