import type { Scenario } from './types';

export const unknownUserScenario = {
  id: 'unknown-user',
  group: 'receiving',
  difficulty: 1,
  title: { fr: 'Destinataire inconnu', en: 'Unknown recipient' },
  symptom: {
    fr: "Alice : « J'ai reçu “Undelivered Mail Returned to Sender” pour mon message à Bob. »",
    en: 'Alice: “I got ‘Undelivered Mail Returned to Sender’ for my message to Bob.”',
  },
  broken: [
    { op: 'set', path: ['sends', { id: 'museum-trip' }, 'to'], value: ['bbo@ecole.example'] },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', code: '550', enhanced: '5.1.1' },
      note: {
        fr: "Le MX de l'école répond 550 5.1.1 … User unknown à RCPT TO:<bbo@ecole.example>.",
        en: "The school's MX answers 550 5.1.1 … User unknown to RCPT TO:<bbo@ecole.example>.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'status=bounced' },
      note: {
        fr: "Le relais d'Alice abandonne (status=bounced) : un 5xx est définitif.",
        en: "Alice's relay gives up (status=bounced): a 5xx is final.",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'fix-typo',
    patch: [
      { op: 'set', path: ['sends', { id: 'museum-trip' }, 'to'], value: ['bob@ecole.example'] },
    ],
    note: { fr: 'Corriger la faute de frappe : bob, pas bbo.', en: 'Fix the typo: bob, not bbo.' },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Le message a quitté le serveur d'Alice. Lisez la réponse du MX de Bob à RCPT TO.",
      en: "The message left Alice's server. Read the reply of Bob's MX to RCPT TO.",
    },
    {
      fr: "5.1.1 veut dire « boîte aux lettres de destination inconnue ». Relisez l'adresse lettre par lettre.",
      en: '5.1.1 means “bad destination mailbox address”. Read the address letter by letter.',
    },
  ],
  diagnosis: [
    {
      id: 'typo',
      text: {
        fr: "L'adresse du destinataire contient une faute de frappe.",
        en: 'The recipient address has a typo.',
      },
      correct: true,
      explanation: {
        fr: "Oui : bbo@ecole.example n'existe pas, d'où 550 5.1.1.",
        en: 'Yes: bbo@ecole.example does not exist, hence 550 5.1.1.',
      },
    },
    {
      id: 'domain',
      text: {
        fr: "Le domaine ecole.example n'existe pas.",
        en: 'The domain ecole.example does not exist.',
      },
      correct: false,
      explanation: {
        fr: "Non : le DNS a trouvé le MX et le MX a répondu ; seul l'utilisateur est inconnu.",
        en: 'No: DNS found the MX and the MX answered; only the user is unknown.',
      },
    },
    {
      id: 'retry',
      text: {
        fr: "Il suffit d'attendre, le relais réessaiera.",
        en: 'Just wait, the relay will retry.',
      },
      correct: false,
      explanation: {
        fr: "Non : 5xx est un échec définitif, il n'y a pas de nouvel essai.",
        en: 'No: 5xx is a permanent failure; there is no retry.',
      },
    },
  ],
} as const satisfies Scenario;
