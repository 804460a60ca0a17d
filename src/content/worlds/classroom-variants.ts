import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';

type ClientInput = WorldConfigInput['clients'][number];

function withBobClients(id: string, bobClients: ClientInput[]): WorldConfigInput {
  return {
    ...classroomWorld,
    id,
    clients: [
      ...classroomWorld.clients.filter((client) => client.user !== 'bob@ecole.example'),
      ...bobClients,
    ],
  };
}

const bobImap = (port: 143 | 993) => ({
  protocol: 'imap' as const,
  server: 'mail.ecole.example',
  port,
  tls: port === 993 ? ('implicit' as const) : ('starttls' as const),
  username: 'bob@ecole.example',
  password: 'bricoleur',
});

/** Bob reads his mail with POP3 over TLS (995) and lets his client delete what it downloaded. */
export const classroomPop3World = withBobClients('classroom-pop3', [
  {
    id: 'bob-laptop-mua',
    host: 'bob-laptop',
    user: 'bob@ecole.example',
    fetch: {
      protocol: 'pop3',
      server: 'mail.ecole.example',
      port: 995,
      tls: 'implicit',
      username: 'bob@ecole.example',
      password: 'bricoleur',
    },
  },
]);

/** Bob reads his mail with IMAP, STARTTLS on 143. */
export const classroomImapWorld = withBobClients('classroom-imap', [
  { id: 'bob-laptop-mua', host: 'bob-laptop', user: 'bob@ecole.example', fetch: bobImap(143) },
]);

/** Bob's laptop and phone both read the same IMAP mailbox: each sees what the other did. */
export const classroomTwoDevicesWorld = withBobClients('classroom-two-devices', [
  { id: 'bob-laptop-mua', host: 'bob-laptop', user: 'bob@ecole.example', fetch: bobImap(993) },
  {
    id: 'bob-phone-mua',
    host: 'bob-phone',
    user: 'bob@ecole.example',
    // The phone checks a minute after the laptop: by then Bob has read the message there.
    fetch: { ...bobImap(993), pollSeconds: 120 },
  },
]);
