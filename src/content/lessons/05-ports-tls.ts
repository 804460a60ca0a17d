import type { Lesson } from './types';

const submission = { to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25, nth: 0 } as const;
const imaps = { to: 'mail-ecole', port: 993, nth: 0 } as const;
const implicitSubmission = { to: 'smtp-lycee', port: 465 } as const;

/**
 * Lesson 5 (CURRICULUM.md): ports, TLS and STARTTLS, and what an eavesdropper sees. In the
 * lesson-ports world, Alice's laptop submits on 587 with STARTTLS and her phone on 465.
 */
export const portsTlsLesson: Lesson = {
  id: 'ports-tls',
  number: 5,
  world: 'lesson-ports',
  title: { fr: 'Ports, TLS et STARTTLS', en: 'Ports, TLS and STARTTLS' },
  minutes: 13,
  objectives: [
    {
      fr: 'Suivre le passage au chiffrement TLS (Transport Layer Security) avec `STARTTLS`, et comprendre pourquoi le client renvoie `EHLO`.',
      en: 'Follow the switch to TLS (Transport Layer Security) encryption with `STARTTLS`, and understand why the client sends `EHLO` again.',
    },
    {
      fr: 'Associer chaque port à son rôle : 25 entre serveurs, 587 (STARTTLS) et 465 (TLS implicite) pour la soumission, 993 pour IMAP (Internet Message Access Protocol) chiffré.',
      en: 'Match each port with its role: 25 between servers, 587 (STARTTLS) and 465 (implicit TLS) for submission, 993 for encrypted IMAP (Internet Message Access Protocol).',
    },
    {
      fr: 'Dire ce qu’un espion sur le réseau voit avant et après le chiffrement.',
      en: 'Say what an eavesdropper sees before and after encryption.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'connect', conn: submission },
      text: {
        fr: 'Le client d’Alice se connecte au port 587, le port de soumission. La connexion commence en clair : un espion sur le réseau peut tout lire.',
        en: 'Alice’s client connects to port 587, the submission port. The connection starts in clear text: an eavesdropper can read everything.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: submission },
      text: {
        fr: 'L’accueil du serveur passe en clair. Un espion voit déjà le nom et le logiciel du serveur.',
        en: 'The server’s greeting travels in clear text. An eavesdropper already sees the server’s name and software.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: submission, nth: 0 },
      text: {
        fr: 'La liste des extensions propose `STARTTLS`. Elle ne propose pas encore `AUTH` : ce serveur refuse qu’un mot de passe circule en clair.',
        en: 'The extension list offers `STARTTLS`. It does not offer `AUTH` yet: this server will not let a password travel in clear text.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'STARTTLS', conn: submission },
      text: {
        fr: 'Le client demande à passer en chiffré sur la même connexion, sans changer de port.',
        en: 'The client asks to switch to encryption on the same connection, without changing port.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'STARTTLS' }, conn: submission },
      text: {
        fr: 'Le serveur est prêt. Dès cette réponse, plus aucune commande SMTP (Simple Mail Transfer Protocol) ne passe en clair.',
        en: 'The server is ready. From this reply on, no SMTP (Simple Mail Transfer Protocol) command travels in clear text.',
      },
    },
    {
      anchor: { kind: 'tls', conn: submission },
      text: {
        fr: 'La négociation TLS : version, suite de chiffrement, certificat du serveur. Le client vérifie que le certificat porte bien le nom `smtp.lycee.example`.',
        en: 'The TLS handshake: version, cipher suite, the server’s certificate. The client checks that the certificate does carry the name `smtp.lycee.example`.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'EHLO', conn: submission, encrypted: true },
      text: {
        fr: 'Le client renvoie `EHLO`. La règle de la RFC 3207 (Request for Comments, une norme d’Internet) : après `STARTTLS`, on oublie tout ce qui a été dit en clair, car un attaquant aurait pu le modifier.',
        en: 'The client sends `EHLO` again. The rule of RFC 3207 (Request for Comments, an Internet standard): after `STARTTLS`, forget everything said in clear text, since an attacker could have changed it.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: submission, encrypted: true },
      text: {
        fr: 'La nouvelle liste propose maintenant `AUTH` : l’authentification n’est possible que sous TLS. `STARTTLS` a disparu, puisque c’est déjà fait.',
        en: 'The new list now offers `AUTH`: logging in is only possible under TLS. `STARTTLS` is gone, since it is already done.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'AUTH', conn: submission },
      text: {
        fr: 'Le mot de passe d’Alice part, chiffré. Basculez la vue réseau : l’espion ne voit que des octets illisibles.',
        en: 'Alice’s password goes out, encrypted. Switch to the wire view: the eavesdropper sees only unreadable bytes.',
      },
    },
    {
      anchor: { kind: 'connect', conn: relay },
      text: {
        fr: 'Entre serveurs, c’est le port 25. Le serveur d’Alice n’a pas de mot de passe à donner : le serveur MX (échangeur de courrier) de Bob accepte le courrier pour son propre domaine.',
        en: 'Between servers it is port 25. Alice’s server has no password to give: Bob’s mail exchanger (MX) accepts mail for its own domain.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'STARTTLS', conn: relay },
      text: {
        fr: 'Le serveur MX propose aussi `STARTTLS`, et le serveur d’Alice l’utilise. Sur le port 25, ce chiffrement est opportuniste : sans lui, le courrier passerait quand même, en clair.',
        en: 'The MX also offers `STARTTLS`, and Alice’s server uses it. On port 25 this encryption is opportunistic: without it, mail would still flow, in clear text.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'EHLO', conn: relay, encrypted: true },
      text: {
        fr: 'Là aussi, `EHLO` une seconde fois, sous TLS.',
        en: 'Here too, `EHLO` a second time, under TLS.',
      },
    },
    {
      anchor: { kind: 'tls', conn: imaps },
      text: {
        fr: 'Une minute plus tard, Bob relève son courrier sur le port 993. C’est du TLS implicite : la négociation TLS vient tout de suite, avant même l’accueil du serveur IMAP.',
        en: 'A minute later, Bob checks his mail on port 993. That is implicit TLS: the TLS handshake comes at once, before the IMAP server’s greeting.',
      },
    },
    {
      anchor: { kind: 'connect', conn: implicitSubmission },
      text: {
        fr: 'Cinq minutes après le premier message, Alice envoie un rappel depuis son téléphone. Il est réglé sur le port 465 : la soumission en TLS implicite.',
        en: 'Five minutes after the first message, Alice sends a reminder from her phone. It is set up for port 465: submission with implicit TLS.',
      },
    },
    {
      anchor: { kind: 'tls', conn: implicitSubmission },
      text: {
        fr: 'Pas d’accueil en clair, pas de `STARTTLS` : la négociation TLS commence dès l’ouverture de la connexion.',
        en: 'No clear-text greeting, no `STARTTLS`: the TLS handshake starts as soon as the connection opens.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: implicitSubmission },
      text: {
        fr: 'L’accueil du serveur arrive déjà chiffré. Un espion ne voit rien, même pas le nom du logiciel.',
        en: 'The server’s greeting arrives already encrypted. An eavesdropper sees nothing, not even the software’s name.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: implicitSubmission },
      text: {
        fr: 'Un seul `EHLO` suffit : la connexion était chiffrée dès le départ. La liste propose `AUTH` tout de suite, et pas `STARTTLS`.',
        en: 'One `EHLO` is enough: the connection was encrypted from the start. The list offers `AUTH` at once, and no `STARTTLS`.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'multipleChoice',
      id: 'first-on-465',
      anchor: { kind: 'connect', conn: implicitSubmission },
      prompt: {
        fr: 'Le téléphone vient d’ouvrir la connexion vers le port 465. Que se passe-t-il d’abord ?',
        en: 'The phone has just opened the connection to port 465. What happens first?',
      },
      options: [
        {
          text: { fr: 'La commande `STARTTLS`', en: 'The `STARTTLS` command' },
          correct: false,
          why: {
            fr: 'Non. `STARTTLS` sert à chiffrer une connexion commencée en clair. Ici, elle est chiffrée dès le départ.',
            en: 'No. `STARTTLS` encrypts a connection that started in clear text. This one is encrypted from the start.',
          },
        },
        {
          text: { fr: 'La commande `AUTH`', en: 'The `AUTH` command' },
          correct: false,
          why: {
            fr: 'Non. Le client s’authentifie plus tard, après l’accueil et `EHLO`.',
            en: 'No. The client logs in later, after the greeting and `EHLO`.',
          },
        },
        {
          text: { fr: 'La négociation TLS', en: 'The TLS handshake' },
          correct: true,
          why: {
            fr: 'Oui. Sur le port 465, le TLS est implicite : on chiffre avant de dire le moindre mot SMTP.',
            en: 'Yes. On port 465, TLS is implicit: encryption comes before any SMTP word.',
          },
        },
        {
          text: {
            fr: 'L’accueil du serveur, en clair',
            en: 'The server’s greeting, in clear text',
          },
          correct: false,
          why: {
            fr: 'C’est le cas sur le port 587. Sur le port 465, l’accueil n’arrive qu’après la négociation TLS.',
            en: 'That is what happens on port 587. On port 465 the greeting only comes after the TLS handshake.',
          },
        },
      ],
    },
    {
      kind: 'predictReply',
      id: 'starttls-reply',
      anchor: { kind: 'reply', after: { command: 'STARTTLS' }, conn: submission },
      prompt: {
        fr: 'Le client envoie `STARTTLS`. Que répond le serveur ?',
        en: 'The client sends `STARTTLS`. What does the server answer?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: '250 dirait « fait ». Mais rien n’est encore chiffré : le serveur annonce qu’il est prêt à commencer.',
            en: '250 would mean "done". But nothing is encrypted yet: the server says it is ready to start.',
          },
        },
        {
          code: '354',
          why: {
            fr: '354 invite à envoyer un message après `DATA`. Ici, il ne s’agit pas du message.',
            en: '354 invites a message after `DATA`. This is not about the message.',
          },
        },
        {
          code: '530',
          why: {
            fr: '530 exige `STARTTLS` d’abord. Le client vient justement de l’envoyer.',
            en: '530 demands `STARTTLS` first. The client has just sent it.',
          },
        },
      ],
      explanation: {
        fr: '220 : le serveur est prêt à démarrer TLS. La négociation TLS suit immédiatement.',
        en: '220: the server is ready to start TLS. The TLS handshake follows at once.',
      },
    },
    {
      kind: 'selectLine',
      id: 'first-hidden-line',
      anchor: { kind: 'command', verb: 'EHLO', conn: submission, encrypted: true },
      prompt: {
        fr: 'Sur la connexion d’Alice, cliquez sur la première commande qu’un espion sur le réseau ne peut plus lire.',
        en: 'On Alice’s connection, click the first command an eavesdropper can no longer read.',
      },
      explanation: {
        fr: 'C’est le second `EHLO` : il suit la négociation TLS. Tout ce qui précède est passé en clair.',
        en: 'It is the second `EHLO`: it follows the TLS handshake. Everything before it went in clear text.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'why-ehlo-again',
      anchor: { kind: 'command', verb: 'EHLO', conn: submission, encrypted: true },
      prompt: {
        fr: 'Pourquoi le client envoie-t-il `EHLO` une seconde fois ?',
        en: 'Why does the client send `EHLO` a second time?',
      },
      options: [
        {
          text: {
            fr: 'Pour changer de nom de machine',
            en: 'To change its machine name',
          },
          correct: false,
          why: {
            fr: 'Non. Le client donne le même nom les deux fois.',
            en: 'No. The client gives the same name both times.',
          },
        },
        {
          text: {
            fr: 'Parce que tout ce qui a été dit en clair est oublié après `STARTTLS`',
            en: 'Because everything said in clear text is forgotten after `STARTTLS`',
          },
          correct: true,
          why: {
            fr: 'Oui. Le client redemande la liste des extensions sous TLS, où personne n’a pu la modifier. Elle contient maintenant `AUTH`.',
            en: 'Yes. The client asks for the extension list again under TLS, where nobody could change it. It now contains `AUTH`.',
          },
        },
        {
          text: {
            fr: 'Parce que le serveur n’a pas entendu le premier',
            en: 'Because the server did not hear the first one',
          },
          correct: false,
          why: {
            fr: 'Non. Le serveur a bien répondu au premier `EHLO`.',
            en: 'No. The server did answer the first `EHLO`.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'implicit-tls-port',
      anchor: { kind: 'tls', conn: imaps },
      prompt: {
        fr: 'Pour la soumission, quel port utilise le TLS implicite, comme ici le port 993 pour IMAP ?',
        en: 'For submission, which port uses implicit TLS, as port 993 does here for IMAP?',
      },
      options: [
        {
          text: { fr: '465', en: '465' },
          correct: true,
          why: {
            fr: 'Oui. Sur le port 465, la connexion est chiffrée dès le départ, sans `STARTTLS`.',
            en: 'Yes. On port 465 the connection is encrypted from the start, with no `STARTTLS`.',
          },
        },
        {
          text: { fr: '587', en: '587' },
          correct: false,
          why: {
            fr: 'Non. Le port 587 commence en clair et passe en chiffré avec `STARTTLS`.',
            en: 'No. Port 587 starts in clear text and switches with `STARTTLS`.',
          },
        },
        {
          text: { fr: '25', en: '25' },
          correct: false,
          why: {
            fr: 'Non. Le port 25 sert entre serveurs, avec un `STARTTLS` opportuniste.',
            en: 'No. Port 25 is for server-to-server mail, with opportunistic `STARTTLS`.',
          },
        },
        {
          text: { fr: '143', en: '143' },
          correct: false,
          why: {
            fr: 'Non. Le port 143 est celui d’IMAP avec `STARTTLS`, pas de la soumission.',
            en: 'No. Port 143 is IMAP with `STARTTLS`, not submission.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'server-port',
      anchor: { kind: 'connect', conn: relay },
      prompt: {
        fr: 'Le serveur d’Alice livre au serveur MX de Bob. Sur quel port ?',
        en: 'Alice’s server delivers to Bob’s MX. On which port?',
      },
      options: [
        {
          text: { fr: '587', en: '587' },
          correct: false,
          why: {
            fr: 'Non. Le port 587 est réservé aux clients qui s’authentifient pour envoyer.',
            en: 'No. Port 587 is for clients that log in to send.',
          },
        },
        {
          text: { fr: '993', en: '993' },
          correct: false,
          why: {
            fr: 'Non. Le port 993 sert à lire sa boîte avec IMAP.',
            en: 'No. Port 993 is for reading a mailbox with IMAP.',
          },
        },
        {
          text: { fr: '25', en: '25' },
          correct: true,
          why: {
            fr: 'Oui. Le port 25 est celui du relais entre serveurs, sans authentification.',
            en: 'Yes. Port 25 is for relaying between servers, with no login.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: implicitSubmission },
    text: {
      fr: 'Le rappel envoyé sur le port 465 a été accepté.',
      en: 'The reminder sent on port 465 has been accepted.',
    },
  },
  recap: [
    {
      fr: 'Port 25 entre serveurs ; port 587 avec `STARTTLS` ou 465 en TLS implicite pour la soumission ; 993 pour IMAP chiffré.',
      en: 'Port 25 between servers; port 587 with `STARTTLS` or 465 with implicit TLS for submission; 993 for encrypted IMAP.',
    },
    {
      fr: '`STARTTLS` chiffre une connexion commencée en clair ; le TLS implicite chiffre dès le premier octet.',
      en: '`STARTTLS` encrypts a connection that started in clear text; implicit TLS encrypts from the first byte.',
    },
    {
      fr: 'Après `STARTTLS`, le client renvoie `EHLO` : tout ce qui a été dit en clair est oublié.',
      en: 'After `STARTTLS`, the client sends `EHLO` again: everything said in clear text is forgotten.',
    },
    {
      fr: 'Un espion voit ce qui précède la négociation TLS, puis seulement des octets chiffrés.',
      en: 'An eavesdropper sees what comes before the TLS handshake, then only encrypted bytes.',
    },
  ],
};
