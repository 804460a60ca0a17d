import { describe, expect, it } from 'vitest';
import { LiveWorld } from '../../src/world/live-world';
import { runWorld } from '../../src/world/run-world';
import { searchLog } from '../../src/world/tools/log-search';
import { world } from './worlds';

/** A log line without its syslog time, host and pid, for shape comparisons. */
const shape = (line: string) =>
  line
    .replace(/^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ /, '')
    .replace(/\[\d+\]:/, '[pid]:')
    .replace(/\b\w{15}:/g, 'QID:')
    .replace(/queued as \w{15}/, 'queued as QID')
    .replace(/delay=[\d.]+/, 'delay=D');

describe('mail log (Postfix and Dovecot lines)', () => {
  const steps = runWorld(world());

  it('logs a normal delivery at the MX as Postfix does', () => {
    expect(searchLog(steps, { host: 'mx-ecole' }).map((step) => shape(step.text))).toEqual([
      'postfix/smtpd[pid]: connect from smtp.lycee.example[192.0.2.10]',
      'postfix/smtpd[pid]: QID: client=smtp.lycee.example[192.0.2.10]',
      'postfix/cleanup[pid]: QID: message-id=<b7d48faa-cffb-f933@lycee.example>',
      'postfix/qmgr[pid]: QID: from=<alice@lycee.example>, size=1403, nrcpt=1 (queue active)',
      'postfix/smtpd[pid]: disconnect from smtp.lycee.example[192.0.2.10] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7',
      'postfix/lmtp[pid]: QID: to=<bob@ecole.example>, relay=mail.ecole.example[198.51.100.26]:24, delay=D, dsn=2.0.0, status=sent (250 2.0.0 <bob@ecole.example> u4x82cg8m44U/UlHxLJRMg Saved)',
      'postfix/qmgr[pid]: QID: removed',
    ]);
  });

  it('logs the relay at the submission server with the SASL user', () => {
    const lines = searchLog(steps, { host: 'smtp-lycee' }).map((step) => shape(step.text));
    expect(lines).toContain(
      'postfix/submission/smtpd[pid]: QID: client=laptop.lycee.example[192.0.2.50], sasl_username=alice@lycee.example',
    );
    expect(lines).toContain(
      'postfix/smtp[pid]: QID: to=<bob@ecole.example>, relay=mx.ecole.example[198.51.100.25]:25, delay=D, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as QID)',
    );
  });

  it('logs Dovecot LMTP delivery and the IMAP login on the mailbox server', () => {
    expect(searchLog(steps, { host: 'mail-ecole' }).map((step) => step.text)).toEqual([
      expect.stringMatching(
        /^Mar {2}2 09:00:00 mail dovecot: lmtp\(\d+\): Connect from 198\.51\.100\.25$/,
      ),
      expect.stringMatching(
        /^Mar {2}2 09:00:00 mail dovecot: lmtp\(bob@ecole\.example\)<\d+>: msgid=<b7d48faa-cffb-f933@lycee\.example>: saved mail to INBOX$/,
      ),
      expect.stringMatching(
        /^Mar {2}2 09:01:01 mail dovecot: imap-login: Login: user=<bob@ecole\.example>, method=PLAIN, rip=198\.51\.100\.80, lip=198\.51\.100\.26, mpid=\d+, TLS$/,
      ),
    ]);
  });

  it('logs a rejected recipient as NOQUEUE: reject: RCPT from …', () => {
    const rejected = runWorld(world(undefined, (w) => (w.sends[0]!.to = ['bbo@ecole.example'])));
    expect(searchLog(rejected, { text: 'NOQUEUE' }).map((step) => shape(step.text))).toEqual([
      'postfix/smtpd[pid]: NOQUEUE: reject: RCPT from smtp.lycee.example[192.0.2.10]: 550 5.1.1 <bbo@ecole.example>: Recipient address rejected: User unknown in local recipient table; from=<alice@lycee.example> to=<bbo@ecole.example> proto=ESMTP helo=<smtp.lycee.example>',
    ]);
    expect(searchLog(rejected, { text: 'disconnect', host: 'mx-ecole' })[0]?.text).toMatch(
      / ehlo=2 starttls=1 mail=1 rcpt=0\/1 data=0\/1 quit=1 commands=5\/7$/,
    );
  });

  it('gives the same pids on every run of the same world', () => {
    const pids = (timeline: typeof steps) =>
      searchLog(timeline).map((step) => /\[(\d+)\]/.exec(step.text)?.[1]);
    expect(pids(runWorld(world()))).toEqual(pids(steps));
  });

  it('finds every line about one queue id', () => {
    const queueId = /(\w{15}): removed/.exec(
      searchLog(steps, { host: 'smtp-lycee', text: 'removed' })[0]!.text,
    )![1]!;
    expect(searchLog(steps, { queueId }).length).toBeGreaterThanOrEqual(5);
    expect(searchLog(steps, { queueId }).every((step) => step.text.includes(queueId))).toBe(true);
  });

  it('answers dig questions from the world zone, the DKIM key included', () => {
    const live = new LiveWorld(world());
    expect(live.dig('sel1._domainkey.lycee.example', 'TXT')).toMatch(
      /sel1\._domainkey\.lycee\.example\.\t300\tIN\tTXT\t"v=DKIM1; k=ed25519; p=[A-Za-z0-9+/]{43}="/,
    );
  });
});
