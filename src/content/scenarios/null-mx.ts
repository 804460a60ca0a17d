import type { Scenario } from './types';

export const nullMxScenario = {
  id: 'null-mx',
  group: 'routing',
  difficulty: 2,
  title: { fr: 'Domaine qui ne reçoit pas de courrier', en: 'Null MX' },
  symptom: {
    fr: "Alice : « J'ai reçu tout de suite un message de non-remise : “does not accept mail”. »",
    en: 'Alice: “I got a non-delivery report at once: ‘does not accept mail’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'preference'],
      value: 0,
    },
    {
      op: 'set',
      path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'exchange'],
      value: '.',
    },
  ],
  evidence: [
    {
      query: { kind: 'dns-answer', to: 'smtp-lycee', text: 'MX\t0 .' },
      note: {
        fr: 'Le DNS répond « MX 0 . » : un MX nul (RFC 7505).',
        en: 'DNS answers “MX 0 .”: a null MX (RFC 7505).',
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'dsn=5.1.0' },
      note: {
        fr: 'Le relais note … does not accept mail (nullMX) : le domaine publie « MX 0 . » (RFC 7505).',
        en: 'The relay logs … does not accept mail (nullMX): the domain publishes “MX 0 .” (RFC 7505).',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'real-mx',
    patch: [
      {
        op: 'set',
        path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'preference'],
        value: 10,
      },
      {
        op: 'set',
        path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'exchange'],
        value: 'mx.ecole.example',
      },
    ],
    note: {
      fr: 'Remplacer le MX nul par « MX 10 mx.ecole.example ».',
      en: 'Replace the null MX with “MX 10 mx.ecole.example”.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Lisez la réponse DNS à la requête MX pour ecole.example.',
      en: 'Read the DNS answer to the MX query for ecole.example.',
    },
    {
      fr: 'Un MX dont la cible est « . » annonce que le domaine ne reçoit jamais de courrier.',
      en: 'An MX whose target is “.” says the domain never receives mail.',
    },
  ],
  diagnosis: [
    {
      id: 'null-mx',
      text: { fr: 'Le domaine publie un MX nul.', en: 'The domain publishes a null MX.' },
      correct: true,
      explanation: {
        fr: 'Oui : « MX 0 . » veut dire « pas de courrier ici » ; le relais abandonne aussitôt.',
        en: 'Yes: “MX 0 .” means “no mail here”; the relay gives up at once.',
      },
    },
    {
      id: 'no-domain',
      text: { fr: "Le domaine n'existe pas.", en: 'The domain does not exist.' },
      correct: false,
      explanation: {
        fr: 'Non : le DNS répond bien pour ecole.example ; un domaine inexistant donnerait 5.4.4.',
        en: 'No: DNS does answer for ecole.example; a missing domain gives 5.4.4.',
      },
    },
    {
      id: 'mx-down',
      text: { fr: 'Le MX est en panne, il faut attendre.', en: 'The MX is down; just wait.' },
      correct: false,
      explanation: {
        fr: "Non : aucune connexion n'est tentée, et l'échec est définitif (5.x.x).",
        en: 'No: no connection is tried, and the failure is permanent (5.x.x).',
      },
    },
  ],
} as const satisfies Scenario;
