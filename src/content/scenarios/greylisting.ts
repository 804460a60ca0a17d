import type { Scenario } from './types';

export const greylistingScenario = {
  id: 'greylisting',
  title: { fr: 'Liste grise trop longue', en: 'Greylisting delay too long' },
  symptom: {
    fr: "Alice : « Mon message à Bob m'est revenu au bout de cinq jours, non distribué. Avant, ses réponses arrivaient seulement avec quelques minutes de retard. »",
    en: 'Alice: “My message to Bob came back to me after five days, undelivered. Before, mail to him only arrived a few minutes late.”',
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'greylistDelay'],
      value: 518400,
    },
  ],
  evidence: [
    {
      query: { kind: 'reply', from: 'mx-ecole', key: 'smtp.reply.greylisted', nth: 0 },
      note: {
        fr: "Au premier essai, le MX de l'école répond 450 4.7.1 Greylisted : la liste grise (greylisting) demande à l'expéditeur inconnu de revenir plus tard.",
        en: "On the first try the school's MX answers 450 4.7.1 Greylisted: greylisting asks an unknown sender to come back later.",
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'status=expired' },
      note: {
        fr: "Le relais a réessayé pendant cinq jours (sa durée de vie de file d'attente), toujours refusé, puis a renvoyé le message à Alice.",
        en: 'The relay tried again for five days (its queue lifetime), was refused every time, then returned the message to Alice.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'default-delay',
    patch: [
      {
        op: 'set',
        path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'greylistDelay'],
        value: 300,
      },
    ],
    note: {
      fr: 'Remettre le délai de la liste grise à sa valeur par défaut (300 secondes, postgrey --delay=300) : le nouvel essai du relais, quelques minutes plus tard, est accepté.',
      en: "Set the greylisting delay back to its default (300 seconds, postgrey --delay=300): the relay's next try, a few minutes later, is accepted.",
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
        fr: 'Ou arrêter la liste grise : le message passe au premier essai, mais le MX perd un filtre contre les robots de spam, qui ne réessaient pas.',
        en: 'Or stop greylisting: the message goes through on the first try, but the MX loses a filter against spam robots, which do not try again.',
      },
    },
  ],
  hints: [
    {
      fr: "Regardez la première réponse du MX de l'école au RCPT TO. Commence-t-elle par 4 ou par 5 ?",
      en: "Look at the school's MX's first reply to RCPT TO. Does it start with 4 or with 5?",
    },
    {
      fr: "450 veut dire « réessayez plus tard ». Le relais réessaie-t-il ? Combien de temps garde-t-il le message dans sa file d'attente ?",
      en: '450 means “try again later”. Does the relay try again? How long does it keep the message in its queue?',
    },
    {
      fr: "Comparez le délai de la liste grise du MX (greylistDelay) à la durée de vie de la file d'attente du relais (5 jours).",
      en: "Compare the MX's greylisting delay (greylistDelay) with the relay's queue lifetime (5 days).",
    },
  ],
  diagnosis: [
    {
      id: 'delay-too-long',
      text: {
        fr: 'Le délai de la liste grise du MX est plus long que la durée pendant laquelle le relais garde le message.',
        en: "The MX's greylisting delay is longer than the time the relay keeps the message.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : chaque nouvel essai arrive avant la fin du délai et reçoit encore 450. Au bout de cinq jours, le relais abandonne (status=expired) et envoie un message de non-remise.',
        en: 'Yes: every new try comes before the delay is over and gets 450 again. After five days the relay gives up (status=expired) and sends a bounce.',
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
        fr: 'Non : 450 4.7.1 est une erreur temporaire (4xx). Un refus définitif commencerait par 5 et le relais renverrait le message tout de suite.',
        en: 'No: 450 4.7.1 is a temporary error (4xx). A final refusal would start with 5 and the relay would return the message at once.',
      },
    },
    {
      id: 'no-retry',
      text: {
        fr: "Le relais d'Alice ne réessaie jamais.",
        en: "Alice's relay never tries again.",
      },
      correct: false,
      explanation: {
        fr: "Non : la file d'attente montre un nouvel essai après chaque status=deferred, pendant cinq jours.",
        en: 'No: the queue shows a new try after every status=deferred, for five days.',
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
