import type { Scenario } from './types';

export const blocklistedIpScenario = {
  id: 'blocklisted-ip',
  group: 'receiving',
  difficulty: 2,
  title: { fr: 'IP sur une liste de blocage', en: 'Sending IP on a blocklist' },
  symptom: {
    fr: 'Alice : « Mon message à Bob est revenu : “Client host blocked”. »',
    en: 'Alice: “My message to Bob came back: ‘Client host blocked’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['dns', 'blocklists', { zone: 'dnsbl.example' }, 'listed'],
      value: ['192.0.2.10'],
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', code: '554', enhanced: '5.7.1' },
      note: {
        fr: "Le MX de l'école répond à RCPT TO : 554 5.7.1 … blocked using dnsbl.example.",
        en: "The school's MX answers RCPT TO: 554 5.7.1 … blocked using dnsbl.example.",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: [
    'noOpenRelay',
    'submissionRequiresAuth',
    { mxRefuses: 'listedClient', host: 'mx-ecole' },
  ],
  repair: {
    id: 'delisted',
    patch: [
      { op: 'set', path: ['dns', 'blocklists', { zone: 'dnsbl.example' }, 'listed'], value: [] },
    ],
    note: {
      fr: "Après avoir nettoyé le relais, demander le retrait de l'adresse 192.0.2.10 de la liste.",
      en: 'After cleaning up the relay, ask for 192.0.2.10 to be removed from the list.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Quelle adresse IP le MX de Bob cite-t-il dans son refus ?',
      en: "Which IP address does Bob's MX name in its refusal?",
    },
    {
      fr: 'Interrogez la liste : dig 10.2.0.192.dnsbl.example. Une réponse veut dire « listée ».',
      en: 'Query the list: dig 10.2.0.192.dnsbl.example. An answer means “listed”.',
    },
  ],
  diagnosis: [
    {
      id: 'listed',
      text: {
        fr: "L'adresse du relais d'Alice est sur une liste de blocage (DNSBL).",
        en: "The address of Alice's relay is on a blocklist (DNSBL).",
      },
      correct: true,
      explanation: {
        fr: 'Oui : le MX interroge dnsbl.example et refuse les adresses listées.',
        en: 'Yes: the MX queries dnsbl.example and refuses listed addresses.',
      },
    },
    {
      id: 'spf',
      text: { fr: 'Le SPF du lycée est faux.', en: "The school's SPF record is wrong." },
      correct: false,
      explanation: {
        fr: 'Non : un échec SPF donnerait 550 5.7.23 et parlerait de SPF.',
        en: 'No: an SPF failure gives 550 5.7.23 and mentions SPF.',
      },
    },
    {
      id: 'remove-check',
      text: {
        fr: 'Bob doit retirer la liste de blocage de son MX.',
        en: 'Bob must remove the blocklist from his MX.',
      },
      correct: false,
      explanation: {
        fr: "Non : c'est au lycée de corriger la cause et de demander le retrait ; Bob garde sa protection.",
        en: 'No: the school relay must fix the cause and ask for delisting; Bob keeps his protection.',
      },
    },
  ],
} as const satisfies Scenario;
