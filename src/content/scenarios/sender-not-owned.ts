import type { Scenario } from './types';

export const senderNotOwnedScenario = {
  id: 'sender-not-owned',
  group: 'sending',
  difficulty: 2,
  title: { fr: "Adresse d'expéditeur refusée", en: 'Sender address not allowed' },
  symptom: {
    fr: "Alice : « J'ai voulu écrire au nom de la direction du lycée. Le serveur refuse : “Sender address rejected”. »",
    en: 'Alice: “I wanted to write on behalf of the school office. The server refuses: ‘Sender address rejected’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['sends', { id: 'museum-trip' }, 'from'],
      value: 'Direction du lycée <direction@lycee.example>',
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', code: '553', enhanced: '5.7.1' },
      note: {
        fr: "MAIL FROM reçoit 553 5.7.1 … not owned by user : l'adresse n'appartient pas au compte connecté.",
        en: 'MAIL FROM gets 553 5.7.1 … not owned by user: the address does not belong to the logged-in account.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'own-address',
    patch: [
      {
        op: 'set',
        path: ['sends', { id: 'museum-trip' }, 'from'],
        value: 'Alice Martin <alice@lycee.example>',
      },
    ],
    note: {
      fr: 'Envoyer avec sa propre adresse, celle du compte authentifié.',
      en: 'Send with her own address, the one of the authenticated account.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "L'authentification a réussi (235). Quelle commande est refusée ensuite ?",
      en: 'Authentication succeeded (235). Which command is refused next?',
    },
    {
      fr: "Le serveur de soumission lie l'enveloppe (MAIL FROM) au compte connecté : c'est une protection contre l'usurpation d'adresse.",
      en: 'The submission server ties the envelope (MAIL FROM) to the logged-in account: it is a protection against spoofing.',
    },
  ],
  diagnosis: [
    {
      id: 'not-owned',
      text: {
        fr: "L'adresse d'expéditeur n'appartient pas au compte d'Alice.",
        en: "The sender address does not belong to Alice's account.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : 553 5.7.1 répond à MAIL FROM (reject_sender_login_mismatch).',
        en: 'Yes: 553 5.7.1 answers MAIL FROM (reject_sender_login_mismatch).',
      },
    },
    {
      id: 'password',
      text: { fr: "Le mot de passe d'Alice est faux.", en: "Alice's password is wrong." },
      correct: false,
      explanation: {
        fr: 'Non : AUTH a reçu 235 2.7.0 Authentication successful.',
        en: 'No: AUTH got 235 2.7.0 Authentication successful.',
      },
    },
    {
      id: 'dmarc',
      text: {
        fr: 'Le DMARC du lycée rejette le message.',
        en: "The school's DMARC rejects the message.",
      },
      correct: false,
      explanation: {
        fr: "Non : DMARC est vérifié par le MX du destinataire, et le message n'a jamais quitté le serveur de soumission.",
        en: "No: DMARC is checked by the recipient's MX, and the message never left the submission server.",
      },
    },
  ],
} as const satisfies Scenario;
