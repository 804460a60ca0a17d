import type { Scenario } from './types';

export const noReverseDnsScenario = {
  id: 'no-reverse-dns',
  group: 'receiving',
  difficulty: 2,
  title: { fr: 'Pas de DNS inverse', en: 'No reverse DNS' },
  symptom: {
    fr: "Alice : « Mon message à Bob n'arrive pas. Le relais dit qu'il réessaiera. »",
    en: 'Alice: “My message to Bob does not arrive. The relay says it will try again.”',
  },
  broken: [
    { op: 'remove', path: ['dns', 'records', { type: 'PTR', name: '10.2.0.192.in-addr.arpa' }] },
    {
      op: 'set',
      path: [
        'hosts',
        { id: 'mx-ecole' },
        'listeners',
        { port: 25 },
        'policy',
        'reverseDnsRequired',
      ],
      value: true,
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', code: '450', enhanced: '4.7.1', nth: 0 },
      note: {
        fr: "Le MX de l'école répond 450 4.7.1 Client host rejected: cannot find your reverse hostname.",
        en: "The school's MX answers 450 4.7.1 Client host rejected: cannot find your reverse hostname.",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: [
    'noOpenRelay',
    'submissionRequiresAuth',
    { mxRefuses: 'clientWithoutPtr', host: 'mx-ecole' },
  ],
  repair: {
    id: 'publish-ptr',
    patch: [
      {
        op: 'push',
        path: ['dns', 'records'],
        value: { type: 'PTR', name: '10.2.0.192.in-addr.arpa', target: 'smtp.lycee.example' },
      },
    ],
    note: {
      fr: 'Publier le PTR de 192.0.2.10 vers smtp.lycee.example.',
      en: 'Publish the PTR of 192.0.2.10 pointing at smtp.lycee.example.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Le MX de Bob refuse le client lui-même, pas le destinataire. Quelle adresse cite-t-il ?',
      en: "Bob's MX refuses the client itself, not the recipient. Which address does it name?",
    },
    {
      fr: 'Essayez dig -x 192.0.2.10 : le DNS inverse (PTR) répond-il ?',
      en: 'Try dig -x 192.0.2.10: does reverse DNS (PTR) answer?',
    },
  ],
  diagnosis: [
    {
      id: 'ptr',
      text: {
        fr: "L'adresse du relais d'Alice n'a pas de DNS inverse (PTR).",
        en: "The address of Alice's relay has no reverse DNS (PTR).",
      },
      correct: true,
      explanation: {
        fr: 'Oui : sans PTR, le MX répond 450 4.7.1 et le relais réessaiera.',
        en: 'Yes: without a PTR the MX answers 450 4.7.1, and the relay will try again.',
      },
    },
    {
      id: 'helo',
      text: {
        fr: 'Le nom HELO du relais est incomplet.',
        en: "The relay's HELO name is incomplete.",
      },
      correct: false,
      explanation: {
        fr: 'Non : un nom incomplet donnerait 504 5.5.2 need fully-qualified hostname.',
        en: 'No: an incomplete name gives 504 5.5.2 need fully-qualified hostname.',
      },
    },
    {
      id: 'final',
      text: {
        fr: 'Le refus est définitif, le message est perdu.',
        en: 'The refusal is final; the message is lost.',
      },
      correct: false,
      explanation: {
        fr: 'Non : 450 est un code 4xx, donc temporaire ; le message reste dans la file.',
        en: 'No: 450 is a 4xx code, so temporary; the message stays in the queue.',
      },
    },
  ],
} as const satisfies Scenario;
