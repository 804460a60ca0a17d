import type { Scenario } from './types';

export const noAuthSubmissionScenario = {
  id: 'no-auth-submission',
  group: 'sending',
  difficulty: 2,
  title: { fr: 'Envoi sans authentification', en: 'Submission without authentication' },
  symptom: {
    fr: "Alice : « Le serveur refuse l'adresse de Bob : “Access denied”. Pourtant, l'adresse est juste. »",
    en: "Alice: “The server refuses Bob's address: ‘Access denied’. Yet the address is right.”",
  },
  broken: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'auth'], value: null }],
  evidence: [
    {
      query: {
        kind: 'reply',
        code: '554',
        enhanced: '5.7.1',
        key: 'smtp.reply.recipientAccessDenied',
      },
      note: {
        fr: "RCPT TO reçoit 554 5.7.1 … Access denied : le serveur de soumission n'accepte que les clients authentifiés.",
        en: 'RCPT TO gets 554 5.7.1 … Access denied: the submission server only accepts authenticated clients.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'enable-auth',
    patch: [
      {
        op: 'set',
        path: ['clients', { id: 'alice-mua' }, 'submit', 'auth'],
        value: { username: 'alice@lycee.example', password: 'merveilles', mechanism: 'PLAIN' },
      },
    ],
    note: {
      fr: "Cocher « Le serveur requiert une authentification » et saisir le compte d'Alice.",
      en: "Tick “Server requires authentication” and enter Alice's account.",
    },
  },
  alternativeRepairs: [
    {
      id: 'enable-auth-login',
      patch: [
        {
          op: 'set',
          path: ['clients', { id: 'alice-mua' }, 'submit', 'auth'],
          value: { username: 'alice@lycee.example', password: 'merveilles', mechanism: 'LOGIN' },
        },
      ],
      note: {
        fr: 'Le mécanisme AUTH LOGIN convient aussi.',
        en: 'The AUTH LOGIN mechanism works too.',
      },
    },
  ],
  hints: [
    {
      fr: 'Cherchez dans le dialogue SMTP une commande AUTH. La trouvez-vous ?',
      en: 'Look for an AUTH command in the SMTP dialogue. Is there one?',
    },
    {
      fr: "Sur le port 587, le serveur n'accepte un destinataire que d'un client authentifié (permit_sasl_authenticated, reject).",
      en: 'On port 587 the server accepts a recipient only from an authenticated client (permit_sasl_authenticated, reject).',
    },
  ],
  diagnosis: [
    {
      id: 'no-auth',
      text: {
        fr: "Le client envoie sans s'authentifier.",
        en: 'The client sends without authenticating.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : aucune commande AUTH, et RCPT TO reçoit 554 5.7.1 Access denied.',
        en: 'Yes: no AUTH command, and RCPT TO gets 554 5.7.1 Access denied.',
      },
    },
    {
      id: 'bob-unknown',
      text: { fr: "L'adresse de Bob n'existe pas.", en: "Bob's address does not exist." },
      correct: false,
      explanation: {
        fr: 'Non : un destinataire inconnu donnerait 550 5.1.1 User unknown, pas 5.7.1 Access denied.',
        en: 'No: an unknown recipient gives 550 5.1.1 User unknown, not 5.7.1 Access denied.',
      },
    },
    {
      id: 'open-mynetworks',
      text: {
        fr: "Il faut ajouter le réseau d'Alice à mynetworks.",
        en: "Alice's network must be added to mynetworks.",
      },
      correct: false,
      explanation: {
        fr: 'Non : cela ferait accepter tout appareil de ce réseau sans mot de passe. La soumission doit exiger AUTH.',
        en: 'No: any device on that network would then send without a password. Submission must require AUTH.',
      },
    },
  ],
} as const satisfies Scenario;
