import type { Scenario } from './types';

export const port25BlockedScenario = {
  id: 'port-25-blocked',
  group: 'sending',
  difficulty: 2,
  title: { fr: 'Port 25 filtré', en: 'Port 25 blocked' },
  symptom: {
    fr: 'Alice : « Mon logiciel tourne longtemps puis affiche “délai de connexion dépassé”. »',
    en: 'Alice: “My mail program spins for a long time, then says ‘connection timed out’.”',
  },
  broken: [
    { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 25 },
    {
      op: 'push',
      path: ['network', 'firewall'],
      value: { from: 'alice-laptop', to: 'smtp-lycee', port: 25, action: 'drop' },
    },
  ],
  evidence: [
    {
      query: { kind: 'close', from: 'alice-laptop', text: 'Connection timed out' },
      note: {
        fr: "La connexion vers le port 25 n'obtient aucune réponse : le délai expire (Connection timed out).",
        en: 'The connection to port 25 gets no answer at all: it times out (Connection timed out).',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'submission-587',
    patch: [{ op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 587 }],
    note: {
      fr: 'Envoyer sur le port de soumission 587 avec STARTTLS.',
      en: 'Send on the submission port 587 with STARTTLS.',
    },
  },
  alternativeRepairs: [
    {
      id: 'implicit-tls-465',
      patch: [
        { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 },
        { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'tls'], value: 'implicit' },
      ],
      note: { fr: 'Ou le port 465 en TLS implicite.', en: 'Or port 465 with implicit TLS.' },
    },
  ],
  hints: [
    {
      fr: 'Le serveur a-t-il envoyé son accueil 220 ? Regardez ce qui suit la connexion.',
      en: 'Did the server send its 220 greeting? Look at what follows the connection.',
    },
    {
      fr: "Le réseau d'Alice filtre le port 25 sortant, comme beaucoup de fournisseurs d'accès. Quel port sert à la soumission ?",
      en: "Alice's network filters outbound port 25, as many ISPs do. Which port is meant for submission?",
    },
  ],
  diagnosis: [
    {
      id: 'port-25',
      text: {
        fr: "Le client utilise le port 25, filtré sur le réseau d'Alice.",
        en: "The client uses port 25, which Alice's network filters.",
      },
      correct: true,
      explanation: {
        fr: "Oui : aucun paquet ne revient, d'où le délai dépassé. Le port 587 (ou 465) est celui de la soumission.",
        en: 'Yes: no packet comes back, hence the timeout. Port 587 (or 465) is the submission port.',
      },
    },
    {
      id: 'server-down',
      text: {
        fr: 'Le serveur smtp.lycee.example est en panne.',
        en: 'smtp.lycee.example is down.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le même serveur répond sur le port 587. Seul le port 25 est filtré.',
        en: 'No: the same server answers on port 587. Only port 25 is filtered.',
      },
    },
    {
      id: 'dns',
      text: { fr: 'Le DNS ne trouve pas le serveur.', en: 'DNS cannot find the server.' },
      correct: false,
      explanation: {
        fr: 'Non : la requête DNS a répondu 192.0.2.10, et la connexion part bien vers cette adresse.',
        en: 'No: the DNS query answered 192.0.2.10, and the connection goes to that address.',
      },
    },
  ],
} as const satisfies Scenario;
