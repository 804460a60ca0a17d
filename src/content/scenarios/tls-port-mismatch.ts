import type { Scenario } from './types';

export const tlsPortMismatchScenario = {
  id: 'tls-port-mismatch',
  group: 'sending',
  difficulty: 2,
  title: { fr: 'Mauvais mode TLS', en: 'Wrong TLS mode' },
  symptom: {
    fr: "Alice : « Mon logiciel affiche une erreur de sécurité dès que j'envoie : “wrong version number”. »",
    en: 'Alice: “My mail program shows a security error as soon as I send: ‘wrong version number’.”',
  },
  broken: [
    { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'implicit' },
  ],
  evidence: [
    {
      query: { kind: 'tls', text: 'wrong version number' },
      note: {
        fr: 'Le client commence par une poignée de main TLS, mais le port 587 attend du SMTP en clair : il lit « 220 … » comme du TLS.',
        en: 'The client starts a TLS handshake, but port 587 expects plain SMTP: it reads “220 …” as TLS.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'starttls-587',
    patch: [
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'starttls' },
    ],
    note: { fr: 'Sur le port 587, choisir STARTTLS.', en: 'On port 587, choose STARTTLS.' },
  },
  alternativeRepairs: [
    {
      id: 'implicit-tls-465',
      patch: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 }],
      note: {
        fr: 'Ou garder le TLS implicite, mais sur le port 465.',
        en: 'Or keep implicit TLS, but on port 465.',
      },
    },
  ],
  hints: [
    {
      fr: "L'erreur arrive avant toute commande SMTP. Que fait le client juste après la connexion ?",
      en: 'The error comes before any SMTP command. What does the client do right after connecting?',
    },
    {
      fr: 'Le port 587 commence en clair puis passe en TLS avec STARTTLS ; le port 465 est en TLS dès la connexion.',
      en: 'Port 587 starts in plain text and switches to TLS with STARTTLS; port 465 is TLS from the first byte.',
    },
  ],
  diagnosis: [
    {
      id: 'mode',
      text: {
        fr: 'Le client parle TLS implicite à un port qui attend STARTTLS.',
        en: 'The client speaks implicit TLS to a port that expects STARTTLS.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : le mode de sécurité ne correspond pas au port.',
        en: 'Yes: the security mode does not match the port.',
      },
    },
    {
      id: 'certificate',
      text: {
        fr: 'Le certificat du serveur a expiré.',
        en: "The server's certificate has expired.",
      },
      correct: false,
      explanation: {
        fr: 'Non : un certificat expiré donne une erreur de vérification, pas « wrong version number ».',
        en: 'No: an expired certificate gives a verification error, not “wrong version number”.',
      },
    },
    {
      id: 'firewall',
      text: { fr: 'Un pare-feu bloque le port 587.', en: 'A firewall blocks port 587.' },
      correct: false,
      explanation: {
        fr: "Non : la connexion s'est établie et le serveur a répondu aussitôt.",
        en: 'No: the connection opened and the server answered at once.',
      },
    },
  ],
} as const satisfies Scenario;
