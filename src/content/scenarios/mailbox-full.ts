import type { Scenario } from './types';

export const mailboxFullScenario = {
  id: 'mailbox-full',
  group: 'receiving',
  difficulty: 1,
  title: { fr: 'Boîte pleine', en: 'Mailbox full' },
  symptom: {
    fr: "Bob : « Je ne reçois plus rien. » Alice : « J'ai reçu un message de non-remise. »",
    en: 'Bob: “I no longer receive anything.” Alice: “I got a non-delivery report.”',
  },
  broken: [
    {
      op: 'set',
      path: ['users', { address: 'bob@ecole.example' }, 'quota'],
      value: { storage: 500, messages: null },
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', protocol: 'lmtp', code: '552', enhanced: '5.2.2' },
      note: {
        fr: 'Le serveur de boîtes répond en LMTP 552 5.2.2 … Quota exceeded.',
        en: 'The mailbox server answers over LMTP 552 5.2.2 … Quota exceeded.',
      },
    },
    {
      query: { kind: 'queue', from: 'mx-ecole', text: 'status=bounced' },
      note: {
        fr: "Le MX de l'école abandonne la livraison et renvoie une non-remise.",
        en: "The school's MX gives up delivery and bounces the message.",
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'raise-quota',
    patch: [
      {
        op: 'set',
        path: ['users', { address: 'bob@ecole.example' }, 'quota', 'storage'],
        value: 100000000,
      },
    ],
    note: { fr: 'Augmenter le quota de Bob.', en: "Raise Bob's quota." },
  },
  alternativeRepairs: [
    {
      id: 'remove-quota',
      patch: [
        {
          op: 'set',
          path: ['users', { address: 'bob@ecole.example' }, 'quota', 'storage'],
          value: null,
        },
      ],
      note: { fr: 'Ou retirer la limite de stockage.', en: 'Or remove the storage limit.' },
    },
  ],
  hints: [
    {
      fr: "Le message est arrivé jusqu'au MX de l'école. Regardez la livraison LMTP vers la boîte.",
      en: "The message reached the school's MX. Look at the LMTP delivery to the mailbox.",
    },
    {
      fr: '5.2.2 veut dire « boîte aux lettres pleine ». Quelle est la limite de Bob ?',
      en: "5.2.2 means “mailbox full”. What is Bob's limit?",
    },
  ],
  diagnosis: [
    {
      id: 'quota',
      text: {
        fr: 'La boîte aux lettres de Bob a atteint son quota.',
        en: "Bob's mailbox has reached its quota.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : LMTP 552 5.2.2 Quota exceeded.',
        en: 'Yes: LMTP 552 5.2.2 Quota exceeded.',
      },
    },
    {
      id: 'size',
      text: {
        fr: 'Le message est trop gros pour le MX.',
        en: 'The message is too big for the MX.',
      },
      correct: false,
      explanation: {
        fr: "Non : le MX l'a accepté (250 2.0.0 Ok: queued as …) ; c'est la boîte qui refuse.",
        en: 'No: the MX accepted it (250 2.0.0 Ok: queued as …); the mailbox refuses it.',
      },
    },
    {
      id: 'unknown',
      text: { fr: "Bob n'existe pas.", en: 'Bob does not exist.' },
      correct: false,
      explanation: {
        fr: 'Non : ce serait 550 5.1.1 ; ici Bob existe mais sa boîte est pleine.',
        en: 'No: that would be 550 5.1.1; here Bob exists but his mailbox is full.',
      },
    },
  ],
} as const satisfies Scenario;
