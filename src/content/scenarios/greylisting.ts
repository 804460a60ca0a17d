import type { Scenario } from './types';

export const greylistingScenario = {
  id: 'greylisting',
  group: 'receiving',
  difficulty: 2,
  title: {
    fr: 'Liste grise et relais sans patience',
    en: 'Greylisting and a relay without patience',
  },
  symptom: {
    fr: "Alice : « Mon premier message à Bob m'est revenu tout de suite, avec le mot “Greylisted”. Quand je le renvoie plus tard, il passe. »",
    en: 'Alice: “My first message to Bob came back at once, with the word ‘Greylisted’. When I send it again later, it goes through.”',
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'greylistDelay'],
      value: 300,
    },
    { op: 'set', path: ['hosts', { id: 'smtp-lycee' }, 'mta', 'queue', 'lifetime'], value: 0 },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', key: 'smtp.reply.greylisted' },
      note: {
        fr: "Au premier essai, le MX de l'école répond 450 4.7.1 Greylisted : la liste grise (greylisting) demande à un expéditeur inconnu de revenir dans quelques minutes.",
        en: "On the first try the school's MX answers 450 4.7.1 Greylisted: greylisting asks an unknown sender to come back in a few minutes.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'status=expired' },
      note: {
        fr: "Aussitôt après status=deferred, le relais déclare le message expiré et le renvoie à Alice : sa file d'attente ne garde rien (durée de vie 0).",
        en: 'Right after status=deferred the relay declares the message expired and returns it to Alice: its queue keeps nothing (lifetime 0).',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'queue-lifetime',
    patch: [
      {
        op: 'set',
        path: ['hosts', { id: 'smtp-lycee' }, 'mta', 'queue', 'lifetime'],
        value: 432000,
      },
    ],
    note: {
      fr: "Rendre au relais sa durée de vie de file d'attente par défaut (maximal_queue_lifetime = 5d) : il réessaie après le délai de la liste grise, et le MX accepte.",
      en: 'Give the relay back its default queue lifetime (maximal_queue_lifetime = 5d): it tries again after the greylisting delay, and the MX accepts.',
    },
  },
  alternativeRepairs: [
    {
      id: 'no-greylisting',
      patch: [
        {
          op: 'set',
          path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'greylistDelay'],
          value: null,
        },
      ],
      note: {
        fr: 'Ou, côté école, arrêter la liste grise : le message passe au premier essai, mais le MX perd un filtre contre les robots de spam, et le relais du lycée reste fragile face à toute erreur temporaire.',
        en: "Or, on the school's side, stop greylisting: the message goes through on the first try, but the MX loses a filter against spam robots, and the school's relay stays fragile against any temporary error.",
      },
    },
  ],
  hints: [
    {
      fr: "Regardez la réponse du MX de l'école au RCPT TO. Commence-t-elle par 4 ou par 5 ?",
      en: "Look at the school's MX's reply to RCPT TO. Does it start with 4 or with 5?",
    },
    {
      fr: "450 veut dire « réessayez plus tard ». Que fait le relais juste après status=deferred : garde-t-il le message dans sa file d'attente ?",
      en: '450 means “try again later”. What does the relay do right after status=deferred: does it keep the message in its queue?',
    },
    {
      fr: 'Combien de temps le relais garde-t-il un message non distribué (maximal_queue_lifetime) ? Comparez au délai de la liste grise (300 secondes).',
      en: 'How long does the relay keep an undelivered message (maximal_queue_lifetime)? Compare with the greylisting delay (300 seconds).',
    },
  ],
  diagnosis: [
    {
      id: 'no-queue',
      text: {
        fr: "Le relais du lycée ne garde aucun message dans sa file d'attente : une erreur temporaire devient un rebond.",
        en: "The school's relay keeps no message in its queue: a temporary error becomes a bounce.",
      },
      correct: true,
      explanation: {
        fr: "Oui : avec une durée de vie de 0, le relais n'essaie qu'une fois. La liste grise compte justement sur un nouvel essai quelques minutes plus tard, comme le ferait tout vrai serveur.",
        en: 'Yes: with a lifetime of 0 the relay tries only once. Greylisting counts on a new try a few minutes later, as any real server makes.',
      },
    },
    {
      id: 'rejected-for-good',
      text: {
        fr: "Le MX de l'école refuse définitivement le domaine d'Alice.",
        en: "The school's MX refuses Alice's domain for good.",
      },
      correct: false,
      explanation: {
        fr: "Non : 450 4.7.1 est une erreur temporaire (4xx). D'ailleurs, le même message renvoyé plus tard passe.",
        en: 'No: 450 4.7.1 is a temporary error (4xx). Indeed, the same message sent again later goes through.',
      },
    },
    {
      id: 'greylisting-is-the-fault',
      text: {
        fr: "La liste grise du MX de l'école est une panne.",
        en: "The school's MX greylisting is a fault.",
      },
      correct: false,
      explanation: {
        fr: "Non : c'est une défense courante contre les robots de spam, qui ne réessaient pas. Un relais normal réessaie et ne voit qu'un retard de quelques minutes.",
        en: 'No: it is a common defence against spam robots, which do not try again. A normal relay tries again and sees only a delay of a few minutes.',
      },
    },
    {
      id: 'spf',
      text: { fr: 'Le SPF de lycee.example est faux.', en: "lycee.example's SPF record is wrong." },
      correct: false,
      explanation: {
        fr: 'Non : un échec SPF donnerait 550 5.7.23 et parlerait de SPF, pas de Greylisted.',
        en: 'No: an SPF failure gives 550 5.7.23 and mentions SPF, not Greylisted.',
      },
    },
  ],
} as const satisfies Scenario;
