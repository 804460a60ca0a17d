import type { Scenario } from './types';

/** A long message: the museum trip's programme, one line per room, about 15 kB. */
const programme =
  'Bonjour Bob,\r\n\r\nVoici le programme complet de la sortie, avec toutes les photos en ligne.\r\n' +
  Array.from(
    { length: 160 },
    (_, i) =>
      `Ligne ${String(i + 1).padStart(3, '0')} du programme de la sortie au musée, salle par salle, œuvre par œuvre.\r\n`,
  ).join('') +
  '\r\nAlice\r\n';

export const messageTooBigScenario = {
  id: 'message-too-big',
  group: 'sending',
  difficulty: 1,
  title: { fr: 'Message trop volumineux', en: 'Message too big' },
  symptom: {
    fr: "Alice : « Quelques secondes après l'envoi, j'ai reçu un message de non-remise. Mon message était long. »",
    en: 'Alice: “A few seconds after sending, I got a non-delivery report. My message was long.”',
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'messageSizeLimit'],
      value: 10240,
    },
    { op: 'set', path: ['sends', { id: 'museum-trip' }, 'body'], value: programme },
  ],
  evidence: [
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'dsn=5.3.4' },
      note: {
        fr: "Le relais d'Alice note dsn=5.3.4 : le message dépasse la taille annoncée par le MX de Bob (SIZE 10240).",
        en: "Alice's relay logs dsn=5.3.4: the message exceeds the size announced by Bob's MX (SIZE 10240).",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'raise-mx-limit',
    patch: [
      {
        op: 'set',
        path: [
          'hosts',
          { id: 'mx-ecole' },
          'listeners',
          { port: 25 },
          'policy',
          'messageSizeLimit',
        ],
        value: 10240000,
      },
    ],
    note: {
      fr: "L'administrateur du MX de Bob remet une limite raisonnable (message_size_limit).",
      en: "Bob's MX administrator sets a sensible limit again (message_size_limit).",
    },
  },
  alternativeRepairs: [
    {
      id: 'shorter-message',
      patch: [
        {
          op: 'set',
          path: ['sends', { id: 'museum-trip' }, 'body'],
          value:
            'Bonjour Bob,\r\n\r\nLe programme est en ligne sur le site du lycée.\r\n\r\nAlice\r\n',
        },
      ],
      note: {
        fr: 'Ou Alice envoie un message court avec un lien.',
        en: 'Or Alice sends a short message with a link.',
      },
    },
  ],
  hints: [
    {
      fr: "Lisez la ligne de journal du relais d'Alice : quel code d'état étendu voyez-vous ?",
      en: "Read the log line of Alice's relay: which enhanced status code do you see?",
    },
    {
      fr: 'Comparez la taille du message à la valeur SIZE dans la réponse EHLO du MX de Bob.',
      en: "Compare the message size with the SIZE value in the EHLO reply of Bob's MX.",
    },
  ],
  diagnosis: [
    {
      id: 'size',
      text: {
        fr: 'Le message dépasse la taille maximale acceptée par le MX de Bob.',
        en: "The message is bigger than Bob's MX accepts.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : 5.3.4 signifie « message trop gros pour le système ».',
        en: 'Yes: 5.3.4 means “message too big for system”.',
      },
    },
    {
      id: 'quota',
      text: { fr: 'La boîte aux lettres de Bob est pleine.', en: "Bob's mailbox is full." },
      correct: false,
      explanation: {
        fr: "Non : une boîte pleine donnerait 5.2.2 (Quota exceeded), et le message n'a jamais atteint la boîte.",
        en: 'No: a full mailbox gives 5.2.2 (Quota exceeded), and the message never reached the mailbox.',
      },
    },
    {
      id: 'auth',
      text: { fr: "Alice s'est trompée de mot de passe.", en: 'Alice typed the wrong password.' },
      correct: false,
      explanation: {
        fr: 'Non : le serveur de soumission a accepté le message (250 2.0.0 Ok: queued as …).',
        en: 'No: the submission server accepted the message (250 2.0.0 Ok: queued as …).',
      },
    },
  ],
} as const satisfies Scenario;
