import type { Scenario } from './types';

export const mxDownScenario = {
  id: 'mx-down',
  group: 'routing',
  difficulty: 2,
  title: { fr: 'Serveur MX injoignable', en: 'MX host unreachable' },
  symptom: {
    fr: "Alice : « Aucune erreur, mais Bob n'a toujours rien reçu. »",
    en: 'Alice: “No error at all, but Bob still has not received anything.”',
  },
  broken: [{ op: 'push', path: ['network', 'unreachable'], value: 'mx-ecole' }],
  evidence: [
    {
      query: { kind: 'close', to: 'mx-ecole', text: 'Connection timed out', nth: 0 },
      note: {
        fr: "La connexion du relais vers le port 25 du MX de l'école n'aboutit jamais.",
        en: "The relay's connection to port 25 of the school's MX never gets through.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'status=deferred', nth: 0 },
      note: {
        fr: "Le relais garde le message dans sa file d'attente (status=deferred, 4.4.1) : une erreur 4xx veut dire « réessayer plus tard ».",
        en: 'The relay keeps the message in its queue (status=deferred, 4.4.1): a 4xx error means “try again later”.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'mx-back',
    patch: [{ op: 'set', path: ['network', 'unreachable'], value: [] }],
    note: {
      fr: "Remettre en service le MX de l'école (ou ouvrir son port 25).",
      en: "Bring the school's MX back (or open its port 25).",
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Le message a-t-il quitté le relais d'Alice ? Regardez sa file d'attente (mailq).",
      en: "Did the message leave Alice's relay? Look at its queue (mailq).",
    },
    {
      fr: "Connection timed out : rien ne répond à l'adresse du MX. Testez le port 25 du MX, comme avec telnet.",
      en: "Connection timed out: nothing answers at the MX's address. Test the MX's port 25, as with telnet.",
    },
  ],
  diagnosis: [
    {
      id: 'mx-down',
      text: { fr: "Le MX de l'école ne répond pas.", en: "The school's MX does not answer." },
      correct: true,
      explanation: {
        fr: 'Oui : la connexion expire et le message attend dans la file, pour un nouvel essai.',
        en: 'Yes: the connection times out and the message waits in the queue for another try.',
      },
    },
    {
      id: 'lost',
      text: { fr: 'Le message est perdu.', en: 'The message is lost.' },
      correct: false,
      explanation: {
        fr: "Non : status=deferred veut dire qu'il est gardé et sera réessayé.",
        en: 'No: status=deferred means it is kept and will be tried again.',
      },
    },
    {
      id: 'dns',
      text: { fr: "Le domaine ecole.example n'a pas de MX.", en: 'ecole.example has no MX.' },
      correct: false,
      explanation: {
        fr: "Non : le DNS a répondu « MX 10 mx.ecole.example » ; c'est l'hôte qui ne répond pas.",
        en: 'No: DNS answered “MX 10 mx.ecole.example”; the host is what does not answer.',
      },
    },
  ],
} as const satisfies Scenario;
