import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';

const museumTrip = classroomWorld.sends.find((send) => send.id === 'museum-trip');
if (museumTrip === undefined) throw new Error('the classroom world has no museum-trip send');

/**
 * Lesson 7 (queues, retries and bounces): Bob's MX greylists first-time senders for five
 * minutes, and Alice writes to Bob and to Carole, whose address she mistypes (`carol`). At the
 * first try the MX answers 450 for Bob (try later) and 550 for `carol` (give up): Alice's server
 * bounces the second at once, from the null sender, keeps the first in its queue and delivers
 * it at the retry.
 */
export const lessonQueueWorld = {
  ...classroomWorld,
  id: 'lesson-queue',
  hosts: classroomWorld.hosts.map((host) =>
    host.id === 'mx-ecole'
      ? {
          ...host,
          listeners: (host.listeners ?? []).map((listener) =>
            listener.protocol === 'smtp'
              ? { ...listener, policy: { ...listener.policy, greylistDelay: 300 } }
              : listener,
          ),
        }
      : host,
  ),
  users: [
    ...classroomWorld.users,
    {
      address: 'carole@ecole.example',
      displayName: 'Carole Petit',
      password: 'aquarelle',
      home: 'mail-ecole',
    },
  ],
  sends: [{ ...museumTrip, to: ['bob@ecole.example', 'carol@ecole.example'] }],
} satisfies WorldConfigInput;
