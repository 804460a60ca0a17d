import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';

/**
 * Worlds for lessons 10–12 (CURRICULUM.md): the classroom world, where Eve (203.0.113.66)
 * talks straight to Bob's MX on port 25, and Alice's message changes in the one way each
 * lesson needs. Everything else (SPF, DKIM, DMARC, the MX's policy) stays the classroom's.
 */

const museumTrip = classroomWorld.sends.find((send) => send.id === 'museum-trip');
if (museumTrip === undefined) throw new Error('the classroom world has no museum-trip send');

const eveClient = classroomWorld.clients.find((client) => client.id === 'eve-mua');
if (eveClient?.submit === undefined) throw new Error('the classroom world has no eve-mua');

/** Eve's forged message: the From: header says Alice; the envelope is set per attempt. */
const forgedMessage = {
  client: 'eve-mua',
  from: 'Alice Martin <alice@lycee.example>',
  to: ['bob@ecole.example'],
  subject: 'Urgent : nouveau RIB / Urgent: new bank details',
  body:
    'Bob,\r\nMerci de payer la sortie sur ce nouveau compte.\r\n' +
    'Please pay for the trip into this new account.\r\n',
};

/**
 * Lesson 10 (SPF, DKIM, DMARC): Alice's genuine message passes all three checks. Ten minutes
 * later Eve forges Alice's address in the envelope (SPF fails at RCPT, RFC 7208 §2.6.4); five
 * minutes after that she keeps her own envelope and forges only From: (SPF has nothing to
 * say, no DKIM signature: DMARC fails and p=reject refuses the message, RFC 7489 §6.6.2).
 */
export const lessonSpoofingWorld = {
  ...classroomWorld,
  id: 'lesson-spoofing',
  sends: [
    ...classroomWorld.sends,
    {
      ...forgedMessage,
      id: 'forged-envelope',
      at: 600,
      envelope: { mailFrom: 'alice@lycee.example' },
    },
    {
      ...forgedMessage,
      id: 'forged-header',
      at: 900,
      envelope: { mailFrom: 'eve@pirate.example' },
    },
  ],
} satisfies WorldConfigInput;

/**
 * Lesson 11 (reading a raw message): the museum-trip message with a small PDF attached, so
 * the raw text holds a multipart/mixed body, a quoted-printable text part and a base64 part.
 */
export const lessonRawMessageWorld = {
  ...classroomWorld,
  id: 'lesson-raw-message',
  sends: [
    {
      ...museumTrip,
      attachment: { filename: 'programme.pdf', contentType: 'application/pdf', size: 600 },
    },
  ],
} satisfies WorldConfigInput;

/**
 * Lesson 12 (myths and facts): one run that disproves each claim. Alice writes from the trips
 * office's address (From: sorties@lycee.example; the envelope keeps her own login address) to Bob
 * and to a mistyped address, which bounces to the envelope sender. Later Eve greets Bob's MX
 * with Alice's server's name and forges Alice's address: SPF refuses her.
 */
export const lessonMythsWorld = {
  ...classroomWorld,
  id: 'lesson-myths',
  clients: [
    ...classroomWorld.clients.filter((client) => client.id !== 'eve-mua'),
    // A greeting lie: EHLO names whatever the client types (RFC 5321 §4.1.4).
    { ...eveClient, submit: { ...eveClient.submit, helo: 'smtp.lycee.example' } },
  ],
  sends: [
    {
      ...museumTrip,
      from: 'Alice Martin <sorties@lycee.example>',
      to: ['bob@ecole.example', 'bbo@ecole.example'],
      envelope: { mailFrom: 'alice@lycee.example' },
    },
    {
      ...forgedMessage,
      id: 'forged-envelope',
      at: 600,
      envelope: { mailFrom: 'alice@lycee.example' },
    },
  ],
} satisfies WorldConfigInput;
