import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src/protocols/wire';
import { problemsOf } from './well-formed';
import { bobsStore, pop3 } from './world';

const verb = fc.constantFrom(
  'USER',
  'PASS',
  'AUTH',
  'APOP',
  'STLS',
  'CAPA',
  'QUIT',
  'STAT',
  'LIST',
  'RETR',
  'DELE',
  'NOOP',
  'RSET',
  'TOP',
  'UIDL',
  'user',
  'XYZZ',
  '',
);
const argument = fc.oneof(
  fc.constantFrom('', 'bob', 'bobpass', '1', '2', '9', '0', '1 0', '1 5', 'abc', '-1', 'PLAIN'),
  fc.constantFrom('PLAIN AGJvYgBib2JwYXNz', 'AGJvYgBib2JwYXNz', '*', '=', '99999999999'),
  fc.string({ maxLength: 20 }),
);
const line = fc.oneof(
  fc.tuple(verb, argument).map(([keyword, args]) => (args === '' ? keyword : `${keyword} ${args}`)),
  fc.string({ maxLength: 40 }),
);
const ending = fc.constantFrom('\r\n', '\n', '\r\n', '');

/** What the transport can do between chunks. */
const step = fc.oneof(
  // Logging in often enough that most runs reach TRANSACTION.
  { weight: 2, arbitrary: fc.constant({ chunk: 'USER bob\r\nPASS bobpass\r\n' }) },
  { weight: 8, arbitrary: fc.tuple(line, ending).map(([text, end]) => ({ chunk: text + end })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 * 60 * 1000 }).map((tick) => ({ tick })) },
  { weight: 1, arbitrary: fc.constant({ tls: true as const }) },
  { weight: 1, arbitrary: fc.constant({ drop: true as const }) },
);

describe('POP3 session under arbitrary input', () => {
  it('never throws, answers well-formed lines, and removes mail only through QUIT', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (steps, trustedPeer, lockSession) => {
          const store = bobsStore();
          const before = store.messages('bob', 'INBOX') ?? [];
          const session = pop3(store, { trustedPeer, policy: { lockSession } });
          const outputs: Output[] = [...session.open()];
          let clock = 0;
          for (const each of steps) {
            if ('chunk' in each) outputs.push(...session.receive(each.chunk));
            else if ('tick' in each) {
              clock += each.tick;
              outputs.push(...session.tick(clock));
            } else if ('tls' in each) outputs.push(...session.tlsEstablished());
            else session.disconnect();
          }
          expect(outputs.flatMap(problemsOf)).toEqual([]);

          const after = store.messages('bob', 'INBOX') ?? [];
          const quitWithDeletions = outputs.some(
            (output) => output.kind === 'line' && output.reply?.key === 'pop3.reply.logoutDeleted',
          );
          if (!quitWithDeletions) expect(after.map((m) => m.uid)).toEqual(before.map((m) => m.uid));
          for (const message of after) {
            const original = before.find((each) => each.uid === message.uid);
            expect(message.raw).toBe(original?.raw);
            expect(message.size).toBe(original?.size);
            expect(message.flags.filter((flag) => flag !== '\\Seen')).toEqual([]);
          }
          expect(store.isPop3Locked('bob')).toBe(
            lockSession && !session.closed && session.state === 'transaction',
          );
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
