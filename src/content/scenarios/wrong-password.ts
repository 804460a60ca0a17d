import type { Scenario } from './types';

export const wrongPasswordScenario = {
  id: 'wrong-password',
  group: 'sending',
  difficulty: 1,
  title: { fr: 'Mauvais mot de passe SMTP', en: 'Wrong password on submission' },
  symptom: {
    fr: 'Alice : « Mon logiciel de messagerie me redemande sans cesse mon mot de passe, et mon message ne part pas. »',
    en: 'Alice: “My mail program keeps asking for my password, and my message does not leave.”',
  },
  broken: [
    {
      op: 'set',
      path: ['clients', { id: 'alice-mua' }, 'submit', 'auth', 'password'],
      value: 'merveille',
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', code: '535', enhanced: '5.7.8' },
      note: {
        fr: "Le serveur de soumission (MSA) refuse l'authentification (AUTH) : 535 5.7.8.",
        en: 'The submission server (MSA) refuses the authentication (AUTH): 535 5.7.8.',
      },
    },
    {
      query: { kind: 'command', verb: 'AUTH', from: 'alice-laptop' },
      note: {
        fr: "La commande AUTH PLAIN contient l'identifiant et le mot de passe en base64 : décodez-la pour les lire.",
        en: 'The AUTH PLAIN command carries the user name and password in base64: decode it to read them.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'correct-password',
    patch: [
      {
        op: 'set',
        path: ['clients', { id: 'alice-mua' }, 'submit', 'auth', 'password'],
        value: 'merveilles',
      },
    ],
    note: {
      fr: 'Saisir le bon mot de passe dans le client de messagerie (MUA).',
      en: 'Type the right password in the mail client (MUA).',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Regardez la réponse du serveur juste après la commande AUTH.',
      en: "Look at the server's reply right after the AUTH command.",
    },
    {
      fr: "535 5.7.8 veut dire : identifiants refusés. Décodez le base64 de AUTH PLAIN et comparez avec le compte d'Alice.",
      en: "535 5.7.8 means: credentials refused. Decode the base64 of AUTH PLAIN and compare it with Alice's account.",
    },
  ],
  diagnosis: [
    {
      id: 'password',
      text: {
        fr: "Le mot de passe enregistré dans le client d'Alice est faux.",
        en: "The password saved in Alice's client is wrong.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : le code 535 5.7.8 répond à AUTH, et le base64 décodé montre « merveille » au lieu de « merveilles ».',
        en: 'Yes: 535 5.7.8 answers AUTH, and the decoded base64 shows “merveille” instead of “merveilles”.',
      },
    },
    {
      id: 'tls',
      text: { fr: 'Le chiffrement TLS a échoué.', en: 'The TLS encryption failed.' },
      correct: false,
      explanation: {
        fr: 'Non : la poignée de main TLS a réussi (220 2.0.0 Ready to start TLS) avant AUTH.',
        en: 'No: the TLS handshake succeeded (220 2.0.0 Ready to start TLS) before AUTH.',
      },
    },
    {
      id: 'bob',
      text: { fr: "L'adresse de Bob n'existe pas.", en: "Bob's address does not exist." },
      correct: false,
      explanation: {
        fr: "Non : le client n'arrive même pas à RCPT TO ; l'échec a lieu à AUTH.",
        en: 'No: the client never reaches RCPT TO; the failure is at AUTH.',
      },
    },
  ],
} as const satisfies Scenario;
