import type { Scenario } from './types';

export const tlsPortMismatchPlainScenario = {
  id: 'tls-port-mismatch-plain',
  group: 'sending',
  difficulty: 2,
  title: { fr: 'SMTP en clair sur le port 465', en: 'Plain SMTP on port 465' },
  symptom: {
    fr: "Alice : « J'ai mis le port 465 avec STARTTLS. Le logiciel reste sur “Connexion…” pendant cinq minutes, puis abandonne. »",
    en: 'Alice: “I set port 465 with STARTTLS. The program stays on ‘Connecting…’ for five minutes, then gives up.”',
  },
  broken: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 }],
  evidence: [
    {
      query: { kind: 'connect', from: 'alice-laptop', conn: { port: 465 } },
      note: {
        fr: "La connexion TCP au port 465 s'établit : le port est ouvert, aucun pare-feu ne bloque.",
        en: 'The TCP connection to port 465 opens: the port is open, no firewall is in the way.',
      },
    },
    {
      query: { kind: 'close', from: 'alice-laptop', conn: { port: 465 } },
      note: {
        fr: "Puis plus rien : le client attend la bannière 220 en clair, le serveur attend le début d'une poignée de main TLS. Au bout de 300 secondes, le client abandonne.",
        en: 'Then nothing: the client waits for a plain 220 greeting, the server waits for the start of a TLS handshake. After 300 seconds the client gives up.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'implicit-tls-465',
    patch: [
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'implicit' },
    ],
    note: {
      fr: 'Sur le port 465, choisir TLS implicite (SSL/TLS) : la poignée de main TLS vient avant tout octet SMTP.',
      en: 'On port 465, choose implicit TLS (SSL/TLS): the TLS handshake comes before any SMTP byte.',
    },
  },
  alternativeRepairs: [
    {
      id: 'starttls-587',
      patch: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 587 }],
      note: {
        fr: 'Ou garder STARTTLS, mais sur le port 587.',
        en: 'Or keep STARTTLS, but on port 587.',
      },
    },
  ],
  hints: [
    {
      fr: 'La connexion est établie. Qui doit parler en premier, et a-t-il parlé ?',
      en: 'The connection is open. Who must speak first, and did they?',
    },
    {
      fr: 'Le port 465 est en TLS dès la connexion (TLS implicite) ; le port 587 commence en clair puis passe en TLS avec STARTTLS.',
      en: 'Port 465 is TLS from the first byte (implicit TLS); port 587 starts in plain text and switches to TLS with STARTTLS.',
    },
  ],
  diagnosis: [
    {
      id: 'mode',
      text: {
        fr: 'Le client parle SMTP en clair à un port qui attend du TLS implicite.',
        en: 'The client speaks plain SMTP to a port that expects implicit TLS.',
      },
      correct: true,
      explanation: {
        fr: "Oui : chacun attend que l'autre commence. Rien ne passe jusqu'au délai du client.",
        en: "Yes: each side waits for the other to start. Nothing goes through until the client's timeout.",
      },
    },
    {
      id: 'firewall',
      text: { fr: 'Un pare-feu bloque le port 465.', en: 'A firewall blocks port 465.' },
      correct: false,
      explanation: {
        fr: "Non : la connexion TCP s'est établie. Un pare-feu qui filtre empêcherait la connexion elle-même (Connection timed out).",
        en: 'No: the TCP connection opened. A filtering firewall would stop the connection itself (Connection timed out).',
      },
    },
    {
      id: 'wrong-version',
      text: {
        fr: 'Le client parle TLS à un port qui attend STARTTLS.',
        en: 'The client speaks TLS to a port that expects STARTTLS.',
      },
      correct: false,
      explanation: {
        fr: "Non : c'est l'inverse. Ce cas échoue tout de suite avec « wrong version number », pas après cinq minutes de silence.",
        en: 'No: it is the other way round. That case fails at once with “wrong version number”, not after five minutes of silence.',
      },
    },
    {
      id: 'password',
      text: { fr: "Le mot de passe d'Alice est faux.", en: "Alice's password is wrong." },
      correct: false,
      explanation: {
        fr: "Non : le client n'est jamais arrivé jusqu'à AUTH ; il n'a même pas reçu la bannière.",
        en: 'No: the client never got as far as AUTH; it did not even receive the greeting.',
      },
    },
  ],
} as const satisfies Scenario;
