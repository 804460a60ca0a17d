import { describe, expect, it } from 'vitest';
import { classroomWorld } from '../../src/content/worlds/classroom';
import { LiveWorld } from '../../src/world/live-world';
import { world } from './worlds';

/** A world with nothing scheduled: only what the test types happens. */
function quietWorld(): LiveWorld {
  return new LiveWorld(world({ ...classroomWorld, sends: [] }));
}

describe('LiveWorld: a person types on a connection (the sandbox API)', () => {
  it('sends a mail by hand to the MX, which delivers it to Bob over LMTP', () => {
    const live = quietWorld();
    const terminal = live.connect({ from: 'eve-host', to: 'mx.ecole.example', port: 25 });
    live.settle();
    expect(terminal.peer.received).toEqual(['220 mx.ecole.example ESMTP Postfix (Debian/GNU)\r\n']);
    for (const line of [
      'HELO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
      'Subject: hello\r\n\r\nHi Bob.\r\n.',
      'QUIT',
    ]) {
      terminal.send(`${line}\r\n`);
      live.settle();
    }
    expect(terminal.peer.received.slice(1, 6)).toEqual([
      '250 mx.ecole.example\r\n',
      '250 2.1.0 Ok\r\n',
      '250 2.1.5 Ok\r\n',
      '354 End data with <CR><LF>.<CR><LF>\r\n',
      expect.stringMatching(/^250 2\.0\.0 Ok: queued as \w+\r\n$/),
    ]);
    expect(terminal.open).toBe(false);
    expect(live.timeline.some((s) => s.kind === 'deliver' && s.to === 'mail-ecole')).toBe(true);
    expect(live.mailbox('bob@ecole.example').length).toBe(1);
  });

  it('follows STARTTLS: the handshake happens and later lines are encrypted', () => {
    const live = quietWorld();
    const terminal = live.connect({ from: 'alice-laptop', to: 'smtp-lycee', port: 587 });
    live.settle();
    terminal.send('EHLO laptop.lycee.example\r\n');
    live.settle();
    terminal.send('STARTTLS\r\n');
    live.settle();
    terminal.send('EHLO laptop.lycee.example\r\n');
    live.settle();
    const steps = live.timeline.filter((s) => s.conn === terminal.conn);
    expect(steps.map((s) => s.kind)).toContain('tls');
    expect(steps.at(-1)).toMatchObject({ kind: 'reply', encrypted: true });
    expect(steps.at(-1)?.text).toContain('250-AUTH PLAIN LOGIN');
  });

  it('a filtered port gives a timeout on the simulated clock, not at once', () => {
    const live = new LiveWorld(
      world({ ...classroomWorld, sends: [] }, (w) =>
        w.network.firewall.push({ to: 'mx-ecole', port: 25, action: 'drop' }),
      ),
    );
    const terminal = live.connect({ from: 'eve-host', to: 'mx-ecole', port: 25 });
    live.settle(10_000);
    expect(terminal.peer.failure).toBeNull();
    live.wait(30_000);
    expect(terminal.peer.failure).toBe('timeout');
  });

  it('the server times out an idle terminal only when time is let pass', () => {
    const live = quietWorld();
    const terminal = live.connect({ from: 'eve-host', to: 'mx-ecole', port: 25 });
    live.settle();
    expect(terminal.open).toBe(true);
    live.wait(400_000);
    expect(terminal.peer.received.at(-1)).toBe(
      '421 4.4.2 mx.ecole.example Error: timeout exceeded\r\n',
    );
    expect(terminal.open).toBe(false);
  });
});

describe('LiveWorld: IMAP IDLE', () => {
  it('tells an idling client of a new delivery (RFC 2177) as soon as the mail is saved', () => {
    const live = quietWorld();
    const bob = live.connect({ from: 'bob-laptop', to: 'mail-ecole', port: 993, tls: 'implicit' });
    live.settle();
    for (const line of ['a1 LOGIN bob@ecole.example bricoleur', 'a2 SELECT INBOX', 'a3 IDLE']) {
      bob.send(`${line}\r\n`);
      live.settle();
    }
    expect(bob.peer.received.at(-1)).toBe('+ idling\r\n');
    const eve = live.connect({ from: 'eve-host', to: 'mx-ecole', port: 25 });
    live.settle();
    for (const line of [
      'HELO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
      'Subject: hi\r\n\r\nHi.\r\n.',
    ]) {
      eve.send(`${line}\r\n`);
      live.settle();
    }
    expect(bob.peer.received.join('')).toContain('* 1 EXISTS\r\n');
    const pushed = live.timeline.find((s) => s.conn === bob.conn && s.text === '* 1 EXISTS');
    expect(pushed).toMatchObject({ kind: 'reply', from: 'mail-ecole', port: 993, encrypted: true });
  });
});
