import { describe, expect, it } from 'vitest';
import { commandKey, parseCommand } from '../../../src/protocols/pop3/command-parser';

describe('POP3 command parser', () => {
  it('upper-cases the keyword and keeps the arguments as written', () => {
    expect(parseCommand('pass my secret  ')).toEqual({
      keyword: 'PASS',
      verb: 'PASS',
      args: 'my secret  ',
    });
  });

  it('reads a bare keyword with no arguments', () => {
    expect(parseCommand('stat')).toEqual({ keyword: 'STAT', verb: 'STAT', args: '' });
  });

  it('marks an unknown keyword and explains it as unknown', () => {
    const command = parseCommand('XTND XMIT');
    expect(command).toEqual({ keyword: 'XTND', verb: undefined, args: 'XMIT' });
    expect(commandKey(command)).toBe('pop3.command.unknown');
  });

  it('treats an empty line as an empty, unknown keyword', () => {
    expect(parseCommand('')).toEqual({ keyword: '', verb: undefined, args: '' });
  });

  it('does not mistake an inherited property name for a command', () => {
    expect(parseCommand('constructor').verb).toBeUndefined();
    expect(parseCommand('__proto__').verb).toBeUndefined();
  });
});
