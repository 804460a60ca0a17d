import type { Lesson } from './types';

const submission = { to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25 } as const;

/** Lesson 2 (CURRICULUM.md): the SMTP dialogue, command by command, reply by reply. */
export const smtpDialogueLesson: Lesson = {
  id: 'smtp-dialogue',
  number: 2,
  world: 'classroom',
  title: { fr: 'Le dialogue SMTP', en: 'The SMTP dialogue' },
  minutes: 15,
  objectives: [
    {
      fr: 'Lire un dialogue SMTP (Simple Mail Transfer Protocol) : accueil, `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, la ligne « . », `QUIT`.',
      en: 'Read an SMTP (Simple Mail Transfer Protocol) dialogue: greeting, `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, the "." line, `QUIT`.',
    },
    {
      fr: 'Prévoir le code de réponse du serveur à chaque commande.',
      en: 'Predict the server’s reply code to each command.',
    },
    {
      fr: 'Reconnaître les classes de codes de réponse (2xx, 3xx, 4xx, 5xx) et lire un code d’état étendu.',
      en: 'Tell the reply code classes apart (2xx, 3xx, 4xx, 5xx) and read an enhanced status code.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'connect', conn: submission },
      text: {
        fr: 'Le client d’Alice ouvre une connexion vers le port 587 de son serveur. Il n’envoie rien : en SMTP, c’est le serveur qui parle le premier.',
        en: 'Alice’s client opens a connection to port 587 of her server. It sends nothing: in SMTP, the server speaks first.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: submission },
      text: {
        fr: 'L’accueil : un code à trois chiffres, puis un texte pour les humains. Les logiciels ne lisent que le code.',
        en: 'The greeting: a three-digit code, then text for humans. Software reads only the code.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'EHLO', conn: submission, nth: 0 },
      text: {
        fr: 'Le client se présente avec `EHLO` et le nom de sa machine. `EHLO` annonce un client SMTP étendu (ESMTP) ; l’ancien `HELO` ne le fait pas.',
        en: 'The client introduces itself with `EHLO` and its machine’s name. `EHLO` announces an extended SMTP (ESMTP) client; the old `HELO` does not.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: submission, nth: 0 },
      text: {
        fr: 'Une réponse sur plusieurs lignes : le tiret après le code annonce « la suite arrive », l’espace marque la dernière ligne. Chaque ligne est une extension que le serveur sait faire : `SIZE` donne la taille maximale, `STARTTLS` propose le chiffrement (leçon 5).',
        en: 'A reply on several lines: a dash after the code means "more is coming", a space marks the last line. Each line is an extension the server supports: `SIZE` gives the largest message, `STARTTLS` offers encryption (lesson 5).',
      },
    },
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: submission },
      text: {
        fr: 'Après le chiffrement et l’authentification (leçons 5 et 6), la transaction commence. `MAIL FROM` donne l’adresse de l’expéditeur de l’enveloppe, celle qui recevra un éventuel rebond.',
        en: 'After encryption and authentication (lessons 5 and 6), the transaction starts. `MAIL FROM` gives the envelope sender, the address that would get a bounce.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: submission },
      text: {
        fr: 'Accepté. Après le code 250 vient un code d’état étendu en trois parties : classe, sujet, détail. Ici, le sujet 1 parle des adresses.',
        en: 'Accepted. After code 250 comes an enhanced status code in three parts: class, subject, detail. Here subject 1 is about addresses.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: submission },
      text: {
        fr: '`RCPT TO` donne un destinataire. Il y a une commande `RCPT TO` par destinataire.',
        en: '`RCPT TO` gives one recipient. There is one `RCPT TO` command per recipient.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: submission },
      text: {
        fr: 'Le serveur accepte ce destinataire. Un refus ici (un code en 4xx ou 5xx) ne concernerait que ce destinataire-là.',
        en: 'The server accepts this recipient. A refusal here (a 4xx or 5xx code) would only concern that one recipient.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'DATA', conn: submission },
      text: {
        fr: '`DATA` : le client demande à envoyer le message lui-même.',
        en: '`DATA`: the client asks to send the message itself.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'DATA' }, conn: submission },
      text: {
        fr: 'Un code en 3xx : « continuez ». Le texte rappelle comment finir : une ligne qui ne contient qu’un point.',
        en: 'A 3xx code: "go on". The text says how to finish: a line holding only a dot.',
      },
    },
    {
      anchor: { kind: 'data', conn: submission },
      text: {
        fr: 'Le message part : en-têtes, ligne vide, corps. Il se termine par une ligne « . » seule. Si une ligne du texte commence par un point, le client en ajoute un second pour ne pas la confondre avec la fin.',
        en: 'The message goes out: headers, a blank line, the body. It ends with a line holding a lone ".". If a line of the text starts with a dot, the client adds a second one so it is not taken for the end.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: submission },
      text: {
        fr: 'Le serveur prend la responsabilité du message et donne son identifiant dans la file d’attente. Un technicien le retrouve avec cet identifiant dans les journaux du serveur.',
        en: 'The server takes responsibility for the message and gives its queue ID. A technician finds it with that ID in the server’s logs.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'QUIT', conn: submission },
      text: {
        fr: '`QUIT` : le client a fini et le dit poliment.',
        en: '`QUIT`: the client is done and says so politely.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'QUIT' }, conn: submission },
      text: {
        fr: 'Le serveur répond, puis ferme la connexion.',
        en: 'The server answers, then closes the connection.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: relay },
      text: {
        fr: 'Entre serveurs, même dialogue. Mais le serveur MX (échangeur de courrier) de Bob a annoncé `PIPELINING` : le relais envoie `MAIL FROM`, `RCPT TO` et `DATA` d’un coup, sans attendre chaque réponse.',
        en: 'Between servers, the same dialogue. But Bob’s mail exchanger (MX) announced `PIPELINING`: the relay sends `MAIL FROM`, `RCPT TO` and `DATA` at once, without waiting for each reply.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'DATA' }, conn: relay },
      text: {
        fr: 'Les réponses arrivent ensuite, dans le même ordre que les commandes. Le client les associe une à une.',
        en: 'The replies come afterwards, in the same order as the commands. The client pairs them one by one.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'rcpt-reply',
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: submission },
      prompt: {
        fr: 'Bob a bien une adresse chez `ecole.example` et Alice est authentifiée. Que répond le serveur à `RCPT TO` ?',
        en: 'Bob does have an address at `ecole.example` and Alice has logged in. What does the server answer to `RCPT TO`?',
      },
      distractors: [
        {
          code: '354',
          why: {
            fr: '354 ne répond qu’à `DATA`, pour inviter à envoyer le message.',
            en: '354 only answers `DATA`, to invite the message.',
          },
        },
        {
          code: '550',
          why: {
            fr: '550 refuserait définitivement le destinataire. Rien ici ne justifie un refus.',
            en: '550 would refuse the recipient for good. Nothing here calls for a refusal.',
          },
        },
        {
          code: '221',
          why: {
            fr: '221 est l’au revoir du serveur, après `QUIT`.',
            en: '221 is the server’s goodbye, after `QUIT`.',
          },
        },
      ],
      explanation: {
        fr: '250 : la commande a réussi, le destinataire est accepté.',
        en: '250: the command succeeded, the recipient is accepted.',
      },
    },
    {
      kind: 'predictReply',
      id: 'data-reply',
      anchor: { kind: 'reply', after: { command: 'DATA' }, conn: submission },
      prompt: {
        fr: 'Le client envoie `DATA`. Quel code le serveur renvoie-t-il ?',
        en: 'The client sends `DATA`. Which code does the server send back?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: '250 dirait « terminé ». Or le message n’est pas encore parti : le serveur doit d’abord inviter le client à l’envoyer.',
            en: '250 would mean "done". But the message has not been sent yet: the server must first invite the client to send it.',
          },
        },
        {
          code: '235',
          why: {
            fr: '235 répond à une authentification réussie (`AUTH`), pas à `DATA`.',
            en: '235 answers a successful login (`AUTH`), not `DATA`.',
          },
        },
        {
          code: '503',
          why: {
            fr: '503 signale une commande hors d’ordre, par exemple `DATA` sans destinataire. Ici, `RCPT TO` a été accepté.',
            en: '503 flags a command out of order, such as `DATA` with no recipient. Here `RCPT TO` was accepted.',
          },
        },
      ],
      explanation: {
        fr: '354 est un code en 3xx : la commande est comprise, le serveur attend la suite, ici le message.',
        en: '354 is a 3xx code: the command is understood and the server waits for more, here the message.',
      },
    },
    {
      kind: 'predictReply',
      id: 'quit-reply',
      anchor: { kind: 'reply', after: { command: 'QUIT' }, conn: submission },
      prompt: {
        fr: 'Le client envoie `QUIT`. Que répond le serveur avant de fermer ?',
        en: 'The client sends `QUIT`. What does the server answer before closing?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: '250 répond à une commande réussie de la transaction. La fin de session a son propre code.',
            en: '250 answers a successful command of the transaction. Ending the session has a code of its own.',
          },
        },
        {
          code: '421',
          why: {
            fr: '421 annonce que le service ferme de lui-même (surcharge, délai dépassé). Ici, c’est le client qui part.',
            en: '421 says the service is closing on its own (overload, timeout). Here the client is the one leaving.',
          },
        },
        {
          code: '554',
          why: {
            fr: '554 est un échec définitif de la transaction. Dire au revoir n’est pas une erreur.',
            en: '554 is a permanent failure of the transaction. Saying goodbye is not an error.',
          },
        },
      ],
      explanation: {
        fr: '221 : le service ferme la connexion à la demande du client.',
        en: '221: the service closes the connection at the client’s request.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'reply-classes',
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: submission },
      prompt: {
        fr: 'Un serveur répond avec un code qui commence par 4. Que doit faire le client ?',
        en: 'A server answers with a code starting with 4. What should the client do?',
      },
      options: [
        {
          text: { fr: 'Rien : tout s’est bien passé', en: 'Nothing: all went well' },
          correct: false,
          why: {
            fr: 'Un succès commence par 2, comme 250.',
            en: 'A success starts with 2, as 250 does.',
          },
        },
        {
          text: { fr: 'Réessayer plus tard', en: 'Try again later' },
          correct: true,
          why: {
            fr: 'Oui. 4xx est un échec temporaire : le message reste en file d’attente et le serveur réessaie.',
            en: 'Yes. 4xx is a temporary failure: the message stays queued and the server tries again.',
          },
        },
        {
          text: { fr: 'Abandonner et prévenir l’expéditeur', en: 'Give up and tell the sender' },
          correct: false,
          why: {
            fr: 'C’est ce qu’on fait après un code en 5xx, un échec définitif.',
            en: 'That is what a 5xx code, a permanent failure, calls for.',
          },
        },
        {
          text: { fr: 'Envoyer la suite des données', en: 'Send the rest of the data' },
          correct: false,
          why: {
            fr: 'C’est le sens d’un code en 3xx, comme après `DATA`.',
            en: 'That is what a 3xx code means, as after `DATA`.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'responsibility',
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: submission },
      prompt: {
        fr: 'Cliquez sur la ligne où le serveur d’Alice prend la responsabilité du message.',
        en: 'Click the line where Alice’s server takes responsibility for the message.',
      },
      explanation: {
        fr: 'Après la ligne « . », le serveur répond 250 avec l’identifiant du message dans sa file d’attente. À partir de là, c’est lui qui doit livrer le message ou envoyer un rebond.',
        en: 'After the "." line, the server answers 250 with the message’s queue ID. From then on it must deliver the message or send a bounce.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: relay },
    text: {
      fr: 'Le serveur MX de Bob a accepté le message.',
      en: 'Bob’s MX has accepted the message.',
    },
  },
  recap: [
    {
      fr: 'SMTP est un dialogue : une commande, une réponse. Le serveur parle le premier.',
      en: 'SMTP is a dialogue: one command, one reply. The server speaks first.',
    },
    {
      fr: 'L’ordre est fixe : `EHLO`, `MAIL FROM`, un `RCPT TO` par destinataire, `DATA`, le message, la ligne « . », `QUIT`.',
      en: 'The order is fixed: `EHLO`, `MAIL FROM`, one `RCPT TO` per recipient, `DATA`, the message, the "." line, `QUIT`.',
    },
    {
      fr: 'Le premier chiffre du code de réponse dit tout : 2 réussi, 3 continuez, 4 réessayez plus tard, 5 échec définitif.',
      en: 'The reply code’s first digit says it all: 2 success, 3 go on, 4 try again later, 5 permanent failure.',
    },
    {
      fr: 'Le code d’état étendu (classe.sujet.détail) précise la cause ; le texte n’est là que pour les humains.',
      en: 'The enhanced status code (class.subject.detail) gives the cause; the text is only for humans.',
    },
  ],
};
