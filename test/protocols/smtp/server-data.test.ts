import { describe, expect, it } from 'vitest';
import type { TransactionRecord } from '../../../src/protocols/smtp/server-config';
import { createSmtpServerSession } from '../../../src/protocols/smtp/wire-adapter';
import { expected, replay, testConfig } from './transcript';

function check(fixture: string, config = testConfig()) {
  expect(replay(fixture, config)).toBe(expected(fixture));
}

const START = `
  S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
  C: HELO c.a.example
  C: MAIL FROM:<alice@a.example>
  C: RCPT TO:<bob@example.test>
  C: DATA
  S: 250 mail.example.test
  S: 250 2.1.0 Ok
  S: 250 2.1.5 Ok
  S: 354 End data with <CR><LF>.<CR><LF>`;

/** A session that records what it queued. */
function recording(overrides = {}) {
  const records: TransactionRecord[] = [];
  const config = testConfig({
    queue: (record) => {
      records.push(record);
      return { queueId: `4Xq2Lk1Z3nz${records.length}` };
    },
    ...overrides,
  });
  return { records, config };
}

describe('SMTP server: DATA (RFC 5321 §4.1.1.4, §4.5.2)', () => {
  it('queues the message and hands the caller the transaction record', () => {
    const { records, config } = recording();
    check(
      `${START}
      C: Subject: hi
      C:
      C: ..signature
      C: .
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz1`,
      config,
    );
    expect(records).toEqual([
      {
        mailFrom: 'alice@a.example',
        mailParameters: {},
        recipients: ['bob@example.test'],
        content: 'Subject: hi\r\n\r\n.signature\r\n',
        octets: 27,
        helo: 'c.a.example',
        peerIp: '198.51.100.7',
        tls: false,
        authenticatedUser: null,
        withProtocol: 'SMTP',
      },
    ]);
  });

  it('counts the size in octets with CRLF and without stuffing dots', () => {
    const session = createSmtpServerSession(testConfig());
    session.open();
    session.receive('EHLO c\r\nMAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n');
    const outputs = session.receive('é\r\n..\r\n.\r\n');
    expect(outputs[0]).toEqual({ kind: 'data', octets: 7, text: 'é\r\n.\r\n' });
  });

  it('B04: answers 552 message file too big at the end of DATA', () => {
    check(
      `${START}
      C: ${'x'.repeat(20)}
      C: ${'y'.repeat(20)}
      C: .
      S: 552 5.3.4 Error: message file too big
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok`,
      testConfig({ messageSizeLimit: 30 }),
    );
  });

  it('B30: answers 554 too many hops past the hop count limit', () => {
    const received = Array.from({ length: 3 }, (_, index) => `C: Received: from h${index}`).join(
      '\n',
    );
    check(
      `${START}
      ${received}
      C:
      C: body
      C: .
      S: 554 5.4.0 Error: too many hops`,
      testConfig({ hopCountLimit: 2 }),
    );
  });

  it('B28: 3.7.11 default (no) ends DATA at <LF>.<LF>: the smuggling flaw', () => {
    check(`${START}
      C: Subject: one
      C: <LF>
      C: body<LF>
      C: .<LF>
      C: MAIL FROM:<eve@a.example>
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9
      S: 250 2.1.0 Ok`);
  });

  it('B28: normalize accepts bare LF in lines but ends DATA only at <CRLF>.<CRLF>', () => {
    check(
      `${START}
      C: Subject: one
      C: <LF>
      C: body<LF>
      C: .<LF>
      C: MAIL FROM:<eve@a.example>
      C: .
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9`,
      testConfig({ bareNewline: 'normalize' }),
    );
  });

  it('B28: reject answers 550 bare <LF> received after the terminator, and the session goes on', () => {
    check(
      `${START}
      C: Subject: one<LF>
      C:
      C: .
      C: NOOP
      S: 550 5.5.2 mail.example.test Error: bare <LF> received
      S: 250 2.0.0 Ok`,
      testConfig({ bareNewline: 'reject' }),
    );
  });

  it('B28: reject answers 550 to a command line ending in bare LF, then closes', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example<LF>
      S: 550 5.5.2 mail.example.test Error: bare <LF> received
      -- close policy`,
      testConfig({ bareNewline: 'reject' }),
    );
  });

  it('B29: a missing end-of-data dot ends in 421 timeout exceeded, and nothing is queued', () => {
    const { records, config } = recording();
    check(
      `${START}
      C: Subject: hi
      C:
      C: body
      >> tick 299999
      >> tick 300000
      S: 421 4.4.2 mail.example.test Error: timeout exceeded
      -- close timeout`,
      config,
    );
    expect(records).toEqual([]);
  });

  it('times out an idle session after smtpd_timeout', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      >> tick 100000
      C: NOOP
      S: 250 2.0.0 Ok
      >> tick 399999
      >> tick 400000
      S: 421 4.4.2 mail.example.test Error: timeout exceeded
      -- close timeout`);
  });

  it('drops the open transaction when the client disconnects', () => {
    const { records, config } = recording();
    const session = createSmtpServerSession(config);
    session.open();
    session.receive(
      'HELO c\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\nhi\r\n',
    );
    session.disconnect();
    expect(session.closed).toBe(true);
    expect(session.receive('.\r\n')).toEqual([]);
    expect(records).toEqual([]);
  });

  it('passes a refusal from the queue hook to the client', () => {
    check(
      `${START}
      C: hi
      C: .
      S: 451 4.3.0 Error: queue file write error`,
      testConfig({
        queue: () => ({
          reply: {
            name: 'queueWriteError',
            code: 451,
            enhanced: '4.3.0',
            lines: ['Error: queue file write error'],
            key: 'smtp.reply.queueWriteError',
          },
        }),
      }),
    );
  });
});

describe('SMTP server: BDAT (RFC 3030)', () => {
  it('takes chunks of exact octets, one 250 each, and queues at LAST', () => {
    const { records, config } = recording();
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO c.a.example
      C: MAIL FROM:<a@a.example>
      C: RCPT TO:<bob@example.test>
      C: BDAT 7
      C: Hi
      C: .
      C: BDAT 4 LAST
      C: é
      C: DATA
      S: 250-mail.example.test
      S: 250-PIPELINING
      S: 250-SIZE 10240000
      S: 250-VRFY
      S: 250-ETRN
      S: 250-STARTTLS
      S: 250-ENHANCEDSTATUSCODES
      S: 250-8BITMIME
      S: 250-DSN
      S: 250-SMTPUTF8
      S: 250 CHUNKING
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 250 2.0.0 Ok: 7 bytes
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz1
      S: 503 5.5.1 Error: need RCPT command`,
      config,
    );
    expect(records[0]?.content).toBe('Hi\r\n.\r\né\r\n');
    expect(records[0]?.octets).toBe(11);
    expect(records[0]?.withProtocol).toBe('ESMTP');
  });

  it('counts chunks in octets, even when a UTF-8 character straddles two chunks', () => {
    const { records, config } = recording();
    const session = createSmtpServerSession(config);
    session.open();
    session.receive(
      'EHLO c.a.example\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@example.test>\r\n',
    );
    const e = new TextEncoder().encode('é\r\n');
    const wire = new Uint8Array([
      ...new TextEncoder().encode('BDAT 1\r\n'),
      ...e.subarray(0, 1),
      ...new TextEncoder().encode('BDAT 3 LAST\r\n'),
      ...e.subarray(1),
    ]);
    const replies = session.receive(wire).filter((output) => output.kind === 'line');
    expect(replies.map((output) => output.text)).toEqual([
      '250 2.0.0 Ok: 1 bytes\r\n',
      '250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz1\r\n',
    ]);
    expect(records[0]?.content).toBe('é\r\n');
    expect(records[0]?.octets).toBe(4);
  });

  it('answers MAIL, RCPT and DATA after BDAT with their 503 texts', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: BDAT 0
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: DATA
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 250 2.0.0 Ok: 0 bytes
      S: 503 5.5.1 Error: MAIL after BDAT
      S: 503 5.5.1 Error: RCPT after BDAT
      S: 503 5.5.1 Error: DATA after BDAT`);
  });

  it('answers BDAT before RCPT with 503 need RCPT command', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: BDAT 0 LAST
      C: BDAT x
      S: 250 mail.example.test
      S: 503 5.5.1 Error: need RCPT command
      S: 501 5.5.4 Syntax: BDAT count [LAST]`);
  });
});

describe('SMTP server: command line length (line_length_limit)', () => {
  it('reads the first 2048 octets of a long line and skips the rest', () => {
    const session = createSmtpServerSession(testConfig());
    session.open();
    const outputs = session.receive(`NOOP ${'x'.repeat(10 * 1024 * 1024)}\r\nQUIT\r\n`);
    expect(outputs.filter((output) => output.kind === 'line').map((output) => output.text)).toEqual(
      ['250 2.0.0 Ok\r\n', '221 2.0.0 Bye\r\n'],
    );
    const command = outputs[0];
    expect(command?.kind === 'command' && command.text.length).toBe(2048);
  });
});
