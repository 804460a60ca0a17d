import { describe, expect, it } from 'vitest';
import type { WorldConfig } from '../../src/world/config/schema';
import { simulateWorld } from '../../src/world/run-world';
import type { Step } from '../../src/world/timeline/step';
import { connectionTo, transcript, world } from './worlds';

type SendConfig = WorldConfig['sends'][number];

/** Eve, at mail.pirate.example (203.0.113.66), talks to Bob's MX on port 25 herself. */
function eveSends(w: WorldConfig, send: Partial<SendConfig>): void {
  w.sends = [
    {
      id: 'eve',
      client: 'eve-mua',
      at: 0,
      from: 'Alice Martin <alice@lycee.example>',
      to: ['bob@ecole.example'],
      cc: [],
      bcc: [],
      subject: 'Urgent',
      body: 'Please send me your password.\r\n',
      omitFinalDot: false,
      ...send,
    },
  ];
}

function mxPolicy(w: WorldConfig) {
  const listener = w.hosts.find((h) => h.id === 'mx-ecole')!.listeners[0]!;
  if (listener.protocol !== 'smtp') throw new Error('mx-ecole listens for SMTP first');
  return listener.policy;
}

const replies = (steps: readonly Step[], conn: string) =>
  transcript(steps, conn).filter((line) => line.startsWith('S: '));

const bobsMessage = (outcome: ReturnType<typeof simulateWorld>) =>
  outcome.mailbox('bob@ecole.example')[0]?.raw ?? '';

describe('SPF at the MX (B11)', () => {
  it('rejects at RCPT a sender domain whose SPF record does not list the client', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => eveSends(w, { envelope: { mailFrom: 'alice@lycee.example' } })),
    );
    const lines = replies(outcome.timeline, connectionTo(outcome.timeline, 'mx-ecole', 25));
    expect(lines).toContain(
      'S: 550 5.7.23 <bob@ecole.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://spf-help.example/Why?s=mfrom;id=alice@lycee.example;ip=203.0.113.66;r=<UNKNOWN>',
    );
    expect(outcome.mailbox('bob@ecole.example')).toEqual([]);
  });

  it('asks for the TXT record of the sender domain, as a DNS step from the MX', () => {
    const steps = simulateWorld(world()).timeline;
    expect(steps).toContainEqual(
      expect.objectContaining({
        kind: 'dns-query',
        from: 'mx-ecole',
        text: 'lycee.example. IN TXT ?',
      }),
    );
  });
});

describe('DKIM and DMARC at the MX (B12, B13)', () => {
  it('the classroom message passes SPF, DKIM and DMARC, written in Authentication-Results', () => {
    const raw = bobsMessage(simulateWorld(world()));
    expect(raw).toContain(
      'Authentication-Results: mx.ecole.example;\r\n\tspf=pass smtp.mailfrom=lycee.example;\r\n\tdkim=pass header.d=lycee.example header.s=sel1;\r\n\tdmarc=pass (p=reject dis=none) header.from=lycee.example\r\n',
    );
    expect(raw).toMatch(
      /\r\nDKIM-Signature: v=1; a=ed25519-sha256; c=relaxed\/relaxed; d=lycee\.example; s=sel1;/,
    );
  });

  it('rejects at end of data a From: domain with p=reject that neither SPF nor DKIM aligns', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => eveSends(w, { envelope: { mailFrom: 'eve@pirate.example' } })),
    );
    const lines = replies(outcome.timeline, connectionTo(outcome.timeline, 'mx-ecole', 25));
    expect(lines).toContain('S: 550 5.7.1 rejected by DMARC policy for lycee.example');
    expect(outcome.mailbox('bob@ecole.example')).toEqual([]);
  });

  it('delivers under p=none and reports dmarc=fail', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        eveSends(w, { envelope: { mailFrom: 'eve@pirate.example' } });
        w.dns.records = w.dns.records.map((r) =>
          r.type === 'TXT' && r.name === '_dmarc.lycee.example'
            ? { ...r, text: 'v=DMARC1; p=none' }
            : r,
        );
      }),
    );
    expect(bobsMessage(outcome)).toContain(
      'spf=none smtp.mailfrom=pirate.example; dkim=none;\r\n\tdmarc=fail (p=none dis=none) header.from=lycee.example',
    );
  });

  it('a wrong published key fails DKIM, and DMARC still passes through aligned SPF', () => {
    const outcome = simulateWorld(
      world(undefined, (w) =>
        w.dns.records.push({
          type: 'TXT',
          name: 'sel1._domainkey.lycee.example',
          text: 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
        }),
      ),
    );
    const raw = bobsMessage(outcome);
    expect(raw).toContain(
      'dkim=fail reason="signature verification failed" header.d=lycee.example',
    );
    expect(raw).toContain('dmarc=pass (p=reject dis=none)');
  });
});

describe('greylisting at the MX (B10)', () => {
  it('defers the first try with 450 4.7.1, then accepts the retry after the delay', () => {
    const outcome = simulateWorld(world(undefined, (w) => (mxPolicy(w).greylistDelay = 300)));
    const steps = outcome.timeline;
    const first = replies(steps, connectionTo(steps, 'mx-ecole', 25, 0));
    expect(first).toContain(
      'S: 450 4.7.1 <bob@ecole.example>: Recipient address rejected: Greylisted, see http://postgrey.example/help/ecole.example.html',
    );
    const statuses = steps
      .filter((s) => s.kind === 'queue' && s.from === 'smtp-lycee' && s.text.includes('status='))
      .map((s) => /status=(\w+)/.exec(s.text)?.[1]);
    expect(statuses).toEqual(['deferred', 'sent']);
    const second = steps.find((s) => s.text.includes('status=sent') && s.from === 'smtp-lycee')!;
    expect(second.time).toBeGreaterThanOrEqual(300_000);
    expect(outcome.mailbox('bob@ecole.example')).toHaveLength(1);
  });
});

describe('client checks at the MX (B14, B15, HELO)', () => {
  it('rejects a listed client at RCPT with 554 5.7.1 and the sender gets a bounce', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => w.dns.blocklists[0]!.listed.push('192.0.2.10')),
    );
    const steps = outcome.timeline;
    expect(replies(steps, connectionTo(steps, 'mx-ecole', 25))).toContain(
      'S: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using dnsbl.example; Listed by dnsbl.example',
    );
    expect(steps).toContainEqual(
      expect.objectContaining({ kind: 'dns-query', text: '10.2.0.192.dnsbl.example. IN A ?' }),
    );
    expect(outcome.mailbox('alice@lycee.example')).toHaveLength(1);
  });

  it('defers a client without reverse DNS with 450 4.7.1', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        mxPolicy(w).reverseDnsRequired = true;
        w.dns.records = w.dns.records.filter((r) => r.name !== '10.2.0.192.in-addr.arpa');
      }),
      { limitMs: 3_600_000 },
    );
    const steps = outcome.timeline;
    expect(replies(steps, connectionTo(steps, 'mx-ecole', 25))).toContain(
      'S: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]',
    );
    expect(steps).toContainEqual(
      expect.objectContaining({
        kind: 'dns-answer',
        from: 'resolver',
        to: 'mx-ecole',
        text: 'NXDOMAIN',
      }),
    );
  });

  it('rejects a HELO name that is not fully qualified', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        mxPolicy(w).helo = 'fqdn';
        w.clients.find((c) => c.id === 'eve-mua')!.submit!.helo = 'pirate';
        eveSends(w, { from: 'Eve <eve@pirate.example>' });
      }),
    );
    const steps = outcome.timeline;
    expect(replies(steps, connectionTo(steps, 'mx-ecole', 25))).toContain(
      'S: 504 5.5.2 <pirate>: Helo command rejected: need fully-qualified hostname',
    );
  });
});
