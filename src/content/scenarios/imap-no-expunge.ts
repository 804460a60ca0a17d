import type { Scenario } from './types';

export const imapNoExpungeScenario = {
  id: 'imap-no-expunge',
  group: 'retrieving',
  difficulty: 2,
  title: { fr: 'IMAP : supprimé mais pas purgé', en: 'IMAP: deleted but not expunged' },
  symptom: {
    fr: "Bob : « J'ai supprimé un vieux message, mais il est toujours là, barré, et prend de la place. »",
    en: 'Bob: “I deleted an old message, but it is still there, struck through, taking up space.”',
  },
  broken: [
    {
      op: 'set',
      path: ['users', { address: 'bob@ecole.example' }, 'folders'],
      value: [
        {
          name: 'INBOX',
          messages: [
            {
              raw: 'From: Alice Martin <alice@lycee.example>\r\nTo: bob@ecole.example\r\nSubject: Ancien message / Old message\r\nDate: Sun, 1 Mar 2026 09:00:00 +0100\r\nMessage-ID: <old-1@lycee.example>\r\n\r\nAncien message.\r\n',
              flags: ['\\Deleted', '\\Seen'],
              age: 86400,
            },
          ],
        },
      ],
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', to: 'bob-laptop', text: 'FLAGS (\\Deleted \\Seen))' },
      note: {
        fr: 'Le vieux message porte le drapeau \\Deleted, mais il est toujours dans la boîte.',
        en: 'The old message carries the \\Deleted flag, but it is still in the mailbox.',
      },
    },
  ],
  goal: [
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', to: 'bob-laptop', protocol: 'imap', text: 'BODY[] {' },
    },
    { check: 'noFlag', address: 'bob@ecole.example', flag: '\\Deleted' },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'expunge',
    patch: [
      { op: 'set', path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'expunge'], value: true },
    ],
    note: {
      fr: 'Le client envoie EXPUNGE après avoir marqué les messages.',
      en: 'The client sends EXPUNGE after marking messages.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Quels drapeaux porte le vieux message ?',
      en: 'Which flags does the old message carry?',
    },
    {
      fr: "\\Deleted n'est qu'une marque ; seul EXPUNGE (ou CLOSE) retire le message.",
      en: '\\Deleted is only a mark; only EXPUNGE (or CLOSE) removes the message.',
    },
  ],
  diagnosis: [
    {
      id: 'no-expunge',
      text: {
        fr: "Le client marque \\Deleted mais n'envoie jamais EXPUNGE.",
        en: 'The client marks \\Deleted but never sends EXPUNGE.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : sans EXPUNGE, le message reste stocké et compte dans le quota.',
        en: 'Yes: without EXPUNGE the message stays stored and counts towards the quota.',
      },
    },
    {
      id: 'store-failed',
      text: {
        fr: 'Le serveur a refusé le drapeau \\Deleted.',
        en: 'The server refused the \\Deleted flag.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le drapeau est bien posé, on le voit dans la réponse FETCH.',
        en: 'No: the flag is set; the FETCH reply shows it.',
      },
    },
    {
      id: 'pop3',
      text: { fr: 'Il faut passer à POP3.', en: 'Bob must switch to POP3.' },
      correct: false,
      explanation: {
        fr: 'Non : IMAP sait supprimer ; il manque seulement EXPUNGE.',
        en: 'No: IMAP can delete; only EXPUNGE is missing.',
      },
    },
  ],
} as const satisfies Scenario;
