import type { Scenario } from './types';

export const pop3NoQuitScenario = {
  id: 'pop3-no-quit',
  group: 'retrieving',
  difficulty: 2,
  title: { fr: 'POP3 : suppressions non appliquées', en: 'POP3: deletions not applied' },
  symptom: {
    fr: 'Bob : « Mon logiciel supprime les messages du serveur, mais ils reviennent à chaque relève. »',
    en: 'Bob: “My mail program deletes the messages from the server, but they come back at every check.”',
  },
  broken: [
    {
      op: 'set',
      path: ['clients', { id: 'bob-laptop-mua' }, 'fetch'],
      value: {
        protocol: 'pop3',
        server: 'mail.ecole.example',
        port: 995,
        tls: 'implicit',
        username: 'bob@ecole.example',
        password: 'bricoleur',
        dropBeforeQuit: true,
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', key: 'pop3.reply.dele' },
      note: {
        fr: 'DELE 1 reçoit +OK Marked to be deleted. : le message est seulement marqué.',
        en: 'DELE 1 gets +OK Marked to be deleted.: the message is only marked.',
      },
    },
    {
      query: { kind: 'close', from: 'bob-laptop', text: 'client closes the connection' },
      note: {
        fr: "Le client coupe la connexion sans QUIT : le serveur n'entre jamais dans l'état UPDATE.",
        en: 'The client drops the connection without QUIT: the server never enters the UPDATE state.',
      },
    },
  ],
  goal: [
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', to: 'bob-laptop', key: 'pop3.reply.retr' },
    },
    { check: 'empty', address: 'bob@ecole.example' },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'send-quit',
    patch: [
      {
        op: 'set',
        path: ['clients', { id: 'bob-laptop-mua' }, 'fetch', 'dropBeforeQuit'],
        value: false,
      },
    ],
    note: { fr: 'Le client termine par QUIT.', en: 'The client ends with QUIT.' },
  },
  alternativeRepairs: [],
  hints: [
    { fr: 'Comment se termine la session POP3 ?', en: 'How does the POP3 session end?' },
    {
      fr: "RFC 1939 §6 : les suppressions ne sont appliquées qu'à QUIT (état UPDATE).",
      en: 'RFC 1939 §6: deletions are applied only at QUIT (UPDATE state).',
    },
  ],
  diagnosis: [
    {
      id: 'no-quit',
      text: {
        fr: 'Le client coupe la connexion sans envoyer QUIT.',
        en: 'The client hangs up without sending QUIT.',
      },
      correct: true,
      explanation: {
        fr: 'Oui : sans QUIT, les messages marqués par DELE restent sur le serveur.',
        en: 'Yes: without QUIT, the messages marked by DELE stay on the server.',
      },
    },
    {
      id: 'dele-failed',
      text: { fr: 'Le serveur a refusé DELE.', en: 'The server refused DELE.' },
      correct: false,
      explanation: {
        fr: 'Non : DELE a reçu +OK Marked to be deleted.',
        en: 'No: DELE got +OK Marked to be deleted.',
      },
    },
    {
      id: 'keep',
      text: {
        fr: 'Le client est réglé pour garder les messages sur le serveur.',
        en: 'The client is set to keep messages on the server.',
      },
      correct: false,
      explanation: {
        fr: 'Non : il envoie bien DELE ; il oublie seulement QUIT.',
        en: 'No: it does send DELE; it only forgets QUIT.',
      },
    },
  ],
} as const satisfies Scenario;
