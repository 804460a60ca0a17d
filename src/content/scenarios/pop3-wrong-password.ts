import type { Scenario } from './types';

export const pop3WrongPasswordScenario = {
  id: 'pop3-wrong-password',
  group: 'retrieving',
  difficulty: 1,
  title: { fr: 'POP3 : mauvais mot de passe', en: 'POP3: wrong password' },
  symptom: {
    fr: "Bob : « Mon logiciel me redemande mon mot de passe et je ne vois pas le message d'Alice. »",
    en: "Bob: “My mail program asks for my password again, and I cannot see Alice's message.”",
  },
  broken: [
    {
      op: 'set',
      path: ['clients', { id: 'bob-laptop-mua' }, 'fetch'],
      value: {
        protocol: 'pop3',
        server: 'mail.ecole.example',
        port: 995,
        tls: 'implicit',
        username: 'bob@ecole.example',
        password: 'bricolage',
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', key: 'pop3.reply.authFailed' },
      note: {
        fr: 'PASS reçoit -ERR [AUTH] Authentication failed. (USER répond toujours +OK, même pour un compte faux).',
        en: 'PASS gets -ERR [AUTH] Authentication failed. (USER always answers +OK, even for a wrong account).',
      },
    },
  ],
  goal: [
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', to: 'bob-laptop', key: 'pop3.reply.retr' },
    },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'correct-password',
    patch: [
      {
        op: 'set',
        path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'password'],
        value: 'bricoleur',
      },
    ],
    note: { fr: 'Saisir le bon mot de passe POP3.', en: 'Type the right POP3 password.' },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'À quelle commande POP3 le serveur répond-il -ERR ?',
      en: 'To which POP3 command does the server answer -ERR?',
    },
    {
      fr: "Le code [AUTH] indique un problème d'identifiants (RFC 3206).",
      en: 'The [AUTH] code means a credentials problem (RFC 3206).',
    },
  ],
  diagnosis: [
    {
      id: 'password',
      text: { fr: 'Le mot de passe POP3 de Bob est faux.', en: "Bob's POP3 password is wrong." },
      correct: true,
      explanation: {
        fr: 'Oui : PASS reçoit -ERR [AUTH] Authentication failed.',
        en: 'Yes: PASS gets -ERR [AUTH] Authentication failed.',
      },
    },
    {
      id: 'user',
      text: {
        fr: "Le nom d'utilisateur n'existe pas, puisque USER a répondu.",
        en: 'The user name does not exist, since USER answered.',
      },
      correct: false,
      explanation: {
        fr: 'Non : Dovecot répond +OK à USER dans tous les cas, pour ne rien révéler.',
        en: 'No: Dovecot answers +OK to USER in every case, so as to reveal nothing.',
      },
    },
    {
      id: 'empty',
      text: { fr: 'La boîte de Bob est vide.', en: "Bob's mailbox is empty." },
      correct: false,
      explanation: {
        fr: "Non : le message a été livré (saved mail to INBOX) ; Bob n'arrive pas à se connecter.",
        en: 'No: the message was delivered (saved mail to INBOX); Bob cannot log in.',
      },
    },
  ],
} as const satisfies Scenario;
