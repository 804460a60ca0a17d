import { describe, expect, it } from 'vitest';
import { SmtpClientSession } from '../../../../src/protocols/smtp/client/client-wire-adapter';
import { relay, submission } from './transcript';

function upToData(session: SmtpClientSession): void {
  session.start(0);
  session.receive('220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n');
  session.receive('250 mx1.b.example\r\n');
  session.receive('250 2.1.0 Ok\r\n');
  session.receive('250 2.1.5 Ok\r\n');
  session.receive('354 End data with <CR><LF>.<CR><LF>\r\n');
}

describe('SMTP client timeouts (Postfix smtp_*_timeout on the caller clock)', () => {
  it('waits 300 s for the greeting (smtp_helo_timeout), then gives up', () => {
    const session = new SmtpClientSession(relay());
    expect(session.start(1_000)).toEqual([]);
    expect(session.tick(300_999)).toEqual([]);
    const outputs = session.tick(301_000);
    expect(outputs.at(-1)).toEqual({ kind: 'close', reason: 'timeout' });
    expect(session.result).toMatchObject({
      status: 'deferred',
      failure: {
        step: 'greeting',
        kind: 'timeout',
        status: '4.4.2',
        reason:
          'conversation with mx1.b.example[203.0.113.10] timed out while receiving the initial server greeting',
      },
    });
  });

  it('waits 600 s after the final dot (smtp_data_done_timeout)', () => {
    const session = new SmtpClientSession(relay());
    upToData(session);
    expect(session.state).toBe('awaitingDataEnd');
    expect(session.tick(599_999)).toEqual([]);
    session.tick(600_000);
    expect(session.closed).toBe(true);
    expect(session.result?.failure?.reason).toBe(
      'conversation with mx1.b.example[203.0.113.10] timed out while sending end of data -- message may be sent more than once',
    );
  });

  it('waits 120 s for the 354 (smtp_data_init_timeout)', () => {
    const session = new SmtpClientSession(relay());
    session.start(0);
    session.receive('220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n');
    session.tick(10_000);
    session.receive('250 mx1.b.example\r\n');
    session.receive('250 2.1.0 Ok\r\n');
    session.receive('250 2.1.5 Ok\r\n');
    expect(session.state).toBe('awaitingData');
    expect(session.tick(129_999)).toEqual([]);
    session.tick(130_000);
    expect(session.result?.failure).toMatchObject({ step: 'DATA', kind: 'timeout' });
  });

  it('restarts the wait for each RCPT reply', () => {
    const session = new SmtpClientSession(
      relay({ envelope: { mailFrom: 'a@a.example', rcptTo: ['b@b.example', 'c@b.example'] } }),
    );
    session.start(0);
    session.receive('220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n');
    session.receive('250 mx1.b.example\r\n');
    session.receive('250 2.1.0 Ok\r\n');
    session.tick(200_000);
    session.receive('250 2.1.5 Ok\r\n');
    expect(session.tick(499_999)).toEqual([]);
    expect(session.closed).toBe(false);
    session.tick(500_000);
    expect(session.result?.failure).toMatchObject({ step: 'RCPT', kind: 'timeout' });
  });
});

describe('SMTP client reply waits, started on entering each waiting state', () => {
  it('keeps the AUTH wait running across a 334 challenge (smtp_helo_timeout for the exchange)', () => {
    const session = new SmtpClientSession(
      submission({
        tls: 'none',
        credentials: { username: 'alice@a.example', password: 's3cret', mechanism: 'LOGIN' },
      }),
    );
    session.start(0);
    session.receive('220 smtp.a.example ESMTP Postfix (Debian/GNU)\r\n');
    session.receive('250-smtp.a.example\r\n250 AUTH PLAIN LOGIN\r\n');
    expect(session.state).toBe('awaitingAuth');
    session.tick(200_000);
    session.receive('334 VXNlcm5hbWU6\r\n');
    expect(session.state).toBe('awaitingAuth');
    expect(session.tick(299_999)).toEqual([]);
    session.tick(300_000);
    expect(session.result?.failure).toMatchObject({ step: 'AUTH', kind: 'timeout' });
  });

  it('waits for the TLS handshake as long as for the STARTTLS reply (smtp_starttls_timeout)', () => {
    const session = new SmtpClientSession(relay());
    session.start(0);
    session.receive('220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n');
    session.receive('250-mx1.b.example\r\n250 STARTTLS\r\n');
    session.tick(50_000);
    expect(session.receive('220 2.0.0 Ready to start TLS\r\n')).toEqual([{ kind: 'tlsStart' }]);
    expect(session.tick(349_999)).toEqual([]);
    session.tick(350_000);
    expect(session.result?.failure).toMatchObject({ step: 'TLS', kind: 'timeout' });
  });
});

describe('SMTP client, the connection lost', () => {
  it('defers the mail when the server goes away in the middle (RFC 5321 §3.8)', () => {
    const session = new SmtpClientSession(relay());
    upToData(session);
    session.disconnect();
    expect(session.closed).toBe(true);
    expect(session.result).toMatchObject({
      status: 'deferred',
      failure: {
        kind: 'lostConnection',
        reason:
          'lost connection with mx1.b.example[203.0.113.10] while sending end of data -- message may be sent more than once',
      },
    });
  });

  it('keeps a delivery when the server goes away before answering QUIT', () => {
    const session = new SmtpClientSession(relay());
    upToData(session);
    session.receive('250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9\r\n');
    session.disconnect();
    expect(session.result).toMatchObject({ status: 'delivered', queueId: '4Xq2Lk1Z3nz9' });
    expect(session.result?.failure).toBeUndefined();
  });

  it('sends nothing more once closed', () => {
    const session = new SmtpClientSession(relay());
    session.start();
    session.receive('421 4.7.0 mx1.b.example Error: too many errors\r\n');
    expect(session.receive('220 again\r\n')).toEqual([]);
    expect(session.tick(10_000_000)).toEqual([]);
  });
});
