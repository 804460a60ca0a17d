import type { PatchValue } from '../../world/config/patch';
import type { Scenario } from './types';

const ALICE = { address: 'alice@lycee.example' };

/** An old newsletter Alice deleted in her mail program, about 1.5 KB. */
function oldNewsletter(issue: number): PatchValue {
  return {
    raw:
      `From: Club photo <club@photo.example>\r\nTo: alice@lycee.example\r\n` +
      `Subject: Lettre du club n° ${issue}\r\nMIME-Version: 1.0\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n` +
      `${'Les photos de la sortie sont en ligne. '.repeat(36)}\r\n`,
    flags: ['\\Seen', '\\Deleted'],
    age: 86_400 * (30 - issue),
  };
}

export const imapOverQuotaScenario = {
  id: 'imap-over-quota',
  group: 'retrieving',
  difficulty: 3,
  title: { fr: 'IMAP : quota dépassé', en: 'IMAP: over quota' },
  symptom: {
    fr: "Alice : « Mon message est parti, mais il n'est pas dans « Envoyés » et mon logiciel parle de quota. J'ai pourtant supprimé de vieux messages ! »",
    en: 'Alice: “My message went out, but it is not in “Sent” and my mail program talks about a quota. Yet I deleted old messages!”',
  },
  broken: [
    { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'saveCopy'], value: 'Sent' },
    { op: 'set', path: ['users', ALICE, 'quota'], value: { storage: 5000, messages: null } },
    {
      op: 'set',
      path: ['users', ALICE, 'folders'],
      value: [{ name: 'INBOX', messages: [1, 2, 3].map(oldNewsletter) }, { name: 'Sent' }],
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', protocol: 'imap', code: 'NO', key: 'imap.reply.overQuota' },
      note: {
        fr: 'APPEND "Sent" reçoit NO [OVERQUOTA] Quota exceeded (mailbox for user is full).',
        en: 'APPEND "Sent" gets NO [OVERQUOTA] Quota exceeded (mailbox for user is full).',
      },
    },
    {
      query: {
        kind: 'reply',
        protocol: 'smtp',
        from: 'smtp-lycee',
        code: '250',
        text: 'queued as',
      },
      note: {
        fr: "L'envoi, lui, a réussi : le serveur de soumission a mis le message en file d'attente.",
        en: 'Sending itself worked: the submission server queued the message.',
      },
    },
  ],
  goal: [
    { check: 'delivered', address: 'alice@lycee.example', folder: 'Sent' },
    { check: 'delivered', address: 'bob@ecole.example' },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'raise-quota',
    patch: [{ op: 'set', path: ['users', ALICE, 'quota', 'storage'], value: 100_000_000 }],
    note: { fr: "Augmenter le quota d'Alice.", en: "Raise Alice's quota." },
  },
  alternativeRepairs: [
    {
      id: 'purge-deleted',
      patch: [
        // The INBOX is the first folder of the broken world: its deleted messages are purged.
        { op: 'set', path: ['users', ALICE, 'folders', 0, 'messages'], value: [] },
      ],
      note: {
        fr: 'Ou purger pour de bon les messages marqués \\Deleted (EXPUNGE) : ils libèrent enfin la place.',
        en: 'Or purge the messages marked \\Deleted for good (EXPUNGE): only then do they free the space.',
      },
    },
  ],
  hints: [
    {
      fr: "L'envoi en SMTP a réussi. Regardez la connexion IMAP qu'ouvre ensuite le client d'Alice.",
      en: "Sending over SMTP worked. Look at the IMAP connection Alice's client opens afterwards.",
    },
    {
      fr: 'OVERQUOTA : la boîte est pleine. Que contient la boîte de réception, et avec quels drapeaux ?',
      en: 'OVERQUOTA: the mailbox is full. What is in the inbox, and with which flags?',
    },
    {
      fr: "Un message marqué \\Deleted occupe toujours sa place tant qu'il n'est pas purgé par EXPUNGE.",
      en: 'A message marked \\Deleted still takes its space until EXPUNGE removes it.',
    },
  ],
  diagnosis: [
    {
      id: 'quota',
      text: {
        fr: "La boîte d'Alice est pleine : les messages supprimés n'ont jamais été purgés.",
        en: "Alice's mailbox is full: the deleted messages were never purged.",
      },
      correct: true,
      explanation: {
        fr: "Oui : \\Deleted n'est qu'un drapeau ; sans EXPUNGE, la place reste prise et APPEND reçoit NO [OVERQUOTA].",
        en: 'Yes: \\Deleted is only a flag; without EXPUNGE the space stays taken and APPEND gets NO [OVERQUOTA].',
      },
    },
    {
      id: 'no-sent-folder',
      text: {
        fr: "Le dossier « Envoyés » (Sent) n'existe pas.",
        en: 'The “Sent” folder does not exist.',
      },
      correct: false,
      explanation: {
        fr: 'Non : un dossier absent donnerait NO [TRYCREATE] ; ici le serveur parle de quota.',
        en: 'No: a missing folder would give NO [TRYCREATE]; here the server talks about the quota.',
      },
    },
    {
      id: 'not-sent',
      text: { fr: "Le message n'est jamais parti.", en: 'The message never left.' },
      correct: false,
      explanation: {
        fr: 'Non : le serveur de soumission a répondu 250 et Bob a reçu le message ; seule la copie manque.',
        en: 'No: the submission server answered 250 and Bob got the message; only the copy is missing.',
      },
    },
  ],
} as const satisfies Scenario;
