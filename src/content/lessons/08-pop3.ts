import type { Lesson } from './types';

const phone = { from: 'bob-phone', to: 'mail-ecole', port: 995 } as const;
const laptop = { from: 'bob-laptop', to: 'mail-ecole', port: 995 } as const;
const deleted = { kind: 'reply', after: { command: 'QUIT' }, conn: laptop } as const;

/**
 * Lesson 8 (CURRICULUM.md): fetching with POP3. In the lesson-pop3 world, Bob's phone downloads
 * the message and marks it with DELE, then loses the connection before QUIT; his laptop finds
 * it still there, downloads it, deletes it and QUITs, and only then is it gone.
 */
export const pop3Lesson: Lesson = {
  id: 'pop3',
  number: 8,
  world: 'lesson-pop3',
  title: { fr: 'Relever son courrier avec POP3', en: 'Fetching with POP3' },
  minutes: 13,
  objectives: [
    {
      fr: 'Suivre une session POP3 (Post Office Protocol, version 3) et ses trois états : AUTHORIZATION, TRANSACTION, UPDATE.',
      en: 'Follow a POP3 (Post Office Protocol, version 3) session and its three states: AUTHORIZATION, TRANSACTION, UPDATE.',
    },
    {
      fr: 'Lire les réponses à `USER`, `PASS`, `STAT`, `LIST`, `UIDL`, `RETR` et `DELE`.',
      en: 'Read the answers to `USER`, `PASS`, `STAT`, `LIST`, `UIDL`, `RETR` and `DELE`.',
    },
    {
      fr: 'Expliquer pourquoi les suppressions n’ont lieu qu’à `QUIT`, grâce à une connexion coupée.',
      en: 'Explain why deletions happen only at `QUIT`, thanks to a dropped connection.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'connect', conn: phone },
      text: {
        fr: 'Une minute après la livraison, le téléphone de Bob relève son courrier. Il se connecte au port 995 : TLS (Transport Layer Security) dès le premier octet.',
        en: 'A minute after delivery, Bob’s phone checks his mail. It connects to port 995: TLS (Transport Layer Security) from the first byte.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'pop3.reply.greeting', conn: phone },
      text: {
        fr: 'Le serveur accueille avec `+OK`. POP3 n’a que deux réponses : `+OK` (oui) et `-ERR` (non). La session est dans l’état AUTHORIZATION : il faut d’abord se connecter.',
        en: 'The server greets with `+OK`. POP3 has only two answers: `+OK` (yes) and `-ERR` (no). The session is in the AUTHORIZATION state: the client must log in first.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'USER', conn: phone },
      text: {
        fr: '`USER` donne le nom d’utilisateur, puis `PASS` le mot de passe, tous deux en clair dans la session. Seul TLS les protège d’un espion sur le réseau.',
        en: '`USER` gives the user name, then `PASS` the password, both in clear inside the session. Only TLS protects them from an eavesdropper.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'PASS' }, conn: phone },
      text: {
        fr: 'Connecté. La session passe dans l’état TRANSACTION : le client peut maintenant lire et marquer les messages.',
        en: 'Logged in. The session moves to the TRANSACTION state: the client may now read and mark messages.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'STAT' }, conn: phone },
      text: {
        fr: '`STAT` répond par deux nombres : combien de messages, et leur taille totale en octets. Ici, un seul message.',
        en: '`STAT` answers with two numbers: how many messages, and their total size in octets. Here, a single message.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'LIST' }, conn: phone },
      text: {
        fr: '`LIST` donne le numéro et la taille de chaque message. Ces numéros (1, 2, 3…) ne valent que pour cette session.',
        en: '`LIST` gives each message’s number and size. These numbers (1, 2, 3…) only hold for this session.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UIDL' }, conn: phone },
      text: {
        fr: '`UIDL` donne à chaque message un identifiant unique, qui ne change pas d’une session à l’autre. C’est ainsi qu’un client sait quels messages il a déjà.',
        en: '`UIDL` gives each message a unique id that does not change from one session to the next. That is how a client knows which messages it already has.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RETR' }, conn: phone },
      text: {
        fr: '`RETR 1` télécharge le message 1 en entier : en-têtes et corps, terminés par une ligne avec un seul point.',
        en: '`RETR 1` downloads message 1 whole: headers and body, ended by a line holding a single dot.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'DELE' }, conn: phone },
      text: {
        fr: 'Le serveur marque le message comme supprimé. Il reste sur le disque jusqu’à la fin correcte de la session.',
        en: 'The server marks the message as deleted. It stays on the disk until the session ends properly.',
      },
    },
    {
      anchor: { kind: 'close', conn: phone },
      text: {
        fr: 'Le train de Bob entre dans un tunnel : le téléphone perd la connexion avant `QUIT`. Le serveur n’entre jamais dans l’état UPDATE : la marque est oubliée, rien n’est supprimé.',
        en: 'Bob’s train enters a tunnel: the phone loses the connection before `QUIT`. The server never enters the UPDATE state: the mark is forgotten, nothing is deleted.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'STAT' }, conn: laptop },
      text: {
        fr: 'Une minute plus tard, l’ordinateur portable de Bob relève la même boîte aux lettres. `STAT` : le message est toujours là.',
        en: 'A minute later, Bob’s laptop checks the same mailbox. `STAT`: the message is still there.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UIDL' }, conn: laptop },
      text: {
        fr: 'Même identifiant unique que tout à l’heure. Le portable ne l’a jamais téléchargé : il le télécharge à son tour. Avec POP3, chaque appareil garde sa propre copie.',
        en: 'The same unique id as before. The laptop has never downloaded it, so it downloads it too. With POP3, each device keeps its own copy.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'DELE', conn: laptop },
      text: {
        fr: 'Il marque le message pour suppression, comme le téléphone.',
        en: 'It marks the message for deletion, as the phone did.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'QUIT', conn: laptop },
      text: {
        fr: 'Cette fois, le client envoie `QUIT`. Le serveur entre dans l’état UPDATE et supprime les messages marqués…',
        en: 'This time the client sends `QUIT`. The server enters the UPDATE state and deletes the marked messages…',
      },
    },
    {
      anchor: deleted,
      text: {
        fr: '… et le confirme. Le message a quitté le serveur : il n’en reste que les copies du téléphone et du portable.',
        en: '… and says so. The message has left the server: only the phone’s and the laptop’s copies remain.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'pass-reply',
      anchor: { kind: 'reply', after: { command: 'PASS' }, conn: phone },
      prompt: {
        fr: 'Le mot de passe de Bob est le bon. Que répond le serveur à `PASS` ?',
        en: 'Bob’s password is right. What does the server answer to `PASS`?',
      },
      distractors: [
        {
          code: '-ERR',
          why: {
            fr: '`-ERR` dirait non : c’est la réponse à un mauvais mot de passe.',
            en: '`-ERR` would say no: that is the answer to a wrong password.',
          },
        },
        {
          code: '235',
          why: {
            fr: '235 est la réponse de SMTP (Simple Mail Transfer Protocol) à une authentification réussie. POP3 n’a pas de codes à trois chiffres.',
            en: '235 is SMTP’s (Simple Mail Transfer Protocol) answer to a successful login. POP3 has no three-digit codes.',
          },
        },
        {
          code: 'OK',
          why: {
            fr: '`OK` sans le signe plus, précédé d’une étiquette, c’est IMAP (Internet Message Access Protocol). POP3 écrit `+OK`.',
            en: '`OK` without the plus sign, after a tag, is IMAP (Internet Message Access Protocol). POP3 writes `+OK`.',
          },
        },
      ],
      explanation: {
        fr: '`+OK` : connecté. La session passe dans l’état TRANSACTION.',
        en: '`+OK`: logged in. The session moves to the TRANSACTION state.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'dele-marks',
      anchor: { kind: 'command', verb: 'DELE', conn: phone },
      prompt: {
        fr: 'Le téléphone envoie `DELE 1`. Que devient le message tout de suite ?',
        en: 'The phone sends `DELE 1`. What happens to the message right away?',
      },
      options: [
        {
          text: {
            fr: 'Il est effacé du disque du serveur',
            en: 'It is erased from the server’s disk',
          },
          correct: false,
          why: {
            fr: 'Non. Pas encore : le serveur attend la fin de la session pour effacer.',
            en: 'No. Not yet: the server waits for the end of the session to erase anything.',
          },
        },
        {
          text: {
            fr: 'Il est seulement marqué comme supprimé',
            en: 'It is only marked as deleted',
          },
          correct: true,
          why: {
            fr: 'Oui. La suppression aura lieu dans l’état UPDATE, après `QUIT`. Jusque-là, `RSET` pourrait même retirer la marque.',
            en: 'Yes. The deletion happens in the UPDATE state, after `QUIT`. Until then, `RSET` could even remove the mark.',
          },
        },
        {
          text: {
            fr: 'Il est déplacé dans un dossier Corbeille',
            en: 'It is moved to a Trash folder',
          },
          correct: false,
          why: {
            fr: 'Non. POP3 ne connaît pas de dossiers : une seule boîte de réception, sans corbeille.',
            en: 'No. POP3 knows no folders: a single inbox, with no trash.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'still-there',
      anchor: { kind: 'command', verb: 'STAT', conn: laptop },
      prompt: {
        fr: 'Le téléphone avait envoyé `DELE 1`, puis a perdu la connexion. Combien de messages `STAT` va-t-il compter pour le portable ?',
        en: 'The phone had sent `DELE 1`, then lost the connection. How many messages will `STAT` count for the laptop?',
      },
      options: [
        {
          text: {
            fr: 'Aucun : le téléphone l’a supprimé',
            en: 'None: the phone deleted it',
          },
          correct: false,
          why: {
            fr: 'Non. Le téléphone l’a seulement marqué ; sans `QUIT`, la marque a été oubliée.',
            en: 'No. The phone only marked it; without `QUIT`, the mark was forgotten.',
          },
        },
        {
          text: {
            fr: 'Un : la suppression n’a jamais été appliquée',
            en: 'One: the deletion was never applied',
          },
          correct: true,
          why: {
            fr: 'Oui. La session du téléphone n’est jamais entrée dans l’état UPDATE : la boîte est restée telle quelle.',
            en: 'Yes. The phone’s session never entered the UPDATE state: the mailbox stayed as it was.',
          },
        },
        {
          text: {
            fr: 'Deux : la copie du téléphone a été remise sur le serveur',
            en: 'Two: the phone’s copy was put back on the server',
          },
          correct: false,
          why: {
            fr: 'Non. Un client POP3 ne renvoie jamais de message au serveur : il ne fait que télécharger.',
            en: 'No. A POP3 client never sends a message back to the server: it only downloads.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'why-quit',
      anchor: { kind: 'command', verb: 'QUIT', conn: laptop },
      prompt: {
        fr: 'Pourquoi POP3 attend-il `QUIT` pour supprimer les messages ?',
        en: 'Why does POP3 wait for `QUIT` to delete messages?',
      },
      options: [
        {
          text: {
            fr: 'Pour économiser des écritures sur le disque',
            en: 'To save writes to the disk',
          },
          correct: false,
          why: {
            fr: 'Non. La raison est la sûreté des messages, pas la vitesse.',
            en: 'No. The reason is keeping messages safe, not speed.',
          },
        },
        {
          text: {
            fr: 'Pour qu’une session coupée en route laisse la boîte intacte',
            en: 'So that a session cut halfway leaves the mailbox untouched',
          },
          correct: true,
          why: {
            fr: 'Oui. Si la connexion tombe, le client n’a peut-être pas enregistré ce qu’il a téléchargé : rien n’est perdu. C’est la règle de la RFC 1939 (Request for Comments, une norme d’Internet), section 6.',
            en: 'Yes. If the connection drops, the client may not have saved what it downloaded: nothing is lost. That is the rule of RFC 1939 (Request for Comments, an Internet standard), section 6.',
          },
        },
        {
          text: {
            fr: 'Parce que `DELE` demande une confirmation',
            en: 'Because `DELE` needs a confirmation',
          },
          correct: false,
          why: {
            fr: 'Non. Il n’y a pas de confirmation par message : `QUIT` applique toutes les marques d’un coup.',
            en: 'No. There is no confirmation per message: `QUIT` applies every mark at once.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'deleted-at-quit',
      anchor: deleted,
      prompt: {
        fr: 'Cliquez sur la ligne où le serveur annonce qu’il a supprimé les messages.',
        en: 'Click the line where the server says it has deleted the messages.',
      },
      explanation: {
        fr: 'C’est la réponse à `QUIT` du portable : l’état UPDATE a appliqué la marque posée par `DELE`.',
        en: 'It is the answer to the laptop’s `QUIT`: the UPDATE state applied the mark set by `DELE`.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'reply', key: 'pop3.reply.logoutDeleted', conn: laptop },
    text: {
      fr: 'Le `QUIT` du portable a appliqué la suppression : le message a quitté le serveur.',
      en: 'The laptop’s `QUIT` applied the deletion: the message has left the server.',
    },
  },
  recap: [
    {
      fr: 'POP3 passe par trois états : AUTHORIZATION (`USER`, `PASS`), TRANSACTION (`STAT`, `LIST`, `UIDL`, `RETR`, `DELE`), puis UPDATE après `QUIT`.',
      en: 'POP3 goes through three states: AUTHORIZATION (`USER`, `PASS`), TRANSACTION (`STAT`, `LIST`, `UIDL`, `RETR`, `DELE`), then UPDATE after `QUIT`.',
    },
    {
      fr: '`DELE` ne fait que marquer ; la suppression a lieu après `QUIT`. Une connexion coupée avant ne supprime rien.',
      en: '`DELE` only marks; the deletion happens after `QUIT`. A connection cut before it deletes nothing.',
    },
    {
      fr: 'Les identifiants de `UIDL` restent les mêmes d’une session à l’autre ; les numéros de message, non.',
      en: '`UIDL` ids stay the same from one session to the next; message numbers do not.',
    },
    {
      fr: 'POP3 télécharge le courrier sur chaque appareil : chacun garde sa copie, le serveur se vide.',
      en: 'POP3 downloads mail to each device: each keeps its own copy, and the server empties.',
    },
  ],
};
