import type { Scenario } from './types';

export const pop3CleartextRefusedScenario = {
  id: 'pop3-cleartext-refused',
  group: 'retrieving',
  difficulty: 2,
  title: { fr: 'POP3 : texte clair refusé', en: 'POP3: cleartext refused' },
  symptom: {
    fr: 'Bob : « Mon nouveau logiciel refuse de se connecter : “Plaintext authentication disallowed”. »',
    en: 'Bob: “My new mail program will not log in: ‘Plaintext authentication disallowed’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['clients', { id: 'bob-laptop-mua' }, 'fetch'],
      value: {
        protocol: 'pop3',
        server: 'mail.ecole.example',
        port: 110,
        tls: 'none',
        username: 'bob@ecole.example',
        password: 'bricoleur',
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', key: 'pop3.reply.plaintextDisallowed' },
      note: {
        fr: 'Le serveur refuse la connexion en clair : -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
        en: 'The server refuses a cleartext login: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
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
    id: 'stls-110',
    patch: [
      { op: 'set', path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'tls'], value: 'starttls' },
    ],
    note: {
      fr: 'Activer STLS (STARTTLS) sur le port 110.',
      en: 'Turn on STLS (STARTTLS) on port 110.',
    },
  },
  alternativeRepairs: [
    {
      id: 'pop3s-995',
      patch: [
        { op: 'set', path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'port'], value: 995 },
        {
          op: 'set',
          path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'tls'],
          value: 'implicit',
        },
      ],
      note: {
        fr: 'Ou POP3S sur le port 995 (TLS implicite).',
        en: 'Or POP3S on port 995 (implicit TLS).',
      },
    },
  ],
  hints: [
    {
      fr: 'La connexion est-elle chiffrée ? Cherchez une étape TLS avant USER.',
      en: 'Is the connection encrypted? Look for a TLS step before USER.',
    },
    {
      fr: 'Dovecot interdit les mots de passe en clair hors TLS (disable_plaintext_auth). Quel réglage du client change cela ?',
      en: 'Dovecot forbids cleartext passwords outside TLS (disable_plaintext_auth). Which client setting changes that?',
    },
  ],
  diagnosis: [
    {
      id: 'no-tls',
      text: {
        fr: 'Le client se connecte sans chiffrement.',
        en: 'The client connects without encryption.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : aucun TLS sur le port 110, et le serveur refuse tout mot de passe en clair.',
        en: 'Yes: no TLS on port 110, and the server refuses any cleartext password.',
      },
    },
    {
      id: 'password',
      text: { fr: 'Le mot de passe est faux.', en: 'The password is wrong.' },
      correct: false,
      explanation: {
        fr: "Non : le serveur ne l'a même pas vérifié ; le message parle de connexion non sécurisée.",
        en: 'No: the server did not even check it; the message is about an insecure connection.',
      },
    },
    {
      id: 'allow-cleartext',
      text: {
        fr: 'Il faut autoriser le texte clair sur le serveur.',
        en: 'Cleartext must be allowed on the server.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le mot de passe de Bob circulerait alors lisible par tout espion sur le réseau.',
        en: "No: Bob's password would then be readable by any eavesdropper on the network.",
      },
    },
  ],
} as const satisfies Scenario;
