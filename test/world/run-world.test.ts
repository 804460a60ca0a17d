import { describe, expect, it } from 'vitest';
import {
  classroomImapWorld,
  classroomPop3World,
  classroomTwoDevicesWorld,
} from '../../src/content/worlds/classroom-variants';
import { parseMessage } from '../../src/protocols/message/header';
import { runWorld, simulateWorld } from '../../src/world/run-world';
import { connectionTo, transcript, world } from './worlds';

describe('the classroom world: one mail from Alice to Bob', () => {
  const outcome = simulateWorld(world());
  const steps = outcome.timeline;

  it("looks up Alice's submission server, then submits on 587 with STARTTLS and AUTH", () => {
    expect(steps[0]).toMatchObject({
      kind: 'dns-query',
      from: 'alice-laptop',
      text: 'smtp.lycee.example. IN A ?',
    });
    const lines = transcript(steps, connectionTo(steps, 'smtp-lycee', 587));
    expect(lines.slice(0, 9)).toEqual([
      '-- connect',
      'S: 220 smtp.lycee.example ESMTP Postfix (Debian/GNU)',
      'C: EHLO laptop.lycee.example',
      'S: 250-smtp.lycee.example',
      'C: STARTTLS',
      'S: 220 2.0.0 Ready to start TLS',
      '-- tls',
      // RFC 3207 §4.2: after TLS the client starts over with EHLO.
      'C: EHLO laptop.lycee.example',
      'S: 250-smtp.lycee.example',
    ]);
    expect(lines).toContain('S: 235 2.7.0 Authentication successful');
    expect(lines.at(-2)).toBe('S: 221 2.0.0 Bye');
  });

  it('keeps the password off the clear wire: AUTH travels only inside TLS', () => {
    const auth = steps.find((step) => step.command?.verb === 'AUTH');
    expect(auth?.encrypted).toBe(true);
  });

  it('finds the MX of ecole.example in DNS, then relays on port 25 without AUTH', () => {
    const mxQuery = steps.find((step) => step.text === 'ecole.example. IN MX ?');
    expect(mxQuery).toMatchObject({ kind: 'dns-query', from: 'smtp-lycee', to: 'resolver' });
    const relay = transcript(steps, connectionTo(steps, 'mx-ecole', 25));
    expect(relay).toContain('C: MAIL FROM:<alice@lycee.example> SIZE=1014');
    expect(relay.some((line) => line.startsWith('C: AUTH'))).toBe(false);
  });

  it('delivers over LMTP to the mailbox server, one reply per recipient', () => {
    const lmtp = transcript(steps, connectionTo(steps, 'mail-ecole', 24));
    expect(lmtp[2]).toBe('C: LHLO mx.ecole.example');
    expect(lmtp.some((line) => /^S: 250 2\.0\.0 <bob@ecole\.example> \S+ Saved$/.test(line))).toBe(
      true,
    );
    expect(steps.some((step) => step.kind === 'deliver' && step.to === 'mail-ecole')).toBe(true);
  });

  it("lands in Bob's INBOX with Return-Path, Delivered-To and one Received per hop, newest first", () => {
    const [message] = outcome.mailbox('bob@ecole.example');
    const fields = parseMessage(message!.raw).fields.map(
      (field) => `${field.name}: ${field.value}`,
    );
    expect(fields[0]).toBe('Return-Path: <alice@lycee.example>');
    expect(fields[1]).toBe('Delivered-To: bob@ecole.example');
    const received = fields.filter((field) => field.startsWith('Received:'));
    expect(received).toHaveLength(3);
    expect(received[0]).toMatch(
      /^Received: from mx\.ecole\.example \(\[198\.51\.100\.25\]\)\s+by mail\.ecole\.example with LMTP/,
    );
    expect(received[1]).toMatch(
      /^Received: from smtp\.lycee\.example \(smtp\.lycee\.example \[192\.0\.2\.10\]\)\s+by mx\.ecole\.example \(Postfix\) with ESMTPS id \S+\s+for <bob@ecole\.example>;/,
    );
    expect(received[2]).toMatch(
      /^Received: from laptop\.lycee\.example \(laptop\.lycee\.example \[192\.0\.2\.50\]\)\s+by smtp\.lycee\.example \(Postfix\) with ESMTPSA id/,
    );
  });

  it("is fetched by Bob's IMAP client, which reads it (\\Seen)", () => {
    const imap = transcript(steps, connectionTo(steps, 'mail-ecole', 993));
    expect(imap).toContain('C: a4 UID FETCH 1 (FLAGS BODY[])');
    expect(outcome.mailbox('bob@ecole.example')[0]?.flags).toContain('\\Seen');
    expect(steps.at(-1)?.states['bob-laptop-mua:fetch']).toBe('upToDate');
  });

  it('records every actor state after each step', () => {
    const last = steps.at(-1)!;
    expect(last.states['alice-mua:send']).toBe('sent');
    expect(last.states['smtp-lycee:qmgr']).toBe('idle');
    const inRcpt = steps.find((step) => step.reply?.key === 'smtp.reply.rcptOk');
    expect(inRcpt?.states[`${inRcpt.conn}:server`]).toBe('inRcpt');
  });
});

describe('the reading variants', () => {
  it('POP3: the message is downloaded, DELEted and gone after QUIT', () => {
    const outcome = simulateWorld(world(classroomPop3World));
    const pop3 = transcript(outcome.timeline, connectionTo(outcome.timeline, 'mail-ecole', 995));
    expect(pop3).toEqual([
      '-- connect',
      '-- tls',
      'S: +OK Dovecot (Debian) ready.',
      'C: CAPA',
      'S: +OK',
      'C: USER bob@ecole.example',
      'S: +OK',
      'C: PASS bricoleur',
      'S: +OK Logged in.',
      'C: STAT',
      'S: +OK 1 1684',
      'C: UIDL',
      'S: +OK',
      'C: RETR 1',
      'S: +OK 1684 octets',
      'C: DELE 1',
      'S: +OK Marked to be deleted.',
      'C: QUIT',
      'S: +OK Logging out, messages deleted.',
      '-- close quit',
    ]);
    expect(outcome.mailbox('bob@ecole.example')).toEqual([]);
  });

  it('IMAP with STARTTLS on 143: CAPABILITY again after TLS, then LOGIN inside TLS', () => {
    const steps = runWorld(world(classroomImapWorld));
    const imap = transcript(steps, connectionTo(steps, 'mail-ecole', 143));
    expect(imap.slice(0, 8)).toEqual([
      '-- connect',
      'S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready.',
      'C: a1 STARTTLS',
      'S: a1 OK Begin TLS negotiation now.',
      '-- tls',
      'C: a2 CAPABILITY',
      'S: * CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN',
      'S: a2 OK Pre-login capabilities listed, post-login capabilities have more.',
    ]);
    expect(steps.find((step) => step.command?.verb === 'LOGIN')?.encrypted).toBe(true);
  });

  it('two devices: the phone sees the flag the laptop set, and only peeks', () => {
    const steps = runWorld(world(classroomTwoDevicesWorld));
    const phone = transcript(steps, connectionTo(steps, 'mail-ecole', 993, 1));
    expect(phone).toContain('S: * 1 FETCH (UID 1 FLAGS (\\Seen))');
    expect(phone).toContain('C: a4 UID FETCH 1 (FLAGS BODY.PEEK[])');
  });
});

describe('network faults in the world', () => {
  it("a closed port: Alice's client is refused at once and shows an error", () => {
    const steps = runWorld(world(undefined, (w) => (w.clients[0]!.submit!.port = 2525)));
    expect(steps.find((step) => step.kind === 'close')).toMatchObject({
      closeReason: 'refused',
      text: 'connect to smtp.lycee.example[192.0.2.10]:2525: Connection refused',
    });
    expect(steps.at(-1)?.states['alice-mua:send']).toBe('failed');
  });

  it('a filtered port: the connection times out on the simulated clock (B21)', () => {
    const steps = runWorld(
      world(undefined, (w) =>
        w.network.firewall.push({
          from: 'alice-laptop',
          to: 'smtp-lycee',
          port: 587,
          action: 'drop',
        }),
      ),
    );
    const close = steps.find((step) => step.kind === 'close');
    expect(close).toMatchObject({ closeReason: 'timeout' });
    expect(close!.time - steps.find((step) => step.kind === 'connect')!.time).toBe(30_000);
  });

  it('an unreachable MX: the relay times out and the message waits in the queue as deferred', () => {
    const steps = runWorld(
      world(undefined, (w) => w.network.unreachable.push('mx-ecole')),
      {
        limitMs: 3_600_000,
      },
    );
    const status = steps.find((step) => step.kind === 'queue' && step.text.includes('status='));
    expect(status?.text).toMatch(
      /to=<bob@ecole\.example>, relay=none, dsn=4\.4\.1, status=deferred \(connect to mx\.ecole\.example\[198\.51\.100\.25\]:25: Connection timed out\)$/,
    );
    expect(steps.at(-1)?.states['smtp-lycee:qmgr']).toBe('deferred');
  });
});

describe('determinism', () => {
  it.each([
    ['classroom', world()],
    ['classroom-pop3', world(classroomPop3World)],
    ['classroom-imap', world(classroomImapWorld)],
    ['classroom-two-devices', world(classroomTwoDevicesWorld)],
  ])('%s gives the same timeline twice, byte for byte', (_, config) => {
    expect(JSON.stringify(runWorld(config))).toBe(JSON.stringify(runWorld(config)));
  });
});
