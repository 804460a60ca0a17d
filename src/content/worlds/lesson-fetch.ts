import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';

type FetchInput = NonNullable<WorldConfigInput['clients'][number]['fetch']>;

/** The classroom world with Bob reading his mail on his phone first, then on his laptop. */
function withBobDevices(id: string, phone: FetchInput, laptop: FetchInput) {
  return {
    ...classroomWorld,
    id,
    clients: [
      ...classroomWorld.clients.filter((client) => client.user !== 'bob@ecole.example'),
      { id: 'bob-phone-mua', host: 'bob-phone', user: 'bob@ecole.example', fetch: phone },
      { id: 'bob-laptop-mua', host: 'bob-laptop', user: 'bob@ecole.example', fetch: laptop },
    ],
  } satisfies WorldConfigInput;
}

const bob = {
  server: 'mail.ecole.example',
  port: 995,
  tls: 'implicit',
  username: 'bob@ecole.example',
  password: 'bricoleur',
} as const;

/**
 * Lesson 8 (POP3): the phone downloads the message and marks it with DELE, then loses its
 * connection before QUIT (RFC 1939 §6: no UPDATE state, nothing deleted). A minute later the
 * laptop finds the message still there, downloads it, deletes it and QUITs: now it is gone.
 */
export const lessonPop3World = withBobDevices(
  'lesson-pop3',
  { ...bob, protocol: 'pop3', list: true, dropBeforeQuit: true },
  { ...bob, protocol: 'pop3', list: true, pollSeconds: 120 },
);

/**
 * Lesson 9 (IMAP): the phone lists the folders, reads the message (\Seen) and stars it
 * (\Flagged). A minute later the laptop sees both flags, reads the message again without
 * changing them (BODY.PEEK[]), deletes it (\Deleted) and expunges it: one mailbox, two devices.
 */
export const lessonImapWorld = withBobDevices(
  'lesson-imap',
  { ...bob, protocol: 'imap', port: 993, list: true, flag: true },
  { ...bob, protocol: 'imap', port: 993, pollSeconds: 120, expunge: true },
);
