import { describe, expect, it } from 'vitest';
import { reply } from '../../../src/protocols/smtp/replies';
import { expected, replay, testConfig } from './transcript';

function check(fixture: string, config = testConfig()) {
  expect(replay(fixture, config)).toBe(expected(fixture));
}

const OPEN = `
  S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
  C: EHLO client.a.example`;
const EHLO_REPLIES = `
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
  S: 250 CHUNKING`;

describe('SMTP server: policies (protocol-reference §8)', () => {
  it('B01: refuses to relay for an unknown client with 554, or 454 under defer', () => {
    const fixture = (code: string) => `${OPEN}
      C: MAIL FROM:<alice@example.test>
      C: RCPT TO:<bob@other.example>
      ${EHLO_REPLIES}
      S: 250 2.1.0 Ok
      S: ${code} <bob@other.example>: Relay access denied`;
    check(fixture('554 5.7.1'));
    check(fixture('454 4.7.1'), testConfig({ relay: 'defer' }));
  });

  it('B01: relays for a trusted client (mynetworks)', () => {
    check(
      `${OPEN}
      C: MAIL FROM:<alice@example.test>
      C: RCPT TO:<bob@other.example>
      ${EHLO_REPLIES}
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok`,
      testConfig({ client: { ip: '127.0.0.1', reverseName: 'localhost', trusted: true } }),
    );
  });

  it('B02: refuses an unknown local user, and always accepts Postmaster (RFC 5321 §4.5.1)', () => {
    check(`${OPEN}
      C: MAIL FROM:<>
      C: RCPT TO:<bbo@example.test>
      C: RCPT TO:<Postmaster>
      C: RCPT TO:<postmaster@example.test>
      ${EHLO_REPLIES}
      S: 250 2.1.0 Ok
      S: 550 5.1.1 <bbo@example.test>: Recipient address rejected: User unknown in local recipient table
      S: 250 2.1.5 Ok
      S: 250 2.1.5 Ok`);
  });

  it('B04: refuses a declared SIZE above the limit at MAIL', () => {
    check(
      `${OPEN}
      C: MAIL FROM:<alice@example.test> SIZE=5242880
      C: MAIL FROM:<alice@example.test> SIZE=100
      S: 250-mail.example.test
      S: 250-PIPELINING
      S: 250-SIZE 10240
      S: 250-VRFY
      S: 250-ETRN
      S: 250-STARTTLS
      S: 250-ENHANCEDSTATUSCODES
      S: 250-8BITMIME
      S: 250-DSN
      S: 250-SMTPUTF8
      S: 250 CHUNKING
      S: 552 5.3.4 Message size exceeds fixed limit
      S: 250 2.1.0 Ok`,
      testConfig({ messageSizeLimit: 10240 }),
    );
  });

  it('B15: rejects a client without reverse DNS at RCPT (delayed rejection)', () => {
    check(
      `${OPEN}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      ${EHLO_REPLIES}
      S: 250 2.1.0 Ok
      S: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.7]`,
      testConfig({
        rejectUnknownReverseClient: true,
        client: { ip: '198.51.100.7', reverseName: null, trusted: false },
      }),
    );
  });

  it('B14: rejects a DNSBL-listed client at RCPT, not at the greeting', () => {
    check(
      `${OPEN}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      ${EHLO_REPLIES}
      S: 250 2.1.0 Ok
      S: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7`,
      testConfig({
        rejectDnsblListed: true,
        client: {
          ip: '198.51.100.7',
          reverseName: 'client.a.example',
          trusted: false,
          dnsblListing: {
            zone: 'zen.spamhaus.org',
            text: 'https://www.spamhaus.org/query/ip/198.51.100.7',
          },
        },
      }),
    );
  });

  it('rejects a HELO name that is not fully qualified at RCPT', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO pc-alice
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 504 5.5.2 <pc-alice>: Helo command rejected: need fully-qualified hostname`,
      testConfig({ rejectNonFqdnHelo: true }),
    );
  });

  it('B18: on submission, refuses RCPT from an unauthenticated client with Access denied', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      C: MAIL FROM:<alice@example.test>
      C: RCPT TO:<bob@b.example>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 554 5.7.1 <bob@b.example>: Recipient address rejected: Access denied`,
      testConfig({ submission: true, authEnabled: true }),
    );
  });

  it('B26: answers 452 past the recipient limit and keeps the accepted ones', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: RCPT TO:<alice@example.test>
      C: RCPT TO:<postmaster@example.test>
      C: DATA
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 250 2.1.5 Ok
      S: 452 4.5.3 Error: too many recipients
      S: 354 End data with <CR><LF>.<CR><LF>`,
      testConfig({ recipientLimit: 2 }),
    );
  });

  it('rejects unknown and null-MX sender and recipient domains from the caller facts', () => {
    const facts = (domain: string) =>
      domain === 'nx.example' ? 'notFound' : domain === 'nomail.example' ? 'nullMx' : 'ok';
    const config = testConfig({
      domainFacts: facts,
      client: { ip: '127.0.0.1', reverseName: 'localhost', trusted: true },
    });
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<a@nx.example>
      C: RCPT TO:<bob@example.test>
      C: RSET
      C: MAIL FROM:<a@nomail.example>
      C: RCPT TO:<bob@example.test>
      C: RSET
      C: MAIL FROM:<a@ok.example>
      C: RCPT TO:<b@nx.example>
      C: RCPT TO:<b@nomail.example>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 450 4.1.8 <a@nx.example>: Sender address rejected: Domain not found
      S: 250 2.0.0 Ok
      S: 250 2.1.0 Ok
      S: 550 5.7.27 <a@nomail.example>: Sender address rejected: Domain nomail.example does not accept mail (nullMX)
      S: 250 2.0.0 Ok
      S: 250 2.1.0 Ok
      S: 450 4.1.2 <b@nx.example>: Recipient address rejected: Domain not found
      S: 556 5.1.10 <b@nomail.example>: Recipient address rejected: Domain nomail.example does not accept mail (nullMX)`,
      config,
    );
  });

  it('B10: passes on the reply of a greylisting hook at RCPT', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 450 4.7.1 <bob@example.test>: Recipient address rejected: Greylisted, see http://postgrey.example/help/example.test.html`,
      testConfig({
        recipientHook: ({ recipient }) =>
          reply('greylisted', { address: recipient, domain: 'example.test' }),
      }),
    );
  });

  it('answers 555 to an unknown MAIL parameter and 553 to a unicode address without SMTPUTF8', () => {
    check(`${OPEN}
      C: MAIL FROM:<a@x.example> FOO=1
      C: MAIL FROM:<élodie@exemple.fr>
      C: MAIL FROM:<élodie@exemple.fr> SMTPUTF8 BODY=8BITMIME
      ${EHLO_REPLIES}
      S: 555 5.5.4 Unsupported option: FOO=1
      S: 553 5.6.7 Must declare SMTPUTF8 to send unicode address
      S: 250 2.1.0 Ok`);
  });

  it('B24: answers the syntax errors with Postfix texts and stays in the same state', () => {
    check(`${OPEN}
      C: MAIL alice@a.example
      C: MAIL FROM:<alice@@a.example>
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@@b.example>
      C: RCPT bob
      C: RCPT TO:<bob@example.test> NOTIFY=SOMETIMES
      C: RCPT TO:<bob@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.test
      ${EHLO_REPLIES}
      S: 501 5.5.4 Syntax: MAIL FROM:<address>
      S: 501 5.1.7 Bad sender address syntax
      S: 250 2.1.0 Ok
      S: 501 5.1.3 Bad recipient address syntax
      S: 501 5.5.4 Syntax: RCPT TO:<address>
      S: 501 5.5.4 Error: Bad NOTIFY parameter syntax
      S: 250 2.1.5 Ok`);
  });

  it('accepts a space after the colon and a missing <> only with Postfix leniency', () => {
    const fixture = (first: string, second: string) => `${OPEN}
      C: MAIL FROM: <alice@a.example>
      C: MAIL FROM:alice@a.example
      ${EHLO_REPLIES}
      S: ${first}
      S: ${second}`;
    check(fixture('250 2.1.0 Ok', '503 5.5.1 Error: nested MAIL command'));
    check(
      fixture('501 5.5.4 Syntax: MAIL FROM:<address>', '501 5.1.7 Bad sender address syntax'),
      testConfig({ parser: { lenientEnvelopes: false, strictRfc: false } }),
    );
  });
});
