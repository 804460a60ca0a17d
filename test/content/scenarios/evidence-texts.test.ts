import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../src/content/scenarios/catalogue';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { patchedWorld } from '../../../src/world/scenario-check';
import { matchAll } from '../../../src/world/timeline/query';
import { runWorld } from '../../../src/world/run-world';

/**
 * What each piece of evidence reads, as protocol-reference.md §8 gives it (Postfix 3.7.11,
 * Dovecot 2.3.19): the reply, or the part of the log line that a technician searches for.
 * The classroom world's names and addresses replace the reference's examples.
 */
const EXPECTED: Record<string, string[]> = {
  'wrong-password': ['535 5.7.8 Error: authentication failed: (reason unavailable)', 'AUTH PLAIN '],
  'auth-before-starttls': ['250-STARTTLS', 'QUIT'],
  'no-auth-submission': [
    '554 5.7.1 <bob@ecole.example>: Recipient address rejected: Access denied',
  ],
  'open-relay-attempt': ['250 2.1.5 Ok', 'to=<alice@lycee.example>, relay=smtp.lycee.example'],
  'port-25-blocked': ['connect to smtp.lycee.example[192.0.2.10]:25: Connection timed out'],
  'tls-port-mismatch-plain': [
    'connect to smtp.lycee.example[192.0.2.10]:465',
    'client closes the connection',
  ],
  'tls-port-mismatch': ['wrong version number'],
  'message-too-big': ['dsn=5.3.4, status=bounced (message size'],
  'too-many-recipients': ['452 4.5.3 Error: too many recipients'],
  'sender-not-owned': [
    '553 5.7.1 <direction@lycee.example>: Sender address rejected: not owned by user',
  ],
  'unknown-domain': [
    'ecole.exmaple. IN MX ?',
    'dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=ecole.exmaple type=A: Host not found)',
  ],
  'no-mx-web-host': [
    'NOERROR, no record of that type (NODATA)',
    'ecole.example.\t\t300\tIN\tA\t198.51.100.90',
    'status=deferred (connect to ecole.example[198.51.100.90]:25: Connection refused)',
  ],
  'mx-down': [
    'connect to mx.ecole.example[198.51.100.25]:25: Connection timed out',
    'dsn=4.4.1, status=deferred (connect to mx.ecole.example[198.51.100.25]:25: Connection timed out)',
  ],
  'unknown-user': [
    '550 5.1.1 <bbo@ecole.example>: Recipient address rejected: User unknown in local recipient table',
    'status=bounced (host mx.ecole.example[198.51.100.25] said: 550 5.1.1 <bbo@ecole.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
  ],
  'imap-over-quota': [
    'a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
    '250 2.0.0 Ok: queued as',
  ],
  'mailbox-full': [
    '552 5.2.2 <bob@ecole.example> Quota exceeded (mailbox for user is full)',
    'dsn=5.2.2, status=bounced',
  ],
  greylisting: [
    '450 4.7.1 <bob@ecole.example>: Recipient address rejected: Greylisted, see http://postgrey.example/help/ecole.example.html',
    'from=<alice@lycee.example>, status=expired, returned to sender',
  ],
  'spf-fail': [
    'lycee.example.\t\t300\tIN\tTXT\t"v=spf1 ip4:192.0.2.11 -all"',
    '550 5.7.23 <bob@ecole.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://spf-help.example/Why?s=mfrom;id=alice@lycee.example;ip=192.0.2.10;r=<UNKNOWN>',
  ],
  'dmarc-reject': [
    '_dmarc.lycee.example.\t300\tIN\tTXT\t"v=DMARC1; p=reject"',
    '250 2.0.0 Ok: queued as',
    'dmarc=fail (p=reject dis=reject) header.from=lycee.example',
  ],
  'blocklisted-ip': [
    '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using dnsbl.example',
  ],
  'no-reverse-dns': [
    '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]',
  ],
  'bad-helo': ['504 5.5.2 <smtp>: Helo command rejected: need fully-qualified hostname'],
  'null-mx': [
    'ecole.example.\t\t300\tIN\tMX\t0 .',
    'status=bounced (Domain ecole.example does not accept mail (nullMX))',
  ],
  'mail-loop': [
    'ecole.example.\t\t300\tIN\tMX\t10 smtp.lycee.example.',
    'dsn=5.4.6, status=bounced (mail for ecole.example loops back to myself)',
  ],
  'missing-dot': [
    '354 End data with <CR><LF>.<CR><LF>',
    '421 4.4.2 smtp.lycee.example Error: timeout exceeded',
  ],
  'pop3-wrong-password': ['-ERR [AUTH] Authentication failed.'],
  'pop3-cleartext-refused': [
    '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
  ],
  'pop3-no-quit': ['+OK Marked to be deleted.', 'client closes the connection'],
  'imap-no-such-folder': ["a2 NO Mailbox doesn't exist: Archives"],
  'imap-no-expunge': ['FLAGS (\\Deleted \\Seen))'],
};

describe('the evidence of each broken world reads as the real servers write it', () => {
  it('has an expectation for every shipped scenario', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
    const timeline = runWorld(patchedWorld(classroomWorld, scenario.broken));
    const texts = scenario.evidence.map((e) => matchAll(timeline, e.query)[0]?.text ?? '');
    const expected = EXPECTED[id] ?? [];
    expect(texts).toHaveLength(expected.length);
    texts.forEach((text, i) => expect(text).toContain(expected[i]));
  });

  it('auth-before-starttls: without TLS the EHLO reply offers STARTTLS but no AUTH', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'auth-before-starttls');
    if (scenario === undefined) throw new Error('no auth-before-starttls scenario');
    const timeline = runWorld(patchedWorld(classroomWorld, scenario.broken));
    const [ehlo] = matchAll(timeline, scenario.evidence[0]?.query ?? {});
    expect(ehlo?.text.split('\n')).toContain('250-STARTTLS');
    expect(ehlo?.text).not.toContain('AUTH');
  });
});
