import type { Lesson } from './types';

const firstTry = { from: 'smtp-lycee', to: 'mx-ecole', port: 25, nth: 0 } as const;
const retry = { from: 'smtp-lycee', to: 'mx-ecole', port: 25, nth: 1 } as const;
const nullSender = { kind: 'queue', from: 'smtp-lycee', text: 'from=<>' } as const;
const aliceReadsBounce = {
  kind: 'reply',
  to: 'alice-laptop',
  after: { command: 'UID FETCH' },
  text: 'BODY[]',
} as const;

/**
 * Lesson 7 (CURRICULUM.md): queues, retries and bounces. In the lesson-queue world, Bob's MX
 * greylists and `carol@ecole.example` does not exist: one message, a 450 and a 550, a bounce
 * read in Alice's inbox, and a retry five minutes later on the simulated clock.
 */
export const queuesBouncesLesson: Lesson = {
  id: 'queues-bounces',
  number: 7,
  world: 'lesson-queue',
  title: { fr: 'Files d’attente, nouveaux essais et rebonds', en: 'Queues, retries and bounces' },
  minutes: 14,
  objectives: [
    {
      fr: 'Distinguer une erreur temporaire (4xx, « réessayez plus tard ») d’une erreur définitive (5xx, « abandonnez »), et ce qu’en fait un agent de transfert (MTA).',
      en: 'Tell a temporary error (4xx, "try again later") from a permanent one (5xx, "give up"), and what a mail transfer agent (MTA) does with each.',
    },
    {
      fr: 'Suivre un message dans la file d’attente du serveur d’Alice : reporté, puis réessayé quand l’horloge simulée a avancé de cinq minutes.',
      en: 'Follow a message in the queue of Alice’s server: deferred, then tried again once the simulated clock has moved on five minutes.',
    },
    {
      fr: 'Lire un message de non-remise (un rebond, ou DSN pour Delivery Status Notification), envoyé avec l’expéditeur vide `<>`.',
      en: 'Read a bounce, a non-delivery report (DSN, Delivery Status Notification), sent with the null sender `<>`.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'nrcpt=2' },
      text: {
        fr: 'Alice écrit à Bob et à Carole. Elle se trompe dans l’adresse de Carole : `carol` au lieu de `carole`. Son serveur prend le message dans sa file d’attente : un message, deux destinataires (`nrcpt=2`).',
        en: 'Alice writes to Bob and to Carole. She mistypes Carole’s address: `carol` instead of `carole`. Her server takes the message into its queue: one message, two recipients (`nrcpt=2`).',
      },
    },
    {
      anchor: { kind: 'command', verb: 'DATA', conn: firstTry },
      text: {
        fr: 'Il relaie vers le serveur MX (échangeur de courrier) de Bob. Il envoie `MAIL FROM`, les deux `RCPT TO` et `DATA` d’un coup, sans attendre les réponses.',
        en: 'It relays to Bob’s mail exchanger (MX). It sends `MAIL FROM`, both `RCPT TO` and `DATA` at once, without waiting for the replies.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greylisted' },
      text: {
        fr: '450 pour Bob. Un code en 4xx veut dire « pas maintenant, réessayez plus tard ». Le MX de Bob pratique la liste grise (greylisting) : il ne connaît pas encore cet expéditeur et lui demande de revenir dans quelques minutes.',
        en: '450 for Bob. A 4xx code means "not now, try again later". Bob’s MX uses greylisting: it does not know this sender yet, and asks it to come back in a few minutes.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.userUnknown' },
      text: {
        fr: '550 pour `carol`, avec le code d’état étendu 5.1.1 : cette boîte aux lettres n’existe pas. Un code en 5xx veut dire « abandonnez » : un nouvel essai recevrait la même réponse.',
        en: '550 for `carol`, with the enhanced status code 5.1.1: this mailbox does not exist. A 5xx code means "give up": another try would get the same answer.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.noValidRecipients' },
      text: {
        fr: 'Aucun destinataire n’est accepté pour l’instant : le MX refuse donc aussi `DATA`. Le message ne passe pas cette fois.',
        en: 'No recipient is accepted for now, so the MX refuses `DATA` too. The message does not get through this time.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=deferred' },
      text: {
        fr: 'Le journal du serveur d’Alice : `status=deferred` pour Bob. Le message reste dans la file d’attente ; le serveur réessaiera plus tard.',
        en: 'The log of Alice’s server: `status=deferred` for Bob. The message stays in the queue; the server will try again later.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=bounced' },
      text: {
        fr: '`status=bounced` pour `carol` : le serveur abandonne aussitôt ce destinataire.',
        en: '`status=bounced` for `carol`: the server gives up on this recipient at once.',
      },
    },
    {
      anchor: { kind: 'bounce', from: 'smtp-lycee' },
      text: {
        fr: 'Il doit prévenir Alice. Il écrit un message de non-remise : un rebond.',
        en: 'It must tell Alice. It writes a non-delivery report: a bounce.',
      },
    },
    {
      anchor: nullSender,
      text: {
        fr: 'Le rebond entre dans la file avec l’expéditeur vide : `from=<>`. Un rebond n’a pas d’adresse de retour : il ne peut donc jamais provoquer un autre rebond.',
        en: 'The bounce enters the queue with the null sender: `from=<>`. A bounce has no return address, so it can never cause another bounce.',
      },
    },
    {
      anchor: { kind: 'deliver', text: 'local(alice@lycee.example)' },
      text: {
        fr: 'La boîte aux lettres d’Alice est sur ce même serveur : le rebond arrive directement dans sa boîte de réception. Il va à l’expéditeur de l’enveloppe (`MAIL FROM`), pas à l’adresse de l’en-tête `From:`.',
        en: 'Alice’s mailbox is on this same server: the bounce lands straight in her inbox. It goes to the envelope sender (`MAIL FROM`), not to the `From:` header.',
      },
    },
    {
      anchor: aliceReadsBounce,
      text: {
        fr: 'Une minute plus tard, le client d’Alice le télécharge : `Return-Path: <>`, `From: Mail Delivery System`, une explication, la réponse du MX pour `carol`, puis le message d’origine en pièce jointe.',
        en: 'A minute later, Alice’s client downloads it: `Return-Path: <>`, `From: Mail Delivery System`, an explanation, the MX’s reply for `carol`, then the original message attached.',
      },
    },
    {
      anchor: {
        kind: 'queue',
        from: 'smtp-lycee',
        text: /from=<alice@lycee\.example>.*nrcpt=1 \(queue active\)/,
      },
      text: {
        fr: 'Pendant cinq minutes, rien ne se passe : l’horloge simulée saute directement à l’événement suivant. Le serveur reprend le message de Bob dans sa file : il ne reste qu’un destinataire (`nrcpt=1`).',
        en: 'For five minutes nothing happens: the simulated clock jumps straight to the next event. The server takes Bob’s message out of its queue again: one recipient is left (`nrcpt=1`).',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: retry },
      text: {
        fr: 'Deuxième essai, mêmes commandes. Le délai de la liste grise est écoulé et le même serveur revient : cette fois, le MX accepte Bob. Les robots de spam, eux, reviennent rarement.',
        en: 'Second try, same commands. The greylisting delay is over and the same server came back: this time the MX accepts Bob. Spam robots rarely come back.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: /to=<bob@ecole\.example>.*status=sent/ },
      text: {
        fr: '`status=sent` : le message est remis au MX de Bob, avec cinq minutes de retard. Seules les dates des en-têtes `Received:` le montreront.',
        en: '`status=sent`: the message is handed to Bob’s MX, five minutes late. Only the dates in the `Received:` headers will show it.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'greylisted',
      anchor: { kind: 'reply', key: 'smtp.reply.greylisted' },
      prompt: {
        fr: 'Le MX de Bob n’a jamais vu le serveur d’Alice écrire à Bob. Il applique la liste grise. Que répond-il à `RCPT TO:<bob@ecole.example>` ?',
        en: 'Bob’s MX has never seen Alice’s server write to Bob. It greylists. What does it answer to `RCPT TO:<bob@ecole.example>`?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: 'Pas encore : la liste grise refuse un nouvel expéditeur la première fois. L’acceptation viendra au nouvel essai.',
            en: 'Not yet: greylisting turns a new sender away the first time. It will be accepted at the next try.',
          },
        },
        {
          code: '550',
          why: {
            fr: 'Un refus en 5xx serait définitif : le serveur d’Alice abandonnerait, et Bob ne recevrait jamais le message. La liste grise veut que l’expéditeur revienne.',
            en: 'A 5xx refusal would be final: Alice’s server would give up, and Bob would never get the message. Greylisting wants the sender to come back.',
          },
        },
        {
          code: '421',
          why: {
            fr: '421 ferme toute la connexion (service indisponible). La liste grise ne refuse que ce destinataire, et seulement pour l’instant.',
            en: '421 closes the whole connection (service not available). Greylisting refuses only this recipient, and only for now.',
          },
        },
      ],
      explanation: {
        fr: '450 : un refus temporaire. L’expéditeur doit revenir plus tard ; un vrai serveur le fait, un robot de spam rarement.',
        en: '450: a temporary refusal. The sender must come back later; a real server does, a spam robot rarely.',
      },
    },
    {
      kind: 'predictReply',
      id: 'unknown-user',
      anchor: { kind: 'reply', key: 'smtp.reply.userUnknown' },
      prompt: {
        fr: 'Il n’y a pas de boîte `carol` à ecole.example. Que répond le MX à `RCPT TO:<carol@ecole.example>` ?',
        en: 'There is no mailbox `carol` at ecole.example. What does the MX answer to `RCPT TO:<carol@ecole.example>`?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: 'Le MX vérifie ses destinataires tout de suite : il n’accepte pas de message pour une boîte qui n’existe pas.',
            en: 'The MX checks its recipients right away: it does not accept a message for a mailbox that does not exist.',
          },
        },
        {
          code: '450',
          why: {
            fr: 'Une erreur temporaire ferait réessayer le serveur d’Alice pendant des jours, pour rien : la boîte n’apparaîtra pas toute seule.',
            en: 'A temporary error would make Alice’s server try again for days, for nothing: the mailbox will not appear by itself.',
          },
        },
        {
          code: '354',
          why: {
            fr: '354 ne répond qu’à `DATA` : il invite à envoyer le texte du message.',
            en: '354 only answers `DATA`: it invites the message text.',
          },
        },
      ],
      explanation: {
        fr: '550, avec 5.1.1 : boîte aux lettres inconnue. Une erreur définitive : pas de nouvel essai.',
        en: '550, with 5.1.1: unknown mailbox. A permanent error: no retry.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'deferred',
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=deferred' },
      prompt: {
        fr: 'Le MX de Bob a répondu 450. Que fait le serveur d’Alice du message pour Bob ?',
        en: 'Bob’s MX answered 450. What does Alice’s server do with the message for Bob?',
      },
      options: [
        {
          text: {
            fr: 'Il envoie tout de suite un rebond à Alice',
            en: 'It sends Alice a bounce at once',
          },
          correct: false,
          why: {
            fr: 'Non. C’est ce qu’il fait après une erreur en 5xx, comme pour `carol`. Un 4xx n’est pas encore un échec.',
            en: 'No. That is what it does after a 5xx error, as for `carol`. A 4xx is not a failure yet.',
          },
        },
        {
          text: {
            fr: 'Il le garde dans sa file d’attente et réessaie plus tard',
            en: 'It keeps it in its queue and tries again later',
          },
          correct: true,
          why: {
            fr: 'Oui. Une erreur en 4xx est temporaire : le message attend dans la file, et le serveur réessaie à intervalles de plus en plus longs, jusqu’à cinq jours par défaut.',
            en: 'Yes. A 4xx error is temporary: the message waits in the queue, and the server tries again at longer and longer intervals, for up to five days by default.',
          },
        },
        {
          text: { fr: 'Il le supprime sans rien dire', en: 'It deletes it without a word' },
          correct: false,
          why: {
            fr: 'Non. Un serveur ne jette jamais un message qu’il a accepté : il le remet, ou il envoie un rebond.',
            en: 'No. A server never drops a message it has accepted: it delivers it, or it sends a bounce.',
          },
        },
        {
          text: {
            fr: 'Il essaie aussitôt un autre serveur',
            en: 'It tries another server right away',
          },
          correct: false,
          why: {
            fr: 'Non. `ecole.example` n’a qu’un seul MX, et ce MX a répondu : il a demandé d’attendre.',
            en: 'No. `ecole.example` has a single MX, and that MX did answer: it asked to wait.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'null-sender',
      anchor: nullSender,
      prompt: {
        fr: 'Cliquez sur la ligne qui montre que le rebond part avec l’expéditeur vide.',
        en: 'Click the line that shows the bounce leaving with the null sender.',
      },
      explanation: {
        fr: 'La ligne de la file d’attente du rebond porte `from=<>` : un expéditeur d’enveloppe vide. Personne ne peut lui renvoyer un rebond.',
        en: 'The queue line of the bounce reads `from=<>`: an empty envelope sender. Nobody can send a bounce back to it.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'why-null-sender',
      anchor: aliceReadsBounce,
      prompt: {
        fr: 'Le rebond porte `Return-Path: <>`. Pourquoi un rebond a-t-il un expéditeur vide ?',
        en: 'The bounce carries `Return-Path: <>`. Why does a bounce have an empty sender?',
      },
      options: [
        {
          text: {
            fr: 'Pour cacher le serveur qui l’a écrit',
            en: 'To hide which server wrote it',
          },
          correct: false,
          why: {
            fr: 'Non. L’en-tête `Received:` et le rapport nomment ouvertement `smtp.lycee.example`.',
            en: 'No. The `Received:` header and the report name `smtp.lycee.example` openly.',
          },
        },
        {
          text: {
            fr: 'Parce que le serveur d’Alice n’a pas d’adresse',
            en: 'Because Alice’s server has no address',
          },
          correct: false,
          why: {
            fr: 'Non. L’en-tête `From:` donne `MAILER-DAEMON@lycee.example`. Seule l’enveloppe est vide.',
            en: 'No. The `From:` header gives `MAILER-DAEMON@lycee.example`. Only the envelope is empty.',
          },
        },
        {
          text: {
            fr: 'Pour qu’un rebond ne provoque jamais un autre rebond',
            en: 'So that a bounce never causes another bounce',
          },
          correct: true,
          why: {
            fr: 'Oui. Si le rebond lui-même ne pouvait pas être remis, il n’y aurait personne à prévenir : pas de boucle de rebonds entre deux serveurs. C’est la règle de la RFC 5321 (Request for Comments, une norme d’Internet), section 4.5.5.',
            en: 'Yes. If the bounce itself could not be delivered, there would be nobody to warn: no loop of bounces between two servers. That is the rule of RFC 5321 (Request for Comments, an Internet standard), section 4.5.5.',
          },
        },
      ],
    },
    {
      kind: 'predictReply',
      id: 'retry-accepted',
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: retry },
      prompt: {
        fr: 'Cinq minutes plus tard, le serveur d’Alice réessaie, avec le même expéditeur et le même destinataire. Que répond le MX à `RCPT TO` cette fois ?',
        en: 'Five minutes later, Alice’s server tries again, with the same sender and recipient. What does the MX answer to `RCPT TO` this time?',
      },
      distractors: [
        {
          code: '450',
          why: {
            fr: 'Le délai de la liste grise est passé et le même serveur est revenu : le MX le laisse passer.',
            en: 'The greylisting delay is over and the same server came back: the MX lets it through.',
          },
        },
        {
          code: '550',
          why: {
            fr: 'La boîte de Bob existe : un refus en 5xx serait faux, et ferait abandonner le serveur d’Alice.',
            en: 'Bob’s mailbox exists: a 5xx refusal would be wrong, and would make Alice’s server give up.',
          },
        },
        {
          code: '354',
          why: {
            fr: 'Seul `DATA` reçoit 354.',
            en: 'Only `DATA` gets 354.',
          },
        },
      ],
      explanation: {
        fr: '250 : accepté. Ce nouvel essai, c’est exactement ce qu’attendait la liste grise.',
        en: '250: accepted. This retry is exactly what greylisting was waiting for.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'deliver', text: 'lmtp(bob@ecole.example)' },
    text: {
      fr: 'Bob a reçu le message après le nouvel essai, et Alice a reçu le rebond pour `carol`.',
      en: 'Bob got the message after the retry, and Alice got the bounce for `carol`.',
    },
  },
  recap: [
    {
      fr: '4xx : « réessayez plus tard », le message reste dans la file d’attente. 5xx : « abandonnez », pas de nouvel essai.',
      en: '4xx: "try again later", the message stays in the queue. 5xx: "give up", no retry.',
    },
    {
      fr: 'La file garde un message jusqu’à cinq jours, avec des attentes de plus en plus longues entre les essais ; l’horloge simulée saute par-dessus.',
      en: 'The queue keeps a message for up to five days, with longer and longer waits between tries; the simulated clock jumps over them.',
    },
    {
      fr: 'Un échec devient un rebond (DSN), envoyé à l’expéditeur de l’enveloppe avec l’expéditeur vide `<>`.',
      en: 'A failure becomes a bounce (DSN), sent to the envelope sender from the null sender `<>`.',
    },
    {
      fr: 'La liste grise compte sur les nouveaux essais : un vrai serveur revient, un robot de spam rarement.',
      en: 'Greylisting relies on retries: a real server comes back, a spam robot rarely does.',
    },
  ],
};
