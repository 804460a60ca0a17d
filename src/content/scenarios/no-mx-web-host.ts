import type { Scenario } from './types';

export const noMxWebHostScenario = {
  id: 'no-mx-web-host',
  group: 'routing',
  difficulty: 3,
  title: { fr: 'Pas de MX', en: 'No MX record' },
  symptom: {
    fr: "Alice : « Mon message à Bob n'est toujours pas arrivé. Je n'ai reçu aucune erreur. »",
    en: 'Alice: “My message to Bob still has not arrived. I got no error.”',
  },
  broken: [
    { op: 'remove', path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }] },
    {
      op: 'push',
      path: ['dns', 'records'],
      value: { type: 'A', name: 'ecole.example', address: '198.51.100.90' },
    },
    {
      op: 'push',
      path: ['hosts'],
      value: {
        id: 'www-ecole',
        name: 'www.ecole.example',
        ip: '198.51.100.90',
        role: 'outsider',
        label: 'Web',
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'dns-answer', to: 'smtp-lycee', text: 'NODATA', nth: 0 },
      note: {
        fr: "Le domaine existe mais n'a aucun enregistrement MX (NODATA).",
        en: 'The domain exists but has no MX record (NODATA).',
      },
    },
    {
      query: { kind: 'dns-answer', to: 'smtp-lycee', text: 'IN\tA\t198.51.100.90', nth: 0 },
      note: {
        fr: "Le relais se rabat sur l'enregistrement A du domaine : 198.51.100.90, le serveur web.",
        en: "The relay falls back to the domain's A record: 198.51.100.90, the web server.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'Connection refused', nth: 0 },
      note: {
        fr: "Sans MX, le relais se rabat sur l'enregistrement A d'ecole.example : un serveur web, sans port 25 (Connection refused).",
        en: "With no MX the relay falls back to ecole.example's A record: a web server with no port 25 (Connection refused).",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'publish-mx',
    patch: [
      {
        op: 'push',
        path: ['dns', 'records'],
        value: { type: 'MX', name: 'ecole.example', preference: 10, exchange: 'mx.ecole.example' },
      },
    ],
    note: {
      fr: 'Publier de nouveau « ecole.example MX 10 mx.ecole.example ».',
      en: 'Publish “ecole.example MX 10 mx.ecole.example” again.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Quelle réponse donne le DNS à la requête MX pour ecole.example ?',
      en: 'What does DNS answer to the MX query for ecole.example?',
    },
    {
      fr: "Sans MX, la RFC 5321 §5.1 dit d'utiliser l'enregistrement A du domaine. Qui se trouve à cette adresse ?",
      en: "With no MX, RFC 5321 §5.1 says to use the domain's A record. Who is at that address?",
    },
  ],
  diagnosis: [
    {
      id: 'no-mx',
      text: {
        fr: "Le domaine n'a plus d'enregistrement MX ; son A pointe vers un serveur web.",
        en: 'The domain lost its MX record; its A record points at a web server.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : le relais tente le port 25 du serveur web, qui refuse la connexion.',
        en: 'Yes: the relay tries port 25 of the web server, which refuses the connection.',
      },
    },
    {
      id: 'typo',
      text: { fr: "Alice s'est trompée d'adresse.", en: 'Alice mistyped the address.' },
      correct: false,
      explanation: {
        fr: "Non : bob@ecole.example est juste ; c'est la zone DNS du domaine qui est incomplète.",
        en: "No: bob@ecole.example is right; the domain's DNS zone is incomplete.",
      },
    },
    {
      id: 'auth',
      text: {
        fr: "Le relais doit s'authentifier auprès du serveur de Bob.",
        en: "The relay must log in to Bob's server.",
      },
      correct: false,
      explanation: {
        fr: "Non : entre serveurs, sur le port 25, il n'y a pas d'AUTH ; ici la connexion elle-même est refusée.",
        en: 'No: between servers, on port 25, there is no AUTH; here the connection itself is refused.',
      },
    },
  ],
} as const satisfies Scenario;
