import type { Lesson } from './types';

const phone = { from: 'bob-phone', to: 'mail-ecole', port: 993 } as const;
const laptop = { from: 'bob-laptop', to: 'mail-ecole', port: 993 } as const;
const expunged = { kind: 'reply', key: 'imap.data.EXPUNGE', conn: laptop } as const;

/**
 * Lesson 9 (CURRICULUM.md): fetching with IMAP. In the lesson-imap world, Bob's phone lists
 * the folders, reads the message (\Seen) and stars it (\Flagged); a minute later his laptop
 * sees both flags, marks the message \Deleted and expunges it. One mailbox, two devices.
 */
export const imapLesson: Lesson = {
  id: 'imap',
  number: 9,
  world: 'lesson-imap',
  title: { fr: 'Relever son courrier avec IMAP', en: 'Fetching with IMAP' },
  minutes: 15,
  objectives: [
    {
      fr: 'Lire une session IMAP (Internet Message Access Protocol) : étiquettes, réponses non étiquetées, `LOGIN`, `LIST`, `SELECT`, `FETCH`.',
      en: 'Read an IMAP (Internet Message Access Protocol) session: tags, untagged responses, `LOGIN`, `LIST`, `SELECT`, `FETCH`.',
    },
    {
      fr: 'Suivre les drapeaux `\\Seen`, `\\Flagged` et `\\Deleted`, `STORE`, `EXPUNGE` et les UID.',
      en: 'Follow the `\\Seen`, `\\Flagged` and `\\Deleted` flags, `STORE`, `EXPUNGE` and UIDs.',
    },
    {
      fr: 'Voir deux appareils partager la même boîte aux lettres, et comparer avec POP3 (Post Office Protocol).',
      en: 'Watch two devices share one mailbox, and compare with POP3 (Post Office Protocol).',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'reply', key: 'imap.reply.greeting', conn: phone },
      text: {
        fr: 'Une minute après la livraison, le téléphone de Bob se connecte en IMAP sur le port 993, dans TLS (Transport Layer Security). L’accueil commence par `*` : une réponse non étiquetée, une information que le serveur donne sans qu’on la demande.',
        en: 'A minute after delivery, Bob’s phone connects with IMAP on port 993, inside TLS (Transport Layer Security). The greeting starts with `*`: an untagged response, information the server gives without being asked.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'LOGIN', conn: phone },
      text: {
        fr: 'Chaque commande commence par une étiquette choisie par le client : `a1`, `a2`… Le serveur termine sa réponse par la même étiquette.',
        en: 'Each command starts with a tag the client chooses: `a1`, `a2`… The server ends its answer with the same tag.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.loggedIn', conn: phone },
      text: {
        fr: '`a1 OK` : la réponse à `a1` est terminée, et réussie. La session passe de « non authentifiée » à « authentifiée ».',
        en: '`a1 OK`: the answer to `a1` is over, and it succeeded. The session moves from "not authenticated" to "authenticated".',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.listCompleted', conn: phone },
      text: {
        fr: '`LIST` demande les dossiers. Quatre lignes `LIST` non étiquetées : INBOX, Junk, Sent, Trash. Contrairement à POP3, IMAP garde plusieurs dossiers sur le serveur.',
        en: '`LIST` asks for the folders. Four untagged `LIST` lines: INBOX, Junk, Sent, Trash. Unlike POP3, IMAP keeps several folders on the server.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.selectCompleted', conn: phone },
      text: {
        fr: '`SELECT` ouvre la boîte de réception. Les lignes non étiquetées la décrivent : les drapeaux permis, un message (`EXISTS`), et `UIDVALIDITY`.',
        en: '`SELECT` opens the inbox. The untagged lines describe it: the flags allowed, one message (`EXISTS`), and `UIDVALIDITY`.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, conn: phone, nth: 0 },
      text: {
        fr: '`UID FETCH 1:* (FLAGS)` liste chaque message par son UID, un numéro qui ne change pas tant que `UIDVALIDITY` reste le même, avec ses drapeaux. Pas de `\\Seen` : le message n’est pas lu.',
        en: '`UID FETCH 1:* (FLAGS)` lists each message by its UID, a number that does not change while `UIDVALIDITY` stays the same, with its flags. No `\\Seen`: the message is unread.',
      },
    },
    {
      anchor: { kind: 'reply', conn: phone, text: 'BODY[] {' },
      text: {
        fr: '`BODY[]` télécharge le message entier. Le lire pose le drapeau `\\Seen` sur le serveur : le message est lu, pour tous les appareils.',
        en: '`BODY[]` downloads the whole message. Reading it sets the `\\Seen` flag on the server: the message is read, for every device.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'UID STORE', conn: phone },
      text: {
        fr: 'Bob met une étoile au message, pour s’en occuper à la maison. `STORE` change les drapeaux : `+FLAGS (\\Flagged)` en ajoute un.',
        en: 'Bob stars the message, to deal with it at home. `STORE` changes flags: `+FLAGS (\\Flagged)` adds one.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.data.FETCH', conn: phone, text: '\\Flagged' },
      text: {
        fr: 'Le serveur répond avec les nouveaux drapeaux : `\\Flagged` et `\\Seen`. Ils sont gardés sur le serveur, pas dans le téléphone.',
        en: 'The server answers with the new flags: `\\Flagged` and `\\Seen`. They are kept on the server, not in the phone.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, conn: laptop, nth: 0 },
      text: {
        fr: 'Une minute plus tard, l’ordinateur portable de Bob ouvre la même boîte. Sa liste montre `\\Flagged \\Seen` : il voit ce que le téléphone a fait.',
        en: 'A minute later, Bob’s laptop opens the same inbox. Its list shows `\\Flagged \\Seen`: it sees what the phone did.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'UID FETCH', conn: laptop, nth: 1 },
      text: {
        fr: 'Le message est déjà lu : le portable le télécharge avec `BODY.PEEK[]`, qui ne change aucun drapeau.',
        en: 'The message is already read, so the laptop downloads it with `BODY.PEEK[]`, which changes no flag.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'UID STORE', conn: laptop },
      text: {
        fr: 'Bob s’en est occupé : il supprime le message. Le portable ajoute le drapeau `\\Deleted`. Avec `.SILENT`, le serveur ne renvoie pas les drapeaux.',
        en: 'Bob has dealt with it: he deletes the message. The laptop adds the `\\Deleted` flag. With `.SILENT`, the server does not send the flags back.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.storeCompleted', conn: laptop },
      text: {
        fr: 'Un message `\\Deleted` est seulement marqué, comme après `DELE` en POP3. Il est toujours dans la boîte.',
        en: 'A `\\Deleted` message is only marked, as after `DELE` in POP3. It is still in the mailbox.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'EXPUNGE', conn: laptop },
      text: {
        fr: '`EXPUNGE` retire pour de bon tous les messages marqués `\\Deleted` du dossier ouvert.',
        en: '`EXPUNGE` removes for good every message marked `\\Deleted` in the open folder.',
      },
    },
    {
      anchor: expunged,
      text: {
        fr: 'La ligne non étiquetée `EXPUNGE` donne le numéro du message parti. Le message a quitté le serveur : le téléphone ne le verra plus à sa prochaine relève.',
        en: 'The untagged `EXPUNGE` line gives the number of the message that left. The message has left the server: the phone will not see it at its next check.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.logoutCompleted', conn: laptop },
      text: {
        fr: 'Le portable se déconnecte. Avec IMAP, la boîte, ses dossiers et ses drapeaux vivent sur le serveur ; chaque appareil ne fait que les montrer.',
        en: 'The laptop logs out. With IMAP, the mailbox, its folders and its flags live on the server; each device only shows them.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'login-ok',
      anchor: { kind: 'reply', key: 'imap.reply.loggedIn', conn: phone },
      prompt: {
        fr: 'Le téléphone envoie `a1 LOGIN` avec le bon mot de passe. Quel état porte la réponse étiquetée ?',
        en: 'The phone sends `a1 LOGIN` with the right password. Which status does the tagged answer carry?',
      },
      distractors: [
        {
          code: 'NO',
          why: {
            fr: '`NO` dirait que la commande a échoué, par exemple avec un mauvais mot de passe.',
            en: '`NO` would say the command failed, for instance with a wrong password.',
          },
        },
        {
          code: 'BAD',
          why: {
            fr: '`BAD` signale une commande mal écrite. Celle-ci est correcte.',
            en: '`BAD` reports a badly written command. This one is correct.',
          },
        },
        {
          code: '+OK',
          why: {
            fr: '`+OK` est la réponse de POP3. IMAP répond par l’étiquette, puis `OK`, `NO` ou `BAD`.',
            en: '`+OK` is POP3’s answer. IMAP answers with the tag, then `OK`, `NO` or `BAD`.',
          },
        },
      ],
      explanation: {
        fr: '`OK`, après l’étiquette `a1` : cette commande a réussi. La session est authentifiée.',
        en: '`OK`, after the tag `a1`: this command succeeded. The session is authenticated.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'tagged-end',
      anchor: { kind: 'reply', key: 'imap.reply.selectCompleted', conn: phone },
      prompt: {
        fr: 'Plusieurs lignes répondent à `a3 SELECT`. Laquelle dit au client que la commande est terminée ?',
        en: 'Several lines answer `a3 SELECT`. Which one tells the client that the command is over?',
      },
      options: [
        {
          text: {
            fr: 'La première ligne non étiquetée (`* FLAGS`)',
            en: 'The first untagged line (`* FLAGS`)',
          },
          correct: false,
          why: {
            fr: 'Non. Une ligne qui commence par `*` apporte des données ; d’autres peuvent suivre.',
            en: 'No. A line starting with `*` brings data; more may follow.',
          },
        },
        {
          text: {
            fr: 'La ligne qui commence par l’étiquette `a3`',
            en: 'The line starting with the tag `a3`',
          },
          correct: true,
          why: {
            fr: 'Oui. La ligne étiquetée termine toujours la réponse, avec `OK`, `NO` ou `BAD`.',
            en: 'Yes. The tagged line always ends the answer, with `OK`, `NO` or `BAD`.',
          },
        },
        {
          text: {
            fr: 'La ligne avec `EXISTS`',
            en: 'The line with `EXISTS`',
          },
          correct: false,
          why: {
            fr: 'Non. `EXISTS` donne le nombre de messages ; c’est une donnée non étiquetée, pas la fin.',
            en: 'No. `EXISTS` gives the number of messages; it is untagged data, not the end.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'flags-shared',
      anchor: { kind: 'command', verb: 'UID FETCH', conn: laptop, nth: 0 },
      prompt: {
        fr: 'Le téléphone a lu le message et lui a mis une étoile. Quels drapeaux le portable va-t-il voir ?',
        en: 'The phone read the message and starred it. Which flags will the laptop see?',
      },
      options: [
        {
          text: {
            fr: 'Aucun : les drapeaux restent dans le téléphone',
            en: 'None: the flags stay in the phone',
          },
          correct: false,
          why: {
            fr: 'Non. Avec IMAP, les drapeaux sont gardés sur le serveur, avec le message.',
            en: 'No. With IMAP, flags are kept on the server, with the message.',
          },
        },
        {
          text: {
            fr: 'Seulement `\\Flagged` : chaque appareil garde sa propre marque de lecture',
            en: 'Only `\\Flagged`: each device keeps its own read marks',
          },
          correct: false,
          why: {
            fr: 'Non. `\\Seen` est gardé sur le serveur comme les autres : lu sur un appareil, lu partout.',
            en: 'No. `\\Seen` is kept on the server like the others: read on one device, read everywhere.',
          },
        },
        {
          text: {
            fr: '`\\Flagged` et `\\Seen`, posés par le téléphone',
            en: '`\\Flagged` and `\\Seen`, set by the phone',
          },
          correct: true,
          why: {
            fr: 'Oui. Les deux appareils lisent la même boîte sur le serveur, drapeaux compris.',
            en: 'Yes. Both devices read the same mailbox on the server, flags included.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'deleted-is-a-mark',
      anchor: { kind: 'reply', key: 'imap.reply.storeCompleted', conn: laptop },
      prompt: {
        fr: 'Le portable a posé `\\Deleted`. Le message a-t-il quitté le serveur ?',
        en: 'The laptop has set `\\Deleted`. Has the message left the server?',
      },
      options: [
        {
          text: { fr: 'Oui, aussitôt', en: 'Yes, at once' },
          correct: false,
          why: {
            fr: 'Non. `\\Deleted` n’est qu’une marque : le message reste et compte encore dans le quota.',
            en: 'No. `\\Deleted` is only a mark: the message stays and still counts towards the quota.',
          },
        },
        {
          text: {
            fr: 'Non, il est marqué jusqu’à `EXPUNGE`',
            en: 'No, it is marked until `EXPUNGE`',
          },
          correct: true,
          why: {
            fr: 'Oui. Seul `EXPUNGE` (ou `CLOSE`) retire les messages marqués.',
            en: 'Yes. Only `EXPUNGE` (or `CLOSE`) removes the marked messages.',
          },
        },
        {
          text: {
            fr: 'Non, il est parti dans le dossier Trash',
            en: 'No, it went to the Trash folder',
          },
          correct: false,
          why: {
            fr: 'Non. Un drapeau ne déplace rien. Certains clients copient d’abord le message dans Trash, mais celui-ci ne l’a pas fait.',
            en: 'No. A flag moves nothing. Some clients first copy the message to Trash, but this one did not.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'expunge-line',
      anchor: expunged,
      prompt: {
        fr: 'Cliquez sur la ligne où le serveur annonce que le message a quitté la boîte de réception.',
        en: 'Click the line where the server says the message has left the inbox.',
      },
      explanation: {
        fr: 'La réponse non étiquetée `EXPUNGE` donne le numéro du message retiré. Tout client qui a ce dossier ouvert la reçoit aussi.',
        en: 'The untagged `EXPUNGE` response gives the number of the message removed. Every client with this folder open receives it too.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'pop3-or-imap',
      anchor: { kind: 'reply', key: 'imap.reply.logoutCompleted', conn: laptop },
      prompt: {
        fr: 'Comparez avec la leçon 8. Bob lit son courrier sur deux appareils et veut voir partout la même boîte, lus et étoiles compris. Quel protocole lui convient ?',
        en: 'Compare with lesson 8. Bob reads his mail on two devices and wants the same inbox everywhere, read marks and stars included. Which protocol fits?',
      },
      options: [
        {
          text: {
            fr: 'POP3 : chaque appareil télécharge sa copie',
            en: 'POP3: each device downloads its own copy',
          },
          correct: false,
          why: {
            fr: 'Non. Avec POP3, chaque appareil a sa copie et ses propres lus ; le serveur ne garde ni drapeaux ni dossiers.',
            en: 'No. With POP3, each device has its own copy and its own read marks; the server keeps no flags and no folders.',
          },
        },
        {
          text: {
            fr: 'IMAP : la boîte et ses drapeaux restent sur le serveur',
            en: 'IMAP: the mailbox and its flags stay on the server',
          },
          correct: true,
          why: {
            fr: 'Oui. Chaque appareil montre la même boîte : ce que l’un lit, marque ou supprime, l’autre le voit.',
            en: 'Yes. Every device shows the same mailbox: what one reads, stars or deletes, the other sees.',
          },
        },
        {
          text: {
            fr: 'SMTP (Simple Mail Transfer Protocol), sur le port 587',
            en: 'SMTP (Simple Mail Transfer Protocol), on port 587',
          },
          correct: false,
          why: {
            fr: 'Non. SMTP envoie le courrier ; il ne sert pas à lire une boîte aux lettres.',
            en: 'No. SMTP sends mail; it is not used to read a mailbox.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: expunged,
    text: {
      fr: 'Le portable a retiré le message que le téléphone avait lu et marqué d’une étoile.',
      en: 'The laptop removed the message the phone had read and starred.',
    },
  },
  recap: [
    {
      fr: 'Chaque commande IMAP porte une étiquette (`a1`, `a2`…) ; les lignes `*` apportent des données, la ligne étiquetée (`OK`, `NO`, `BAD`) termine la réponse.',
      en: 'Each IMAP command carries a tag (`a1`, `a2`…); `*` lines bring data, and the tagged line (`OK`, `NO`, `BAD`) ends the answer.',
    },
    {
      fr: '`LOGIN`, `LIST` (les dossiers), `SELECT` (en ouvrir un), `FETCH` (drapeaux, message), `STORE` (changer des drapeaux), `EXPUNGE`, `LOGOUT`.',
      en: '`LOGIN`, `LIST` (the folders), `SELECT` (open one), `FETCH` (flags, message), `STORE` (change flags), `EXPUNGE`, `LOGOUT`.',
    },
    {
      fr: 'Les drapeaux sont sur le serveur : `\\Seen` (lu), `\\Flagged` (étoile), `\\Deleted` (à retirer, jusqu’à `EXPUNGE`). Tous les appareils les voient.',
      en: 'Flags live on the server: `\\Seen` (read), `\\Flagged` (starred), `\\Deleted` (to remove, until `EXPUNGE`). Every device sees them.',
    },
    {
      fr: 'Un UID ne change pas tant que `UIDVALIDITY` reste le même : le client sait quels messages il a déjà.',
      en: 'A UID does not change while `UIDVALIDITY` stays the same: the client knows which messages it already has.',
    },
    {
      fr: 'POP3 télécharge une copie par appareil ; IMAP laisse la boîte sur le serveur, la même partout.',
      en: 'POP3 downloads one copy per device; IMAP leaves the mailbox on the server, the same everywhere.',
    },
  ],
};
