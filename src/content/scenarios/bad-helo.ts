import type { Scenario } from './types';

export const badHeloScenario = {
  id: 'bad-helo',
  group: 'receiving',
  difficulty: 2,
  title: { fr: 'Nom HELO incomplet', en: 'Bad HELO name' },
  symptom: {
    fr: "Alice : « Mon message à Bob m'est revenu avec “need fully-qualified hostname”. »",
    en: 'Alice: “My message to Bob came back with ‘need fully-qualified hostname’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'helo'],
      value: 'fqdn',
    },
    { op: 'set', path: ['hosts', { id: 'smtp-lycee' }, 'name'], value: 'smtp' },
  ],
  evidence: [
    {
      query: { kind: 'reply', code: '504', enhanced: '5.5.2' },
      note: {
        fr: "Le MX de l'école refuse le nom « smtp » donné dans EHLO : ce n'est pas un nom complet (FQDN).",
        en: "The school's MX refuses the name “smtp” given in EHLO: it is not a fully-qualified name (FQDN).",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: [
    'noOpenRelay',
    'submissionRequiresAuth',
    { mxRefuses: 'bareHelo', host: 'mx-ecole' },
  ],
  repair: {
    id: 'fqdn-name',
    patch: [
      { op: 'set', path: ['hosts', { id: 'smtp-lycee' }, 'name'], value: 'smtp.lycee.example' },
    ],
    note: {
      fr: 'Donner au relais son nom complet, smtp.lycee.example (myhostname).',
      en: 'Give the relay its full name, smtp.lycee.example (myhostname).',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Quel nom le relais d'Alice annonce-t-il dans EHLO ?",
      en: "Which name does Alice's relay give in EHLO?",
    },
    {
      fr: 'Le MX de Bob exige un nom avec domaine (reject_non_fqdn_helo_hostname). Réglez le nom du relais, pas le filtre de Bob.',
      en: "Bob's MX requires a name with a domain (reject_non_fqdn_helo_hostname). Fix the relay's name, not Bob's filter.",
    },
  ],
  diagnosis: [
    {
      id: 'helo',
      text: {
        fr: "Le relais d'Alice se présente avec un nom court, sans domaine.",
        en: "Alice's relay introduces itself with a short name, without a domain.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : EHLO smtp reçoit 504 5.5.2 need fully-qualified hostname.',
        en: 'Yes: EHLO smtp gets 504 5.5.2 need fully-qualified hostname.',
      },
    },
    {
      id: 'dns',
      text: { fr: 'Le DNS inverse du relais manque.', en: "The relay's reverse DNS is missing." },
      correct: false,
      explanation: {
        fr: 'Non : le PTR existe ; un PTR manquant donnerait 450 4.7.1 cannot find your reverse hostname.',
        en: 'No: the PTR exists; a missing one gives 450 4.7.1 cannot find your reverse hostname.',
      },
    },
    {
      id: 'user',
      text: { fr: "L'adresse de Bob est fausse.", en: "Bob's address is wrong." },
      correct: false,
      explanation: {
        fr: 'Non : le refus vise le nom HELO, pas le destinataire.',
        en: 'No: the refusal is about the HELO name, not the recipient.',
      },
    },
  ],
} as const satisfies Scenario;
