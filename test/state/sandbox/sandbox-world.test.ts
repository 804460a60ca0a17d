import { describe, expect, it } from 'vitest';
import { Sandbox, type ScreenLine } from '../../../src/state/sandbox-world';
import { world } from '../../world/worlds';

function sandbox(patch?: Parameters<typeof world>[1]): Sandbox {
  return new Sandbox(world(undefined, patch), 'alice-laptop');
}

/** A terminal's screen as text: `>` typed, `S:` from the server, `!` errors, `~` TLS. */
function screen(lines: readonly ScreenLine[]): string[] {
  const marks = { typed: '>', server: 'S:', note: '..', error: '!', tls: '~' };
  return lines.map((line) => `${marks[line.kind]} ${line.text}`);
}

const noPause = () => Promise.resolve();

describe('Sandbox: terminals on the live world', () => {
  it('starts with an empty timeline: the world sends nothing until the student does', () => {
    expect(sandbox().timeline).toEqual([]);
  });

  it('shows a hand-typed SMTP session to the MX as telnet does', () => {
    const box = sandbox();
    const term = box.openTerminal('eve-host');
    for (const line of [
      'telnet mx.ecole.example 25',
      'HELO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
      'Subject: hi',
      '',
      'Hello',
      '.',
      'QUIT',
    ])
      box.enter(term.id, line);
    expect(screen(term.lines)).toEqual([
      '> $ telnet mx.ecole.example 25',
      '.. Trying 198.51.100.25...',
      '.. Connected to mx.ecole.example.',
      ".. Escape character is '^]'.",
      'S: 220 mx.ecole.example ESMTP Postfix (Debian/GNU)',
      '> HELO mail.pirate.example',
      'S: 250 mx.ecole.example',
      '> MAIL FROM:<eve@pirate.example>',
      'S: 250 2.1.0 Ok',
      '> RCPT TO:<bob@ecole.example>',
      'S: 250 2.1.5 Ok',
      '> DATA',
      'S: 354 End data with <CR><LF>.<CR><LF>',
      '> Subject: hi',
      '> ',
      '> Hello',
      '> .',
      expect.stringMatching(/^S: 250 2\.0\.0 Ok: queued as \w+$/),
      '> QUIT',
      'S: 221 2.0.0 Bye',
      '.. Connection closed by foreign host.',
    ]);
    expect(term.link).toBeNull();
    expect(box.world.mailbox('bob@ecole.example')).toHaveLength(1);
  });

  it('answers a closed port with an immediate refusal', () => {
    const box = sandbox();
    const term = box.openTerminal();
    box.enter(term.id, 'telnet mx.ecole.example 110');
    expect(screen(term.lines).slice(1)).toEqual([
      '.. Trying 198.51.100.25...',
      '! telnet: Unable to connect to remote host: Connection refused',
    ]);
    expect(box.world.now).toBeLessThan(1000);
  });

  it('answers a filtered port with a timeout on the simulated clock', () => {
    const box = sandbox((w) =>
      w.network.firewall.push({ to: 'mx-ecole', port: 25, action: 'drop' }),
    );
    const term = box.openTerminal();
    box.enter(term.id, 'telnet mx.ecole.example 25');
    expect(screen(term.lines).at(-1)).toBe(
      '! telnet: Unable to connect to remote host: Connection timed out',
    );
    // Postfix's smtp_connect_timeout is 30 s: the clock moved that far, nobody waited.
    expect(box.world.now).toBeGreaterThanOrEqual(30_000);
  });

  it('connects in cleartext to the implicit-TLS port and hears nothing, as telnet to 465 does', () => {
    const box = sandbox();
    const term = box.openTerminal();
    box.enter(term.id, 'telnet smtp.lycee.example 465');
    expect(screen(term.lines).slice(1)).toEqual([
      '.. Trying 192.0.2.10...',
      '.. Connected to smtp.lycee.example.',
      ".. Escape character is '^]'.",
    ]);
    expect(term.link).not.toBeNull();
    box.hangUp(term.id);
    expect(screen(term.lines).at(-1)).toBe('.. Connection closed.');
    expect(term.link).toBeNull();
  });

  it('refuses a name the world does not know, as the resolver would', () => {
    const box = sandbox();
    const term = box.openTerminal();
    box.enter(term.id, 'telnet mx.nowhere.example 25');
    expect(screen(term.lines).at(-1)).toBe(
      '! telnet: could not resolve mx.nowhere.example/25: Name or service not known',
    );
  });

  it('shows the switch to TLS after STARTTLS, and implicit TLS on 465', () => {
    const box = sandbox();
    const term = box.openTerminal();
    box.enter(term.id, 'telnet smtp.lycee.example 587');
    box.enter(term.id, 'STARTTLS');
    expect(screen(term.lines).slice(-3)).toEqual([
      '> STARTTLS',
      'S: 220 2.0.0 Ready to start TLS',
      '~ TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384',
    ]);
    const other = box.openTerminal();
    box.enter(other.id, 'openssl s_client -connect smtp.lycee.example:465');
    expect(screen(other.lines).slice(1)).toEqual([
      '.. CONNECTED(00000003)',
      '~ TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384',
      'S: 220 smtp.lycee.example ESMTP Postfix (Debian/GNU)',
    ]);
  });

  it('lets two IMAP sessions on Bob’s mailbox see a delivery made from a third terminal', () => {
    const box = sandbox();
    const readers = [box.openTerminal('bob-laptop'), box.openTerminal('bob-phone')];
    for (const reader of readers) {
      box.enter(reader.id, 'openssl s_client -connect mail.ecole.example:993');
      box.enter(reader.id, 'a1 LOGIN bob@ecole.example bricoleur');
      box.enter(reader.id, 'a2 SELECT INBOX');
    }
    box.enter(readers[0]!.id, 'a3 IDLE');
    const sender = box.openTerminal('eve-host');
    for (const line of [
      'telnet mx.ecole.example 25',
      'HELO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
      'Subject: hi',
      '',
      '.',
    ])
      box.enter(sender.id, line);
    // The idling session hears of the new message at once (RFC 2177); the other at its next command.
    expect(screen(readers[0]!.lines)).toContain('S: * 1 EXISTS');
    expect(screen(readers[1]!.lines)).not.toContain('S: * 1 EXISTS');
    box.enter(readers[1]!.id, 'a3 NOOP');
    expect(screen(readers[1]!.lines)).toContain('S: * 1 EXISTS');
  });

  it('runs the technician’s tools at the prompt: dig, mailq and the log', () => {
    const box = sandbox();
    const term = box.openTerminal();
    box.enter(term.id, 'dig ecole.example MX');
    expect(screen(term.lines)).toContain('.. ecole.example.\t\t300\tIN\tMX\t10 mx.ecole.example.');
    box.enter(term.id, 'mailq mx.ecole.example');
    expect(screen(term.lines).slice(-2)).toEqual([
      '.. mx.ecole.example:',
      '.. Mail queue is empty',
    ]);
    box.enter(term.id, 'log status=sent');
    expect(screen(term.lines).at(-1)).toBe('.. (no line matches)');
    box.enter(term.id, 'help');
    expect(screen(term.lines)).toContain(
      '.. dig name [A|MX|TXT|PTR]                ask the resolver of the world',
    );
    box.enter(term.id, 'ftp mx.ecole.example');
    expect(screen(term.lines).at(-1)).toBe('! ftp: command not found');
  });

  it('feeds a long paste in batches, pausing between them', async () => {
    const box = sandbox();
    const term = box.openTerminal('eve-host');
    const body = Array.from({ length: 2_000 }, (_, n) => `line ${n}`);
    const pauses: number[] = [];
    await box.paste(
      term.id,
      [
        'telnet mx.ecole.example 25',
        'HELO mail.pirate.example',
        'MAIL FROM:<eve@pirate.example>',
        'RCPT TO:<bob@ecole.example>',
        'DATA',
        ...body,
        '.',
        'QUIT',
      ],
      (sent) => {
        pauses.push(sent);
        return Promise.resolve();
      },
    );
    // A paste echoes as it goes out: the last write's lines, then the server's answers to them.
    expect(screen(term.lines).slice(-5)).toEqual([
      '> .',
      '> QUIT',
      expect.stringMatching(/^S: 250 2\.0\.0 Ok: queued as \w+$/),
      'S: 221 2.0.0 Bye',
      '.. Connection closed by foreign host.',
    ]);
    // One pause after the prompt's line, then one between writes of 500 lines.
    expect(pauses).toEqual([1, 501, 1001, 1501, 2001]);
    const [message] = box.world.mailbox('bob@ecole.example');
    expect(message?.raw).toContain('line 1999\r\n');
  });

  it('stops a paste when the server hangs up, as telnet would', async () => {
    const box = sandbox();
    const term = box.openTerminal('eve-host');
    const junk = Array.from({ length: 1_000 }, () => 'XYZZY');
    await box.paste(term.id, ['telnet mx.ecole.example 25', ...junk], noPause);
    const shown = screen(term.lines);
    // Postfix's smtpd_hard_error_limit (20) ends the session with 421; the first write of 500
    // lines went out whole, the second never does.
    expect(
      shown.filter((line) => line === 'S: 500 5.5.2 Error: command not recognized'),
    ).toHaveLength(20);
    expect(shown.slice(-3)).toEqual([
      'S: 421 4.7.0 mx.ecole.example Error: too many errors',
      '.. Connection closed by foreign host.',
      '! (500 lines not sent)',
    ]);
  });

  it('sends long lines, binary bytes and emoji as they are, and the engine answers as Postfix', () => {
    const box = sandbox();
    const term = box.openTerminal('eve-host');
    box.enter(term.id, 'telnet mx.ecole.example 25');
    box.enter(term.id, `HELO ${'a'.repeat(3000)}`);
    box.enter(term.id, 'NOOP \u0000\u0001\u001b[31m');
    box.enter(term.id, 'HELO 📬.example');
    // Postfix takes NOOP's parameter (RFC 5321 §4.1.1.9) and an SMTPUTF8 HELO name.
    expect(screen(term.lines).filter((line) => line.startsWith('S:'))).toEqual([
      'S: 220 mx.ecole.example ESMTP Postfix (Debian/GNU)',
      'S: 250 mx.ecole.example',
      'S: 250 2.0.0 Ok',
      'S: 250 mx.ecole.example',
    ]);
    expect(screen(term.lines)).toContain('> NOOP \u0000\u0001\u001b[31m');
  });

  it('replays a saved session into a fresh world with the same screens', async () => {
    const first = sandbox();
    const term = first.openTerminal('eve-host');
    for (const line of ['telnet mx.ecole.example 25', 'HELO mail.pirate.example', 'QUIT'])
      first.enter(term.id, line);
    first.enter(first.openTerminal().id, 'dig ecole.example MX');
    const again = sandbox();
    await again.replay(first.record, noPause);
    expect(again.terminals.map((t) => screen(t.lines))).toEqual(
      first.terminals.map((t) => screen(t.lines)),
    );
    expect(again.record).toEqual(first.record);
  });
});
