import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmtpClientSession } from '../../../../src/protocols/smtp/client/client-wire-adapter';
import { relay, submission } from './transcript';

const lines = (outputs: ReturnType<SmtpClientSession['receive']>) =>
  outputs.flatMap((output) => (output.kind === 'line' ? [output.text] : [output.kind]));

describe('SMTP client against a hostile or broken server', () => {
  it('drops what came in clear after the 220 to STARTTLS (CVE-2011-0411, client side)', () => {
    const session = new SmtpClientSession(submission());
    session.start();
    session.receive('220 smtp.a.example ESMTP Postfix (Debian/GNU)\r\n');
    session.receive('250-smtp.a.example\r\n250 STARTTLS\r\n');
    // An attacker in the path appends a forged EHLO reply to the 220 of STARTTLS.
    const injected = session.receive(
      '220 2.0.0 Ready to start TLS\r\n250-evil.example\r\n250 AUTH PLAIN\r\n',
    );
    expect(lines(injected)).toEqual(['tlsStart']);
    expect(lines(session.tlsEstablished())).toEqual(['EHLO pc-alice.a.example\r\n']);
    // Under TLS the real server does not offer AUTH: the forged list was not believed.
    expect(lines(session.receive('250-smtp.a.example\r\n250 8BITMIME\r\n'))).toEqual(['QUIT\r\n']);
    session.receive('221 2.0.0 Bye\r\n');
    expect(session.result?.failure?.key).toBe('smtpClient.failure.authNotOffered');
  });

  it('reads a reply split across chunks at any byte', () => {
    const wire =
      '220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n250-mx1.b.example\r\n250 8BITMIME\r\n';
    for (let cut = 1; cut < wire.length; cut += 1) {
      const session = new SmtpClientSession(relay());
      session.start();
      const sent = [
        ...lines(session.receive(new TextEncoder().encode(wire.slice(0, cut)))),
        ...lines(session.receive(new TextEncoder().encode(wire.slice(cut)))),
      ];
      expect(sent).toEqual(['EHLO smtp.a.example\r\n', 'MAIL FROM:<alice@a.example>\r\n']);
    }
  });

  it('acts on the code, not the text: an odd 250 text still moves on', () => {
    const session = new SmtpClientSession(relay());
    session.start();
    session.receive('220 hello\r\n');
    expect(lines(session.receive('250 whatever you say\r\n'))).toEqual([
      'MAIL FROM:<alice@a.example>\r\n',
    ]);
  });

  it('treats an unknown code by its first digit (RFC 5321 §4.2): 299 is a success', () => {
    const session = new SmtpClientSession(relay());
    session.start();
    expect(lines(session.receive('299 odd greeting\r\n'))).toEqual(['EHLO smtp.a.example\r\n']);
  });

  it('ends the session on a line that is not a reply', () => {
    const session = new SmtpClientSession(relay());
    session.start();
    const outputs = session.receive('+OK Dovecot (Debian) ready.\r\n');
    expect(outputs.at(-1)).toEqual({ kind: 'close', reason: 'error' });
    expect(session.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'greeting', kind: 'malformed' },
    });
  });

  it('never throws on arbitrary server bytes, and always ends with a result once closed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 64 }), replyLikeText()), { maxLength: 20 }),
        fc.boolean(),
        (chunks, implicit) => {
          const session = new SmtpClientSession(
            submission({ tls: implicit ? 'implicit' : 'starttls-if-offered', pipelining: true }),
          );
          const outputs = [...session.start()];
          for (const chunk of chunks) {
            outputs.push(...session.receive(chunk));
            if (outputs.some((output) => output.kind === 'tlsStart')) {
              outputs.push(...session.tlsEstablished());
            }
          }
          outputs.push(...session.tick(3_600_000));
          expect(session.closed).toBe(true);
          expect(session.result?.recipients).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Server-ish text: real codes with both separators, so the machine goes deep, not only garbage. */
function replyLikeText() {
  const code = fc.constantFrom(
    '220',
    '221',
    '235',
    '250',
    '334',
    '354',
    '421',
    '450',
    '500',
    '535',
    '554',
  );
  return fc
    .array(
      fc.tuple(
        code,
        fc.constantFrom(' ', '-'),
        fc.constantFrom('Ok', 'STARTTLS', 'AUTH PLAIN', 'PIPELINING', ''),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((parts) => parts.map(([c, sep, text]) => `${c}${sep}${text}\r\n`).join(''));
}
