import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';

/**
 * Worlds made for one guided lesson each: the classroom world with the one change the lesson
 * needs to show (CURRICULUM.md, lessons 3, 4 and 6). Everything else stays the classroom's.
 */

const museumTrip = classroomWorld.sends.find((send) => send.id === 'museum-trip');
if (museumTrip === undefined) throw new Error('the classroom world has no museum-trip send');

/**
 * Lesson 3 (envelope and headers): Alice writes to Bob, copies Carole (Cc) and hides a copy for
 * Denis (Bcc). Three RCPT TO, but only To: and Cc: in the headers.
 */
export const lessonEnvelopeWorld = {
  ...classroomWorld,
  id: 'lesson-envelope',
  users: [
    ...classroomWorld.users,
    {
      address: 'carole@ecole.example',
      displayName: 'Carole Petit',
      password: 'aquarelle',
      home: 'mail-ecole',
    },
    {
      address: 'denis@ecole.example',
      displayName: 'Denis Robert',
      password: 'horloger',
      home: 'mail-ecole',
    },
  ],
  sends: [{ ...museumTrip, cc: ['carole@ecole.example'], bcc: ['denis@ecole.example'] }],
} satisfies WorldConfigInput;

const classroomMx = classroomWorld.hosts.find((host) => host.id === 'mx-ecole');
if (classroomMx === undefined) throw new Error('the classroom world has no mx-ecole host');

/**
 * Lesson 4 (DNS finds the way): ecole.example publishes two MX records. The preferred one
 * (10, mx.ecole.example) is down; the backup (20, mx2.ecole.example) takes the mail.
 */
export const lessonBackupMxWorld = {
  ...classroomWorld,
  id: 'lesson-backup-mx',
  dns: {
    ...classroomWorld.dns,
    records: [
      ...classroomWorld.dns.records,
      { type: 'MX', name: 'ecole.example', preference: 20, exchange: 'mx2.ecole.example' },
      { type: 'A', name: 'mx2.ecole.example', address: '198.51.100.27' },
      { type: 'PTR', name: '27.100.51.198.in-addr.arpa', target: 'mx2.ecole.example' },
    ],
  },
  hosts: [
    ...classroomWorld.hosts,
    { ...classroomMx, id: 'mx2-ecole', name: 'mx2.ecole.example', ip: '198.51.100.27' },
  ],
  network: { ...classroomWorld.network, unreachable: ['mx-ecole'] },
} satisfies WorldConfigInput;

const aliceLaptopClient = classroomWorld.clients.find((client) => client.id === 'alice-mua');
if (aliceLaptopClient?.submit === undefined)
  throw new Error('the classroom world has no alice-mua');
const aliceSubmit = aliceLaptopClient.submit;

type SubmitInput = NonNullable<WorldConfigInput['clients'][number]['submit']>;

/**
 * The classroom world plus Alice's phone, which sends a reminder to Bob five minutes after the
 * museum-trip message, with its own submission settings.
 */
function withAlicePhone(id: string, submit: Partial<SubmitInput>) {
  return {
    ...classroomWorld,
    id,
    dns: {
      ...classroomWorld.dns,
      records: [
        ...classroomWorld.dns.records,
        { type: 'A', name: 'phone.lycee.example', address: '192.0.2.51' },
        { type: 'PTR', name: '51.2.0.192.in-addr.arpa', target: 'phone.lycee.example' },
      ],
    },
    hosts: [
      ...classroomWorld.hosts,
      { id: 'alice-phone', name: 'phone.lycee.example', ip: '192.0.2.51', role: 'device' },
    ],
    clients: [
      ...classroomWorld.clients,
      {
        id: 'alice-phone-mua',
        host: 'alice-phone',
        user: 'alice@lycee.example',
        submit: { ...aliceSubmit, helo: 'phone.lycee.example', ...submit },
      },
    ],
    sends: [
      ...classroomWorld.sends,
      {
        id: 'museum-reminder',
        client: 'alice-phone-mua',
        at: 300,
        from: 'Alice Martin <alice@lycee.example>',
        to: ['bob@ecole.example'],
        subject: 'Rappel / Reminder',
        body: 'Rendez-vous à 8 h 45 devant le lycée.\r\n\r\nMeet at 8:45 a.m. outside the school.\r\n',
      },
    ],
  } satisfies WorldConfigInput;
}

/**
 * Lesson 5 (ports and TLS): the laptop submits on 587 with STARTTLS, the phone on 465 with
 * implicit TLS (RFC 8314): both ways of encrypting submission in one run.
 */
export const lessonPortsWorld = withAlicePhone('lesson-ports', { port: 465, tls: 'implicit' });

/**
 * Lesson 6 (AUTH): Alice's laptop logs in with AUTH PLAIN and succeeds; later her phone, set
 * up with AUTH LOGIN and a mistyped password, gets two 334 challenges and then 535.
 */
export const lessonAuthWorld = withAlicePhone('lesson-auth', {
  auth: { username: 'alice@lycee.example', password: 'merveille', mechanism: 'LOGIN' },
});
