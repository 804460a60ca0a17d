import type { Scenario } from './types';

export const imapNoSuchFolderScenario = {
  id: 'imap-no-such-folder',
  group: 'retrieving',
  difficulty: 1,
  title: { fr: 'IMAP : dossier inexistant', en: 'IMAP: no such folder' },
  symptom: {
    fr: 'Bob : « Mon logiciel affiche une erreur et je ne vois aucun message. »',
    en: 'Bob: “My mail program shows an error and I see no messages.”',
  },
  broken: [
    {
      op: 'set',
      path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'folder'],
      value: 'Archives',
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', code: 'NO', key: 'imap.reply.mailboxDoesNotExist' },
      note: {
        fr: "SELECT Archives reçoit NO Mailbox doesn't exist: Archives.",
        en: "SELECT Archives gets NO Mailbox doesn't exist: Archives.",
      },
    },
  ],
  goal: [
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', to: 'bob-laptop', protocol: 'imap', text: 'BODY[] {' },
    },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'select-inbox',
    patch: [
      { op: 'set', path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'folder'], value: 'INBOX' },
    ],
    note: {
      fr: 'Ouvrir INBOX, la boîte de réception, où arrive le courrier.',
      en: 'Open INBOX, where mail arrives.',
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: 'Quel dossier le client demande-t-il avec SELECT ?',
      en: 'Which folder does the client ask for with SELECT?',
    },
    {
      fr: 'NO veut dire : commande comprise mais impossible. Le courrier livré va dans INBOX.',
      en: 'NO means: command understood but impossible. Delivered mail goes to INBOX.',
    },
  ],
  diagnosis: [
    {
      id: 'folder',
      text: {
        fr: "Le client ouvre un dossier qui n'existe pas.",
        en: 'The client opens a folder that does not exist.',
      },
      correct: true,
      explanation: {
        fr: "Oui : SELECT Archives reçoit NO Mailbox doesn't exist.",
        en: "Yes: SELECT Archives gets NO Mailbox doesn't exist.",
      },
    },
    {
      id: 'bad',
      text: {
        fr: 'Le client envoie une commande mal formée.',
        en: 'The client sends a malformed command.',
      },
      correct: false,
      explanation: {
        fr: 'Non : une erreur de syntaxe donnerait BAD ; NO veut dire que la commande était correcte.',
        en: 'No: a syntax error gives BAD; NO means the command was well formed.',
      },
    },
    {
      id: 'login',
      text: { fr: 'Le mot de passe IMAP de Bob est faux.', en: "Bob's IMAP password is wrong." },
      correct: false,
      explanation: { fr: 'Non : LOGIN a reçu OK Logged in.', en: 'No: LOGIN got OK Logged in.' },
    },
  ],
} as const satisfies Scenario;
