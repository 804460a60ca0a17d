import type { Scenario } from './types';

export const tooManyRecipientsScenario = {
  id: 'too-many-recipients',
  group: 'sending',
  difficulty: 1,
  title: { fr: 'Trop de destinataires', en: 'Too many recipients' },
  symptom: {
    fr: "Alice : « J'ai écrit à trois collègues de l'école. Dave dit qu'il n'a rien reçu. »",
    en: 'Alice: “I wrote to three colleagues at the school. Dave says he got nothing.”',
  },
  broken: [
    {
      op: 'push',
      path: ['users'],
      value: {
        address: 'carol@ecole.example',
        displayName: 'Carol Petit',
        password: 'chouette',
        home: 'mail-ecole',
      },
    },
    {
      op: 'push',
      path: ['users'],
      value: {
        address: 'dave@ecole.example',
        displayName: 'Dave Leroy',
        password: 'girafe',
        home: 'mail-ecole',
      },
    },
    {
      op: 'set',
      path: ['sends', { id: 'museum-trip' }, 'to'],
      value: ['bob@ecole.example', 'carol@ecole.example', 'dave@ecole.example'],
    },
    {
      op: 'set',
      path: ['hosts', { id: 'smtp-lycee' }, 'listeners', { port: 587 }, 'policy', 'recipientLimit'],
      value: 2,
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', code: '452', enhanced: '4.5.3' },
      note: {
        fr: 'Le troisième RCPT TO reçoit 452 4.5.3 Error: too many recipients.',
        en: 'The third RCPT TO gets 452 4.5.3 Error: too many recipients.',
      },
    },
  ],
  goal: [
    { check: 'delivered', address: 'bob@ecole.example' },
    { check: 'delivered', address: 'carol@ecole.example' },
    { check: 'delivered', address: 'dave@ecole.example' },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'raise-limit',
    patch: [
      {
        op: 'set',
        path: [
          'hosts',
          { id: 'smtp-lycee' },
          'listeners',
          { port: 587 },
          'policy',
          'recipientLimit',
        ],
        value: 1000,
      },
    ],
    note: {
      fr: "Remettre smtpd_recipient_limit à sa valeur par défaut (1000) ; la RFC 5321 exige d'en accepter au moins 100.",
      en: 'Set smtpd_recipient_limit back to its default (1000); RFC 5321 requires accepting at least 100.',
    },
  },
  alternativeRepairs: [
    {
      id: 'two-messages',
      patch: [
        {
          op: 'set',
          path: ['sends', { id: 'museum-trip' }, 'to'],
          value: ['bob@ecole.example', 'carol@ecole.example'],
        },
        {
          op: 'push',
          path: ['sends'],
          value: {
            id: 'museum-trip-dave',
            client: 'alice-mua',
            at: 60,
            from: 'Alice Martin <alice@lycee.example>',
            to: ['dave@ecole.example'],
            subject: 'Sortie au musée / Museum trip',
            body: 'Bonjour Dave,\r\n\r\nLa sortie est vendredi.\r\n\r\nAlice\r\n',
          },
        },
      ],
      note: {
        fr: 'Ou envoyer deux messages avec moins de destinataires chacun.',
        en: 'Or send two messages with fewer recipients each.',
      },
    },
  ],
  hints: [
    {
      fr: 'Chaque RCPT TO reçoit sa propre réponse. Sont-elles toutes 250 ?',
      en: 'Each RCPT TO gets its own reply. Are they all 250?',
    },
    {
      fr: '452 est temporaire : il veut dire « pas plus dans cette transaction ». Quelle limite le serveur de soumission applique-t-il ?',
      en: '452 is temporary: it means “no more in this transaction”. Which limit does the submission server apply?',
    },
  ],
  diagnosis: [
    {
      id: 'limit',
      text: {
        fr: "Le serveur de soumission n'accepte que deux destinataires par message.",
        en: 'The submission server accepts only two recipients per message.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : 452 4.5.3 au troisième RCPT TO ; les deux premiers restent acceptés.',
        en: 'Yes: 452 4.5.3 at the third RCPT TO; the first two stay accepted.',
      },
    },
    {
      id: 'dave-unknown',
      text: { fr: "L'adresse de Dave n'existe pas.", en: "Dave's address does not exist." },
      correct: false,
      explanation: {
        fr: 'Non : une adresse inconnue donnerait 550 5.1.1 au MX de Bob, pas 452 4.5.3 au serveur de soumission.',
        en: "No: an unknown address gives 550 5.1.1 at Bob's MX, not 452 4.5.3 at the submission server.",
      },
    },
    {
      id: 'spam',
      text: {
        fr: 'Le message de Dave est parti dans les indésirables.',
        en: "Dave's copy went to the spam folder.",
      },
      correct: false,
      explanation: {
        fr: "Non : il n'y a jamais eu de copie pour Dave, son RCPT TO a été refusé.",
        en: 'No: there never was a copy for Dave; his RCPT TO was refused.',
      },
    },
  ],
} as const satisfies Scenario;
