import type { Scenario } from './types';

export const openRelayAttemptScenario = {
  id: 'open-relay-attempt',
  group: 'receiving',
  difficulty: 3,
  title: { fr: 'Relais ouvert', en: 'Open relay' },
  symptom: {
    fr: "Le responsable de l'école : « Notre serveur MX relaie des courriels qui ne sont pas pour nous. Nous risquons d'être sur une liste de blocage. »",
    en: "The school's administrator: “Our MX server relays mail that is not for us. We risk ending up on a blocklist.”",
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'mynetworks'],
      value: ['127.0.0.0/8', '0.0.0.0/0'],
    },
    {
      op: 'push',
      path: ['sends'],
      value: {
        id: 'relay-attempt',
        client: 'eve-mua',
        from: 'Eve <eve@pirate.example>',
        to: ['alice@lycee.example'],
        subject: 'Gagnez un voyage / Win a trip',
        body: 'Cliquez ici.\r\nClick here.\r\n',
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', to: 'eve-host', key: 'smtp.reply.rcptOk' },
      note: {
        fr: "Le MX de l'école accepte (250 2.1.5) un destinataire d'un autre domaine, envoyé par Eve.",
        en: "The school's MX accepts (250 2.1.5) a recipient of another domain, sent by Eve.",
      },
    },
    {
      query: { kind: 'queue', from: 'mx-ecole', text: 'to=<alice@lycee.example>' },
      note: {
        fr: "La file d'attente du MX relaie ce message vers un autre domaine : c'est un relais ouvert.",
        en: "The MX's queue relays that message to another domain: it is an open relay.",
      },
    },
  ],
  goal: [
    { check: 'delivered', address: 'bob@ecole.example' },
    { check: 'empty', address: 'alice@lycee.example' },
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', from: 'mx-ecole', to: 'eve-host', code: '554', enhanced: '5.7.1' },
    },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'trusted-networks-only',
    patch: [
      {
        op: 'set',
        path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'mynetworks'],
        value: ['127.0.0.0/8'],
      },
    ],
    note: {
      fr: 'Retirer 0.0.0.0/0 de mynetworks : seuls les réseaux de confiance peuvent relayer.',
      en: 'Remove 0.0.0.0/0 from mynetworks: only trusted networks may relay.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Regardez la réponse du MX à RCPT TO quand Eve écrit à une adresse d'un autre domaine.",
      en: "Look at the MX's reply to RCPT TO when Eve writes to an address of another domain.",
    },
    {
      fr: 'Un MX ne doit relayer que pour ses propres domaines ou pour mynetworks. Que contient mynetworks ?',
      en: 'An MX must relay only for its own domains or for mynetworks. What is in mynetworks?',
    },
  ],
  diagnosis: [
    {
      id: 'mynetworks',
      text: {
        fr: 'mynetworks contient 0.0.0.0/0 : tout Internet est « de confiance ».',
        en: 'mynetworks holds 0.0.0.0/0: the whole Internet is “trusted”.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : avec 0.0.0.0/0, Postfix relaie pour tout le monde. Le MX doit répondre 554 5.7.1 Relay access denied.',
        en: 'Yes: with 0.0.0.0/0 Postfix relays for anyone. The MX must answer 554 5.7.1 Relay access denied.',
      },
    },
    {
      id: 'spf',
      text: {
        fr: 'Le SPF de pirate.example est mal écrit.',
        en: "pirate.example's SPF record is wrong.",
      },
      correct: false,
      explanation: {
        fr: 'Non : le SPF parle de qui peut envoyer pour un domaine, pas de ce que votre MX accepte de relayer.',
        en: 'No: SPF is about who may send for a domain, not about what your MX agrees to relay.',
      },
    },
    {
      id: 'block-25',
      text: { fr: 'Il faut fermer le port 25 du MX.', en: 'Port 25 of the MX must be closed.' },
      correct: false,
      explanation: {
        fr: "Non : sans port 25, le MX ne reçoit plus le courrier d'Alice pour Bob.",
        en: "No: without port 25 the MX no longer receives Alice's mail for Bob.",
      },
    },
  ],
} as const satisfies Scenario;
