import type { Scenario } from './types';

export const authBeforeStarttlsScenario = {
  id: 'auth-before-starttls',
  group: 'sending',
  difficulty: 2,
  title: { fr: 'Authentification sans chiffrement', en: 'AUTH before STARTTLS' },
  symptom: {
    fr: "Alice : « Mon logiciel dit que le serveur ne gère pas l'authentification. Hier, tout marchait. »",
    en: 'Alice: “My mail program says the server does not support authentication. Yesterday it worked.”',
  },
  broken: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'none' }],
  evidence: [
    {
      query: { kind: 'reply', key: 'smtp.reply.ehlo', from: 'smtp-lycee', to: 'alice-laptop' },
      note: {
        fr: "La réponse à EHLO annonce STARTTLS mais pas AUTH : sans TLS, le serveur n'offre pas l'authentification.",
        en: 'The EHLO reply lists STARTTLS but not AUTH: without TLS the server does not offer authentication.',
      },
    },
    {
      query: { kind: 'command', verb: 'QUIT', from: 'alice-laptop' },
      note: {
        fr: 'Le client abandonne aussitôt avec QUIT, sans avoir envoyé STARTTLS.',
        en: 'The client gives up at once with QUIT, without sending STARTTLS.',
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
    note: {
      fr: 'Régler la sécurité du client sur STARTTLS pour le port 587.',
      en: "Set the client's security to STARTTLS on port 587.",
    },
  },
  alternativeRepairs: [
    {
      id: 'implicit-tls-465',
      patch: [
        { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 },
        { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'implicit' },
      ],
      note: {
        fr: 'Ou utiliser le port 465 en TLS implicite.',
        en: 'Or use port 465 with implicit TLS.',
      },
    },
  ],
  hints: [
    {
      fr: "Comparez la liste des extensions annoncées par EHLO avec celle d'un envoi qui fonctionne.",
      en: 'Compare the extensions listed after EHLO with those of a send that works.',
    },
    {
      fr: "Le serveur de soumission n'annonce AUTH qu'après STARTTLS (smtpd_tls_auth_only). Quelle est la sécurité choisie dans le client ?",
      en: 'The submission server lists AUTH only after STARTTLS (smtpd_tls_auth_only). Which security is set in the client?',
    },
  ],
  diagnosis: [
    {
      id: 'no-tls',
      text: {
        fr: 'Le client est réglé sans chiffrement : il ne lance jamais STARTTLS.',
        en: 'The client is set to no encryption: it never starts STARTTLS.',
      },
      correct: true,
      explanation: {
        fr: "Oui : AUTH n'est offert qu'après STARTTLS, et le client n'envoie pas STARTTLS.",
        en: 'Yes: AUTH is offered only after STARTTLS, and the client never sends STARTTLS.',
      },
    },
    {
      id: 'no-auth-server',
      text: { fr: 'Le serveur ne sait pas authentifier.', en: 'The server cannot authenticate.' },
      correct: false,
      explanation: {
        fr: 'Non : après STARTTLS, le même serveur annonce 250-AUTH PLAIN LOGIN.',
        en: 'No: after STARTTLS the same server lists 250-AUTH PLAIN LOGIN.',
      },
    },
    {
      id: 'password',
      text: { fr: 'Le mot de passe est faux.', en: 'The password is wrong.' },
      correct: false,
      explanation: {
        fr: "Non : le mot de passe n'est jamais envoyé, il n'y a ni AUTH ni réponse 535.",
        en: 'No: the password is never sent; there is no AUTH and no 535 reply.',
      },
    },
  ],
} as const satisfies Scenario;
