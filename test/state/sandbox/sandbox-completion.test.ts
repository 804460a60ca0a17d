import { describe, expect, it } from 'vitest';
import { completeVerb } from '../../../src/state/sandbox-completion';

const SMTP = ['EHLO', 'HELO', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'QUIT'];

describe('Tab completion of the verb', () => {
  it('writes out the one verb that matches, with a space, whatever the case typed', () => {
    expect(completeVerb('eh', SMTP)).toEqual({ line: 'EHLO ', options: [] });
  });

  it('lists the verbs when several match', () => {
    expect(completeVerb('R', SMTP)).toEqual({ line: 'R', options: ['RCPT', 'RSET'] });
  });

  it('narrows to the common start of the matches', () => {
    expect(completeVerb('S', ['STAT', 'STLS'])).toEqual({ line: 'ST', options: ['STAT', 'STLS'] });
  });

  it('leaves the arguments alone', () => {
    expect(completeVerb('MAIL FR', SMTP)).toEqual({ line: 'MAIL FR', options: [] });
  });

  it('completes the word after the tag in IMAP', () => {
    expect(completeVerb('a1 LOG', ['LOGIN', 'LOGOUT'], { tagged: true })).toEqual({
      line: 'a1 LOG',
      options: ['LOGIN', 'LOGOUT'],
    });
    expect(completeVerb('a1 sel', ['SELECT'], { tagged: true }).line).toBe('a1 SELECT ');
    expect(completeVerb('a1', ['SELECT'], { tagged: true }).line).toBe('a1');
  });
});
