import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus } from '../../src/protocols/message/delivery-status';
import { findPart, parseMime, decodePartText } from '../../src/protocols/message/mime-parse';
import { retryDelaySeconds } from '../../src/world/actors/queue-schedule';
import { LiveWorld } from '../../src/world/live-world';
import { simulateWorld } from '../../src/world/run-world';
import { connectionTo, transcript, world } from './worlds';

const DEFAULT_TIMING = {
  minimalBackoff: 300,
  maximalBackoff: 4000,
  lifetime: 5 * 86_400,
  delayWarning: null,
};

const unreachableMx = () => world(undefined, (w) => w.network.unreachable.push('mx-ecole'));

/** The delivery status part of a bounce, parsed. */
function reportOf(raw: string) {
  const part = findPart(parseMime(raw), '2');
  if (part === undefined) throw new Error('no delivery-status part');
  return parseDeliveryStatus(decodePartText(raw, part));
}

describe('queue retries (Postfix backoff)', () => {
  it('waits 300 s, then doubles the wait up to 4000 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 20].map((n) => retryDelaySeconds(n, DEFAULT_TIMING));
    expect(delays).toEqual([300, 600, 1200, 2400, 4000, 4000, 4000]);
  });

  it('retries a deferred recipient on that schedule, one queue step per try', () => {
    const steps = simulateWorld(unreachableMx()).timeline;
    const deferred = steps.filter((s) => s.kind === 'queue' && s.text.includes('status=deferred'));
    const tries = steps.filter((s) => s.kind === 'queue' && s.text.endsWith('(queue active)'));
    const gaps = tries.slice(1, 7).map((t, i) => (t.time - (deferred[i]?.time ?? 0)) / 1000);
    expect(gaps).toEqual([300, 600, 1200, 2400, 4000, 4000]);
  });

  it('follows the configured backoff of the host', () => {
    const steps = simulateWorld(
      world(undefined, (w) => {
        w.network.unreachable.push('mx-ecole');
        const mta = w.hosts.find((h) => h.id === 'smtp-lycee')!.mta!;
        mta.queue = { minimalBackoff: 60, maximalBackoff: 100, lifetime: 600, delayWarning: null };
      }),
    ).timeline;
    const deferred = steps.filter((s) => s.kind === 'queue' && s.text.includes('status=deferred'));
    const tries = steps.filter((s) => s.kind === 'queue' && s.text.endsWith('(queue active)'));
    expect((tries[1]!.time - deferred[0]!.time) / 1000).toBe(60);
    expect((tries[2]!.time - deferred[1]!.time) / 1000).toBe(100);
  });

  it('lists a deferred message in mailq with the reason of its last failure', () => {
    const live = new LiveWorld(unreachableMx());
    live.runUntil(10 * 60_000);
    const listing = live.mailq('smtp-lycee');
    expect(listing.rows).toHaveLength(1);
    expect(listing.rows[0]).toMatchObject({
      sender: 'alice@lycee.example',
      active: false,
      recipients: [
        {
          address: 'bob@ecole.example',
          reason: 'connect to mx.ecole.example[198.51.100.25]:25: Connection timed out',
        },
      ],
    });
    const lines = listing.text.split('\n');
    expect(lines[0]).toBe('-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------');
    expect(lines[1]).toMatch(/^\w{15}\s+\d+ Mon Mar {2}2 09:00:00 {2}alice@lycee\.example$/);
    expect(lines[2]).toBe('(connect to mx.ecole.example[198.51.100.25]:25: Connection timed out)');
    expect(lines[3]).toBe(`${' '.repeat(41)}bob@ecole.example`);
    expect(lines.at(-2)).toBe('-- 1 Kbytes in 1 Request.');
  });

  it('says the queue is empty once everything is delivered', () => {
    const live = new LiveWorld(world());
    live.runUntil(3_600_000);
    expect(live.mailq('smtp-lycee').text).toBe('Mail queue is empty\n');
  });
});

describe('bounces', () => {
  it('expires after the queue lifetime and returns the message to the sender', () => {
    const outcome = simulateWorld(unreachableMx());
    const steps = outcome.timeline;
    const expired = steps.find((s) => s.text.endsWith('status=expired, returned to sender'));
    expect(expired?.text).toMatch(
      /^\w+: from=<alice@lycee\.example>, status=expired, returned to sender$/,
    );
    expect(expired!.time).toBeGreaterThanOrEqual(5 * 86_400_000);
    const inbox = outcome.mailbox('alice@lycee.example');
    expect(inbox).toHaveLength(1);
    const raw = inbox[0]!.raw;
    expect(raw).toMatch(/^Return-Path: <>\r\n/);
    expect(raw).toContain('\r\nSubject: Undelivered Mail Returned to Sender\r\n');
    expect(raw).toContain('\r\nFrom: Mail Delivery System <MAILER-DAEMON@lycee.example>\r\n');
    expect(raw).toContain('\r\nAuto-Submitted: auto-replied\r\n');
    const report = reportOf(raw);
    expect(report.recipients[0]).toMatchObject({
      finalRecipient: 'bob@ecole.example',
      action: 'failed',
      status: '4.4.1',
    });
  });

  it('bounces at once when the MX answers 5xx, with the remote reply as diagnostic', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        w.sends[0]!.to = ['bbo@ecole.example'];
      }),
    );
    const status = outcome.timeline.find((s) => s.text.includes('status=bounced'));
    expect(status?.text).toContain(
      'to=<bbo@ecole.example>, relay=mx.ecole.example[198.51.100.25]:25, dsn=5.1.1, status=bounced (host mx.ecole.example[198.51.100.25] said: 550 5.1.1 <bbo@ecole.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
    );
    const bounce = outcome.timeline.find((s) => s.kind === 'bounce');
    expect(bounce!.time - status!.time).toBe(0);
    const report = reportOf(outcome.mailbox('alice@lycee.example')[0]!.raw);
    expect(report.recipients[0]).toMatchObject({
      action: 'failed',
      status: '5.1.1',
      diagnosticCode:
        'smtp; 550 5.1.1 <bbo@ecole.example>: Recipient address rejected: User unknown in local recipient table',
    });
  });

  it('the MX that accepted writes the bounce and sends it to Alice with MAIL FROM:<>', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        w.users.find((u) => u.address === 'bob@ecole.example')!.quota = {
          storage: null,
          messages: 0,
        };
      }),
    );
    const steps = outcome.timeline;
    const back = connectionTo(steps, 'smtp-lycee', 25);
    const lines = transcript(steps, back);
    expect(lines).toContain('C: MAIL FROM:<> SIZE=' + /SIZE=(\d+)/.exec(lines.join('\n'))![1]);
    expect(lines).toContain('C: RCPT TO:<alice@lycee.example>');
    const inbox = outcome.mailbox('alice@lycee.example');
    expect(inbox).toHaveLength(1);
    const report = reportOf(inbox[0]!.raw);
    expect(report.perMessage.find((f) => f.name === 'Reporting-MTA')?.value).toBe(
      'dns; mx.ecole.example',
    );
    expect(report.recipients[0]).toMatchObject({ action: 'failed', status: '5.2.2' });
  });

  it('never bounces a bounce', () => {
    // The sender's domain does not exist: the bounce itself cannot be delivered.
    const outcome = simulateWorld(
      world(undefined, (w) => {
        w.users.find((u) => u.address === 'bob@ecole.example')!.quota = {
          storage: null,
          messages: 0,
        };
        w.sends.push({
          id: 'ghost',
          client: 'eve-mua',
          at: 0,
          from: 'ghost@nowhere.example',
          to: ['bob@ecole.example'],
          cc: [],
          bcc: [],
          subject: 'boo',
          body: 'boo\r\n',
          omitFinalDot: false,
        });
        w.sends.shift();
      }),
    );
    const steps = outcome.timeline;
    const bounced = steps.filter((s) => s.kind === 'queue' && s.text.includes('status=bounced'));
    expect(bounced.map((s) => /dsn=([\d.]+)/.exec(s.text)?.[1])).toEqual(['5.2.2', '5.4.4']);
    expect(steps.filter((s) => s.kind === 'bounce')).toHaveLength(1);
  });

  it('sends a delay warning when the world sets delay_warning_time', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        w.network.unreachable.push('mx-ecole');
        w.hosts.find((h) => h.id === 'smtp-lycee')!.mta!.queue.delayWarning = 4 * 3600;
      }),
    );
    const inbox = outcome.mailbox('alice@lycee.example');
    expect(inbox.map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1])).toEqual([
      'Delayed Mail (still being retried)',
      'Undelivered Mail Returned to Sender',
    ]);
    expect(reportOf(inbox[0]!.raw).recipients[0]).toMatchObject({ action: 'delayed' });
    expect(inbox[0]!.raw).toContain('Your message could not be delivered for 4 hour(s).');
  });
});

describe('MX preference order and fallback', () => {
  it('tries the next MX when the preferred one does not answer, and delivers there', () => {
    const outcome = simulateWorld(
      world(undefined, (w) => {
        // A preferred MX whose address no host of the world has: nothing answers there.
        w.dns.records.push(
          { type: 'MX', name: 'ecole.example', preference: 5, exchange: 'mx0.ecole.example' },
          { type: 'A', name: 'mx0.ecole.example', address: '198.51.100.99' },
        );
      }),
    );
    const connects = outcome.timeline
      .filter((s) => s.kind === 'connect' && s.from === 'smtp-lycee')
      .map((s) => s.text);
    expect(connects).toEqual([
      'connect to mx0.ecole.example[198.51.100.99]:25',
      'connect to mx.ecole.example[198.51.100.25]:25',
    ]);
    expect(outcome.mailbox('bob@ecole.example')).toHaveLength(1);
  });
});
