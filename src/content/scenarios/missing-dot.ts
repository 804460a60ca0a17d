import type { Scenario } from './types';

export const missingDotScenario = {
  id: 'missing-dot',
  group: 'sending',
  difficulty: 3,
  title: { fr: 'Le point final manque', en: 'The final dot is missing' },
  symptom: {
    fr: "Alice : « Avec le script d'envoi du lycée, le message reste sur “Envoi en cours…” pendant cinq minutes, puis la connexion est coupée. Bob ne reçoit rien. »",
    en: 'Alice: “With the school’s sending script, the message stays on ‘Sending…’ for five minutes, then the connection is cut. Bob gets nothing.”',
  },
  broken: [{ op: 'set', path: ['sends', { id: 'museum-trip' }, 'omitFinalDot'], value: true }],
  evidence: [
    {
      query: {
        kind: 'reply',
        from: 'smtp-lycee',
        to: 'alice-laptop',
        key: 'smtp.reply.dataStart',
      },
      note: {
        fr: "Le serveur de soumission répond 354 et indique comment finir : une ligne qui ne contient qu'un point (<CR><LF>.<CR><LF>).",
        en: 'The submission server answers 354 and says how to finish: a line holding only a dot (<CR><LF>.<CR><LF>).',
      },
    },
    {
      query: { kind: 'reply', from: 'smtp-lycee', code: '421', enhanced: '4.4.2' },
      note: {
        fr: "Cinq minutes plus tard, sans point final, le serveur abandonne : 421 4.4.2 Error: timeout exceeded, et ferme la connexion. Le message n'est pas mis en file d'attente.",
        en: 'Five minutes later, with no final dot, the server gives up: 421 4.4.2 Error: timeout exceeded, and closes the connection. The message is not queued.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'send-final-dot',
    patch: [{ op: 'set', path: ['sends', { id: 'museum-trip' }, 'omitFinalDot'], value: false }],
    note: {
      fr: 'Corriger le client : après le message, il doit envoyer une ligne avec un seul point. Le serveur répond alors 250 2.0.0 Ok: queued.',
      en: 'Fix the client: after the message it must send a line holding a single dot. The server then answers 250 2.0.0 Ok: queued.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Quelle est la dernière réponse du serveur avant le long silence ? Que demande-t-elle ?',
      en: "What is the server's last reply before the long silence? What does it ask for?",
    },
    {
      fr: "354 End data with <CR><LF>.<CR><LF> : le serveur lit le message jusqu'à une ligne qui ne contient qu'un point. Le client l'envoie-t-il ?",
      en: '354 End data with <CR><LF>.<CR><LF>: the server reads the message until a line holding only a dot. Does the client send it?',
    },
  ],
  diagnosis: [
    {
      id: 'no-final-dot',
      text: {
        fr: "Le client n'envoie jamais la ligne « . » qui termine le message.",
        en: 'The client never sends the "." line that ends the message.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : le serveur attend la fin des données, ne la voit jamais, et coupe au bout de son délai (421 4.4.2).',
        en: 'Yes: the server waits for the end of data, never sees it, and cuts the connection after its timeout (421 4.4.2).',
      },
    },
    {
      id: 'too-big',
      text: { fr: 'Le message est trop gros.', en: 'The message is too big.' },
      correct: false,
      explanation: {
        fr: 'Non : un message trop gros donnerait 552 5.3.4, pas un délai dépassé.',
        en: 'No: a message too big gives 552 5.3.4, not a timeout.',
      },
    },
    {
      id: 'network',
      text: {
        fr: 'Le réseau entre Alice et le serveur est coupé.',
        en: 'The network between Alice and the server is down.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le serveur a répondu à chaque commande, puis a lui-même envoyé 421 avant de fermer.',
        en: 'No: the server answered every command, then sent 421 itself before closing.',
      },
    },
    {
      id: 'auth',
      text: { fr: "Le mot de passe d'Alice est faux.", en: "Alice's password is wrong." },
      correct: false,
      explanation: {
        fr: 'Non : AUTH a réussi (235 2.7.0) et le serveur a accepté MAIL, RCPT et DATA.',
        en: 'No: AUTH succeeded (235 2.7.0) and the server accepted MAIL, RCPT and DATA.',
      },
    },
  ],
} as const satisfies Scenario;
