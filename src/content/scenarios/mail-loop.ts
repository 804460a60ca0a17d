import type { Scenario } from './types';

export const mailLoopScenario = {
  id: 'mail-loop',
  group: 'routing',
  difficulty: 3,
  title: { fr: 'Boucle de messagerie', en: 'Mail loop' },
  symptom: {
    fr: 'Alice : « Mon message revient avec “loops back to myself”. »',
    en: 'Alice: “My message comes back with ‘loops back to myself’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'exchange'],
      value: 'smtp.lycee.example',
    },
  ],
  evidence: [
    {
      query: { kind: 'dns-answer', to: 'smtp-lycee', text: 'MX\t10 smtp.lycee.example.' },
      note: {
        fr: "Le MX d'ecole.example désigne smtp.lycee.example, le relais d'Alice lui-même.",
        en: "ecole.example's MX names smtp.lycee.example, Alice's relay itself.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'dsn=5.4.6' },
      note: {
        fr: "Le relais note … loops back to myself : le MX d'ecole.example, c'est lui-même.",
        en: "The relay logs … loops back to myself: ecole.example's MX is itself.",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'fix-mx',
    patch: [
      {
        op: 'set',
        path: ['dns', 'records', { type: 'MX', name: 'ecole.example' }, 'exchange'],
        value: 'mx.ecole.example',
      },
    ],
    note: {
      fr: "Faire pointer le MX d'ecole.example vers mx.ecole.example.",
      en: "Point ecole.example's MX at mx.ecole.example.",
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Vers quel hôte pointe le MX d'ecole.example ?",
      en: "Which host does ecole.example's MX point at?",
    },
    {
      fr: "Le relais d'Alice n'est pas responsable d'ecole.example (ce n'est pas un de ses domaines locaux) : il ne peut pas se livrer à lui-même.",
      en: "Alice's relay is not in charge of ecole.example (not one of its local domains): it cannot deliver to itself.",
    },
  ],
  diagnosis: [
    {
      id: 'mx-self',
      text: {
        fr: "Le MX d'ecole.example pointe vers le relais d'Alice.",
        en: "ecole.example's MX points at Alice's relay.",
      },
      correct: true,
      explanation: {
        fr: "Oui : le relais se trouve lui-même comme prochain saut, d'où 5.4.6.",
        en: 'Yes: the relay finds itself as the next hop, hence 5.4.6.',
      },
    },
    {
      id: 'hops',
      text: {
        fr: 'Le message a traversé trop de relais.',
        en: 'The message crossed too many relays.',
      },
      correct: false,
      explanation: {
        fr: "Non : ce serait 5.4.0 too many hops ; ici il n'a même pas quitté le relais.",
        en: 'No: that would be 5.4.0 too many hops; here it never left the relay.',
      },
    },
    {
      id: 'local',
      text: {
        fr: 'Il faut ajouter ecole.example aux domaines locaux du lycée.',
        en: "ecole.example must be added to the school relay's local domains.",
      },
      correct: false,
      explanation: {
        fr: "Non : le courrier de Bob serait alors stocké chez le lycée, pas chez l'école.",
        en: "No: Bob's mail would then be stored at the lycée, not at the school.",
      },
    },
  ],
} as const satisfies Scenario;
