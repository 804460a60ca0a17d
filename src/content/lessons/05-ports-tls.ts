import type { Lesson } from './types';

const submission = { to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25 } as const;
const imaps = { to: 'mail-ecole', port: 993 } as const;

/** Lesson 5 (CURRICULUM.md): ports, TLS and STARTTLS, and what an eavesdropper sees. */
export const portsTlsLesson: Lesson = {
  id: 'ports-tls',
  number: 5,
  world: 'classroom',
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
        fr: 'Le client renvoie `EHLO`. La règle (RFC 3207) : après `STARTTLS`, on oublie tout ce qui a été dit en clair, car un attaquant aurait pu le modifier.',
        en: 'The client sends `EHLO` again. The rule (RFC 3207): after `STARTTLS`, forget everything said in clear text, since an attacker could have changed it.',
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
      anchor: { kind: 'connect', conn: imaps },
      text: {
        fr: 'Bob relève son courrier sur le port 993. C’est du TLS implicite : le chiffrement commence avant le premier mot du protocole.',
        en: 'Bob checks his mail on port 993. That is implicit TLS: encryption starts before the protocol’s first word.',
      },
    },
    {
      anchor: { kind: 'tls', conn: imaps },
      text: {
        fr: 'La négociation TLS vient tout de suite, avant même l’accueil du serveur. Le port 465 fonctionne de la même façon pour la soumission.',
        en: 'The TLS handshake comes at once, before the server’s greeting. Port 465 works the same way for submission.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'imap.reply.greeting', conn: imaps },
      text: {
        fr: 'L’accueil du serveur IMAP est déjà chiffré. Un espion ne voit rien, même pas le nom du logiciel.',
        en: 'The IMAP server’s greeting is already encrypted. An eavesdropper sees nothing, not even the software’s name.',
      },
    },
  ],
  checkpoints: [
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
          text: { fr: '25', en: '25' },
          correct: true,
          why: {
            fr: 'Oui. Le port 25 est celui du relais entre serveurs, sans authentification.',
            en: 'Yes. Port 25 is for relaying between servers, with no login.',
          },
        },
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
      ],
    },
  ],
  goal: {
    anchor: { kind: 'tls', conn: imaps },
    text: {
      fr: 'Les trois connexions du voyage ont été chiffrées.',
      en: 'All three connections of the journey were encrypted.',
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
