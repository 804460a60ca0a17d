import { describe, expect, it } from 'vitest';
import { parseShell } from '../../../src/state/sandbox-shell';

describe('the sandbox prompt', () => {
  it('reads telnet and nc with a port number or a service name', () => {
    expect(parseShell('telnet mx.ecole.example 25')).toEqual({
      kind: 'connect',
      host: 'mx.ecole.example',
      port: 25,
      tls: 'none',
    });
    expect(parseShell('nc mail.ecole.example pop3')).toMatchObject({ port: 110 });
    expect(parseShell('telnet mx.ecole.example 99999')).toEqual({
      kind: 'error',
      text: '99999: bad port number',
    });
    expect(parseShell('telnet')).toEqual({ kind: 'error', text: 'usage: telnet host port' });
  });

  it('reads openssl s_client -connect as implicit TLS', () => {
    expect(parseShell('openssl s_client -connect smtp.lycee.example:465')).toEqual({
      kind: 'connect',
      host: 'smtp.lycee.example',
      port: 465,
      tls: 'implicit',
    });
    expect(parseShell('openssl s_client')).toMatchObject({ kind: 'error' });
  });

  it('reads dig with its type anywhere, and mailq, log, wait', () => {
    expect(parseShell('dig MX ecole.example')).toEqual({
      kind: 'dig',
      name: 'ecole.example',
      type: 'MX',
    });
    expect(parseShell('dig @192.0.2.53 lycee.example txt')).toEqual({
      kind: 'dig',
      name: 'lycee.example',
      type: 'TXT',
    });
    expect(parseShell('dig mx.ecole.example')).toMatchObject({ type: 'A' });
    expect(parseShell('mailq')).toEqual({ kind: 'mailq', host: null });
    expect(parseShell('log status=deferred  bob')).toEqual({
      kind: 'log',
      words: 'status=deferred bob',
    });
    expect(parseShell('wait 300')).toEqual({ kind: 'wait', seconds: 300 });
    expect(parseShell('wait soon')).toMatchObject({ kind: 'error' });
  });

  it('says "command not found" as a shell does', () => {
    expect(parseShell('EHLO me')).toEqual({ kind: 'error', text: 'EHLO: command not found' });
    expect(parseShell('   ')).toEqual({ kind: 'empty' });
  });
});
