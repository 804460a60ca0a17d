import { describe, expect, it } from 'vitest';
import { simulateWorld } from '../../../src/world/run-world';
import { connectionTo, transcript, world } from '../worlds';

const ALICE = 'alice@lycee.example';

/** The classroom world with Alice's client filing what it sends in "Sent". */
function savingCopies(quota: number | null = null) {
  return world(undefined, (w) => {
    const alice = w.clients.find((c) => c.id === 'alice-mua')!;
    alice.submit!.saveCopy = 'Sent';
    w.users.find((u) => u.address === ALICE)!.quota.storage = quota;
  });
}

describe("Alice's client files a copy of what it sent (IMAP APPEND, RFC 3501 §6.3.11)", () => {
  it('appends the message to Sent after the submission server accepted it', () => {
    const outcome = simulateWorld(savingCopies());
    const steps = outcome.timeline;
    const lines = transcript(steps, connectionTo(steps, 'smtp-lycee', 993));
    expect(lines.slice(0, 9)).toEqual([
      '-- connect',
      '-- tls',
      'S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.',
      'C: a1 LOGIN "alice@lycee.example" "merveilles"',
      'S: a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE UNSELECT CHILDREN UIDPLUS MOVE LITERAL+] Logged in',
      expect.stringMatching(/^C: a2 APPEND "Sent" \(\\Seen\) \{\d+\}$/),
      'S: + OK',
      'C: <message>',
      expect.stringMatching(/^S: a2 OK \[APPENDUID \d+ 1\] Append completed\.$/),
    ]);
    const sent = outcome.mailbox(ALICE, 'Sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.flags).toContain('\\Seen');
    // The copy is the client's own: it never went through a relay, so it has no Received:.
    expect(sent[0]!.raw).toContain('Subject: =?utf-8?q?Sortie_au_mus=C3=A9e_/_Museum_trip?=');
    expect(sent[0]!.raw).not.toMatch(/^Received:/m);
  });

  it('announces the literal in octets, not characters (RFC 3501 §4.3)', () => {
    const steps = simulateWorld(savingCopies()).timeline;
    const append = steps.find((s) => s.kind === 'command' && s.command?.verb === 'APPEND')!;
    const data = steps.find((s) => s.kind === 'data' && s.conn === append.conn)!;
    const announced = Number(/\{(\d+)\}$/.exec(append.text)![1]);
    expect(announced).toBe(new TextEncoder().encode(data.text).length);
  });

  it('gets NO [OVERQUOTA] when the copy does not fit, and still logs out', () => {
    const outcome = simulateWorld(savingCopies(300));
    const steps = outcome.timeline;
    const lines = transcript(steps, connectionTo(steps, 'smtp-lycee', 993));
    expect(lines.slice(-5)).toEqual([
      'S: a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
      'C: a3 LOGOUT',
      'S: * BYE Logging out',
      'S: a3 OK Logout completed.',
      '-- close quit',
    ]);
    expect(outcome.mailbox(ALICE, 'Sent')).toHaveLength(0);
    // The mail itself was sent: the copy is a separate matter of Alice's own mailbox.
    expect(outcome.mailbox('bob@ecole.example')).toHaveLength(1);
  });

  it('keeps the copy on the device when the client reads with POP3 (no IMAP session)', () => {
    const steps = simulateWorld(
      world(undefined, (w) => {
        const alice = w.clients.find((c) => c.id === 'alice-mua')!;
        alice.submit!.saveCopy = 'Sent';
        alice.fetch = { ...alice.fetch!, protocol: 'pop3', port: 995 };
      }),
    ).timeline;
    expect(steps.some((s) => s.kind === 'command' && s.command?.verb === 'APPEND')).toBe(false);
  });
});
