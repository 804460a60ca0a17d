import type { Lesson } from './types';

const submission = { from: 'alice-laptop', to: 'smtp-lycee', port: 587 } as const;
const relay = { from: 'smtp-lycee', to: 'mx-ecole', port: 25 } as const;
const eve = { from: 'eve-host', to: 'mx-ecole', port: 25 } as const;
const aliceImap = { from: 'alice-laptop', to: 'smtp-lycee', port: 993 } as const;

/**
 * Lesson 12 (CURRICULUM.md): myths and facts. In the lesson-myths world, Alice writes for the
 * trips office to Bob and to a mistyped address (which bounces to her envelope address), and
 * Eve greets Bob's MX with another server's name. Each claim points at the step that
 * disproves it; test/content/lessons/myths.test.ts checks that the step says so.
 */
export const mythsLesson: Lesson = {
  id: 'myths',
  number: 12,
  world: 'lesson-myths',
  title: { fr: 'Idées reçues et faits', en: 'Myths and facts' },
  minutes: 15,
  objectives: [
    {
      fr: 'Confronter sept idées reçues sur SMTP (Simple Mail Transfer Protocol) à ce qui se passe vraiment, étape par étape.',
      en: 'Hold seven common claims about SMTP (Simple Mail Transfer Protocol) against what really happens, step by step.',
    },
    {
      fr: 'Savoir qui s’authentifie, sur quel port, et ce que signifient vraiment `HELO`, 250 et un rebond.',
      en: 'Know who logs in, on which port, and what `HELO`, 250 and a bounce really mean.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'connect', conn: submission },
      text: {
        fr: 'Alice envoie un message au nom du bureau des sorties. Son client se connecte au port 587 : ni 25, ni 465. C’est le port de soumission, avec `STARTTLS`.',
        en: 'Alice sends a message for the trips office. Her client connects to port 587: neither 25 nor 465. It is the submission port, with `STARTTLS`.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: submission, nth: 1 },
      text: {
        fr: 'Après le chiffrement TLS (Transport Layer Security), le serveur propose `AUTH` : pour soumettre un message, il faut se connecter.',
        en: 'After TLS (Transport Layer Security) encryption, the server offers `AUTH`: to submit a message, you must log in.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: submission },
      text: {
        fr: 'Alice est authentifiée. C’est le client de messagerie (MUA, mail user agent) qui se connecte au serveur de soumission, pas un serveur à un autre.',
        en: 'Alice is logged in. It is the mail client (MUA, mail user agent) that logs in to the submission server, not one server to another.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: submission, nth: 1 },
      text: {
        fr: 'Deuxième destinataire : `bbo@ecole.example`. Une faute de frappe, Alice voulait écrire à Bob.',
        en: 'Second recipient: `bbo@ecole.example`. A typo: Alice meant Bob.',
      },
    },
    {
      anchor: { kind: 'data', conn: submission },
      text: {
        fr: 'Le message passe sur la même connexion que les commandes. Pas de seconde connexion, pas de mode actif ni passif : ça, c’est FTP (File Transfer Protocol). Notez aussi `From:` : l’adresse du bureau des sorties, alors que `MAIL FROM` donne celle d’Alice.',
        en: 'The message travels on the same connection as the commands. No second connection, no active or passive mode: that is FTP (File Transfer Protocol). Note `From:` too: the trips office’s address, while `MAIL FROM` gives Alice’s own.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: submission },
      text: {
        fr: '250 : le serveur prend le message en charge et le met en file d’attente. Rien n’est encore livré, et il ne sait pas encore que `bbo` n’existe pas.',
        en: '250: the server takes charge of the message and queues it. Nothing is delivered yet, and it does not know yet that `bbo` does not exist.',
      },
    },
    {
      anchor: { kind: 'connect', conn: relay },
      text: {
        fr: 'Le serveur d’Alice se connecte au serveur MX (échangeur de courrier) de Bob, sur le port 25 : c’est le port entre serveurs.',
        en: 'Alice’s server connects to Bob’s mail exchanger (MX) on port 25: the port between servers.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: relay, nth: 1 },
      text: {
        fr: 'La liste des extensions du serveur MX ne contient pas `AUTH`. Entre serveurs, personne ne se connecte avec un mot de passe.',
        en: 'The MX’s extension list has no `AUTH`. Between servers, nobody logs in with a password.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: relay },
      text: {
        fr: 'Le serveur MX accepte `MAIL FROM` sans aucune authentification : il reçoit le courrier de n’importe qui pour son propre domaine.',
        en: 'The MX accepts `MAIL FROM` with no login at all: it takes mail from anyone for its own domain.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: relay, code: '550' },
      text: {
        fr: 'Pour `bbo`, le serveur MX répond 550 : ce destinataire n’existe pas. Le message de Bob, lui, continue.',
        en: 'For `bbo`, the MX answers 550: no such recipient. Bob’s copy goes on.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=bounced' },
      text: {
        fr: 'Le serveur d’Alice abandonne pour `bbo` : un code en 5xx est définitif. Il doit prévenir l’expéditeur par un message de non-remise (rebond).',
        en: 'Alice’s server gives up on `bbo`: a 5xx code is final. It must tell the sender with a non-delivery report (bounce).',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'from=<>' },
      text: {
        fr: 'Le rebond part avec l’expéditeur vide `<>` : ainsi, un rebond ne peut jamais provoquer un autre rebond.',
        en: 'The bounce leaves with the empty sender `<>`: that way a bounce can never cause another bounce.',
      },
    },
    {
      anchor: { kind: 'deliver', text: 'local(alice@lycee.example)' },
      text: {
        fr: 'Le rebond arrive dans la boîte aux lettres d’Alice : l’adresse de `MAIL FROM`, pas celle du `From:`, `sorties@lycee.example`.',
        en: 'The bounce lands in Alice’s mailbox: the `MAIL FROM` address, not the `From:` one, `sorties@lycee.example`.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, conn: aliceImap, text: 'BODY[]' },
      text: {
        fr: 'Alice lit le rebond : `Return-Path: <>`, et le rapport qui cite la réponse du serveur MX pour `bbo`.',
        en: 'Alice reads the bounce: `Return-Path: <>`, and the report quoting the MX’s answer for `bbo`.',
      },
    },
    {
      anchor: { kind: 'connect', conn: eve },
      text: {
        fr: 'Dix minutes plus tard, Eve se connecte au serveur MX de Bob depuis `203.0.113.66`. Le serveur MX a noté son adresse et son nom DNS (Domain Name System) inverse : `mail.pirate.example`.',
        en: 'Ten minutes later, Eve connects to Bob’s MX from `203.0.113.66`. The MX has noted her address and her reverse DNS (Domain Name System) name: `mail.pirate.example`.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'EHLO', conn: eve },
      text: {
        fr: 'Eve salue avec `EHLO smtp.lycee.example`, le nom du serveur d’Alice. `HELO` et `EHLO` présentent le client, et le client y écrit ce qu’il veut.',
        en: 'Eve greets with `EHLO smtp.lycee.example`, the name of Alice’s server. `HELO` and `EHLO` introduce the client, and the client writes whatever it likes there.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: eve },
      text: {
        fr: 'Le serveur MX répond avec sa liste d’extensions, comme à tout client. Il ne croit pas ce nom : il s’en tient à l’adresse IP (Internet Protocol) réelle. `EHLO` (SMTP étendu) a remplacé `HELO` pour obtenir cette liste.',
        en: 'The MX answers with its extension list, as it does for any client. It does not believe the name: it keeps to the real IP (Internet Protocol) address. `EHLO` (extended SMTP) replaced `HELO` to get this list.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: eve },
      text: {
        fr: 'Eve écrit l’adresse d’Alice dans `MAIL FROM`, en clair, sans chiffrement : le serveur MX répond 250. SMTP seul ne vérifie pas l’expéditeur et ne chiffre rien.',
        en: 'Eve writes Alice’s address in `MAIL FROM`, in clear text, without encryption: the MX answers 250. SMTP alone does not check the sender and encrypts nothing.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: eve },
      text: {
        fr: 'C’est une extension, SPF (Sender Policy Framework), qui arrête Eve : son adresse IP n’est pas autorisée à envoyer pour `lycee.example` (leçon 10).',
        en: 'An extension, SPF (Sender Policy Framework), stops Eve: her IP address is not allowed to send for `lycee.example` (lesson 10).',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'multipleChoice',
      id: 'submission-port',
      anchor: { kind: 'dns-answer', to: 'alice-laptop', nth: 0 },
      prompt: {
        fr: 'Le client d’Alice va se connecter à son serveur de soumission. Sur quel port ?',
        en: 'Alice’s client is about to connect to her submission server. On which port?',
      },
      options: [
        {
          text: { fr: '25', en: '25' },
          correct: false,
          why: {
            fr: 'Non. Le port 25 sert entre serveurs. Beaucoup de fournisseurs d’accès le bloquent pour les ordinateurs des clients.',
            en: 'No. Port 25 is for server-to-server traffic. Many internet providers block it for their customers’ computers.',
          },
        },
        {
          text: { fr: '587', en: '587' },
          correct: true,
          why: {
            fr: 'Oui. 587 est le port de soumission, avec `STARTTLS` et authentification. Le 465 existe aussi, avec TLS implicite.',
            en: 'Yes. 587 is the submission port, with `STARTTLS` and a login. 465 exists too, with implicit TLS.',
          },
        },
        {
          text: { fr: '110', en: '110' },
          correct: false,
          why: {
            fr: 'Non. 110 est le port de POP3 (Post Office Protocol), pour relever le courrier, pas pour l’envoyer.',
            en: 'No. 110 is POP3’s port (Post Office Protocol), to fetch mail, not to send it.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'what-250-means',
      anchor: { kind: 'data', conn: submission },
      prompt: {
        fr: 'Le serveur va répondre 250 à la fin du message. Qu’est-ce que cela voudra dire ?',
        en: 'The server will answer 250 at the end of the message. What will that mean?',
      },
      options: [
        {
          text: {
            fr: 'Que Bob et `bbo` ont reçu le message',
            en: 'That Bob and `bbo` have the message',
          },
          correct: false,
          why: {
            fr: 'Non. Le message n’a même pas quitté le serveur d’Alice. La livraison vient plus tard, et elle peut échouer.',
            en: 'No. The message has not even left Alice’s server. Delivery comes later, and it can fail.',
          },
        },
        {
          text: {
            fr: 'Que le serveur prend le message en charge et essaiera de le livrer',
            en: 'That the server takes charge of the message and will try to deliver it',
          },
          correct: true,
          why: {
            fr: 'Oui. 250 après les données veut dire « message accepté, mis en file d’attente ». Si la livraison échoue, l’expéditeur recevra un rebond.',
            en: 'Yes. 250 after the data means “message accepted, queued”. If delivery fails, the sender gets a bounce.',
          },
        },
        {
          text: {
            fr: 'Que tous les destinataires existent',
            en: 'That every recipient exists',
          },
          correct: false,
          why: {
            fr: 'Non. Le serveur d’Alice ne connaît pas les boîtes aux lettres de l’école. Seul le serveur MX de Bob peut le dire.',
            en: 'No. Alice’s server does not know the school’s mailboxes. Only Bob’s MX can tell.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'relay-logs-in',
      anchor: { kind: 'connect', conn: relay },
      prompt: {
        fr: 'Le serveur d’Alice va transmettre le message au serveur MX de Bob. Va-t-il s’authentifier ?',
        en: 'Alice’s server will pass the message to Bob’s MX. Will it log in?',
      },
      options: [
        {
          text: {
            fr: 'Oui, avec le mot de passe d’Alice',
            en: 'Yes, with Alice’s password',
          },
          correct: false,
          why: {
            fr: 'Non. Le mot de passe d’Alice ne sert qu’auprès de son propre serveur. Le serveur MX de Bob ne la connaît pas.',
            en: 'No. Alice’s password only works with her own server. Bob’s MX does not know her.',
          },
        },
        {
          text: {
            fr: 'Oui, avec un mot de passe de serveur',
            en: 'Yes, with a server password',
          },
          correct: false,
          why: {
            fr: 'Non. Il faudrait un mot de passe pour chaque serveur du monde. Le serveur MX accepte le courrier de tous pour ses domaines.',
            en: 'No. It would take a password for every server in the world. The MX accepts mail from anyone for its domains.',
          },
        },
        {
          text: {
            fr: 'Non : sur le port 25, entre serveurs, pas d’authentification',
            en: 'No: on port 25, between servers, there is no login',
          },
          correct: true,
          why: {
            fr: 'Oui. `AUTH` sert à la soumission. Entre serveurs, d’autres contrôles protègent : relais fermé, SPF (leçon 10).',
            en: 'Yes. `AUTH` is for submission. Between servers, other checks protect: a closed relay, SPF (lesson 10).',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'who-gets-the-bounce',
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=bounced' },
      prompt: {
        fr: 'Le serveur d’Alice renonce à livrer `bbo`. À qui envoie-t-il le rebond ?',
        en: 'Alice’s server gives up on `bbo`. Who does it send the bounce to?',
      },
      options: [
        {
          text: {
            fr: 'À `sorties@lycee.example`, l’adresse du `From:`',
            en: 'To `sorties@lycee.example`, the `From:` address',
          },
          correct: false,
          why: {
            fr: 'Non. Un serveur ne lit pas les en-têtes pour savoir où renvoyer : il utilise l’enveloppe.',
            en: 'No. A server does not read the headers to know where to send a bounce: it uses the envelope.',
          },
        },
        {
          text: {
            fr: 'À `alice@lycee.example`, l’adresse de `MAIL FROM`',
            en: 'To `alice@lycee.example`, the `MAIL FROM` address',
          },
          correct: true,
          why: {
            fr: 'Oui. Le rebond va à l’expéditeur de l’enveloppe, celui que `Return-Path:` recopiera à la distribution.',
            en: 'Yes. The bounce goes to the envelope sender, the one `Return-Path:` copies at delivery.',
          },
        },
        {
          text: { fr: 'À `bbo@ecole.example`', en: 'To `bbo@ecole.example`' },
          correct: false,
          why: {
            fr: 'Non. Cette adresse n’existe pas : c’est justement la cause du rebond.',
            en: 'No. That address does not exist: it is the very cause of the bounce.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'helo-name',
      anchor: { kind: 'command', verb: 'EHLO', conn: eve },
      prompt: {
        fr: 'Eve salue avec `EHLO smtp.lycee.example`. Qu’en conclut le serveur MX ?',
        en: 'Eve greets with `EHLO smtp.lycee.example`. What does the MX conclude?',
      },
      options: [
        {
          text: {
            fr: 'Que c’est le serveur d’Alice, digne de confiance',
            en: 'That this is Alice’s server, to be trusted',
          },
          correct: false,
          why: {
            fr: 'Non. N’importe quel client peut écrire n’importe quel nom après `EHLO`.',
            en: 'No. Any client can write any name after `EHLO`.',
          },
        },
        {
          text: {
            fr: 'Rien : c’est ce que le client dit de lui-même',
            en: 'Nothing: it is what the client says about itself',
          },
          correct: true,
          why: {
            fr: 'Oui. Le nom sert aux traces et à quelques contrôles ; l’identité vient de l’adresse IP et des vérifications comme SPF.',
            en: 'Yes. The name goes into traces and a few checks; identity comes from the IP address and checks such as SPF.',
          },
        },
        {
          text: {
            fr: 'Que c’est le nom du serveur MX lui-même',
            en: 'That it is the MX’s own name',
          },
          correct: false,
          why: {
            fr: 'Non. `HELO` et `EHLO` présentent le client, pas le serveur. Le serveur s’est présenté dans son accueil.',
            en: 'No. `HELO` and `EHLO` introduce the client, not the server. The server introduced itself in its greeting.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: eve, code: '550' },
    text: {
      fr: 'Chaque idée reçue a rencontré l’étape qui la contredit, jusqu’au refus d’Eve.',
      en: 'Each claim has met the step that disproves it, up to Eve’s refusal.',
    },
  },
  recap: [
    {
      fr: 'Le client s’authentifie sur le port de soumission (587 ou 465) ; entre serveurs, sur le port 25, personne ne s’authentifie.',
      en: 'The client logs in on the submission port (587 or 465); between servers, on port 25, nobody logs in.',
    },
    {
      fr: '250 à la fin des données veut dire « pris en charge », pas « livré » ; un rebond va à `MAIL FROM`, avec l’expéditeur vide `<>`.',
      en: '250 after the data means “taken in charge”, not “delivered”; a bounce goes to `MAIL FROM`, with the empty sender `<>`.',
    },
    {
      fr: '`HELO` et `EHLO` présentent le client, sans rien prouver ; SMTP utilise une seule connexion, sans mode actif ni passif.',
      en: '`HELO` and `EHLO` introduce the client and prove nothing; SMTP uses a single connection, with no active or passive mode.',
    },
    {
      fr: 'SMTP seul ne chiffre rien et ne vérifie pas l’expéditeur : des extensions (`STARTTLS`, `AUTH`, SPF…) comblent ces manques.',
      en: 'SMTP alone encrypts nothing and does not check the sender: extensions (`STARTTLS`, `AUTH`, SPF…) fill those gaps.',
    },
  ],
  claims: [
    {
      id: 'servers-log-in',
      claim: {
        fr: 'Le serveur source s’authentifie auprès du serveur de destination.',
        en: 'The sending server logs in to the receiving server.',
      },
      fact: {
        fr: 'Entre serveurs, sur le port 25, il n’y a pas d’authentification : le serveur MX accepte `MAIL FROM` sans `AUTH`. Seul le client s’authentifie, à la soumission.',
        en: 'Between servers, on port 25, there is no login: the MX accepts `MAIL FROM` without `AUTH`. Only the client logs in, at submission.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: relay },
    },
    {
      id: 'no-limitation',
      claim: {
        fr: 'SMTP n’a aucune limite.',
        en: 'SMTP has no limitations.',
      },
      fact: {
        fr: 'SMTP seul ne chiffre rien et ne vérifie pas l’expéditeur : la fausse adresse d’Eve reçoit 250, en clair. Il est né pour du texte sur 7 bits (d’où le quoted-printable et le base64). Les extensions comblent ces manques.',
        en: 'SMTP alone encrypts nothing and does not check the sender: Eve’s forged address gets 250, in clear text. It was born for 7-bit text (hence quoted-printable and base64). Extensions fill those gaps.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: eve },
    },
    {
      id: 'ports-25-465',
      claim: {
        fr: 'Le courrier utilise les ports 25 et 465, c’est tout.',
        en: 'Mail uses ports 25 and 465, that is all.',
      },
      fact: {
        fr: 'Le client d’Alice soumet sur le port 587, avec `STARTTLS`. 25 sert entre serveurs ; 465 est l’autre port de soumission, en TLS implicite.',
        en: 'Alice’s client submits on port 587, with `STARTTLS`. 25 is between servers; 465 is the other submission port, with implicit TLS.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'connect', conn: submission },
    },
    {
      id: 'active-passive',
      claim: {
        fr: 'SMTP fonctionne en mode actif ou passif.',
        en: 'SMTP works in active or passive mode.',
      },
      fact: {
        fr: 'C’est FTP. En SMTP, le message passe sur la connexion même des commandes, après `DATA` ; aucune seconde connexion ne s’ouvre.',
        en: 'That is FTP. In SMTP the message travels on the very connection of the commands, after `DATA`; no second connection opens.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'data', conn: submission },
    },
    {
      id: 'helo-identifies',
      claim: {
        fr: '`HELO` identifie le serveur.',
        en: '`HELO` identifies the server.',
      },
      fact: {
        fr: '`HELO` et `EHLO` présentent le client, qui y écrit ce qu’il veut : Eve donne le nom du serveur d’Alice, et le serveur MX répond quand même. Les clients modernes envoient `EHLO` pour obtenir les extensions.',
        en: '`HELO` and `EHLO` introduce the client, which writes what it likes there: Eve gives the name of Alice’s server, and the MX answers anyway. Modern clients send `EHLO` to get the extensions.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: eve },
    },
    {
      id: '250-delivered',
      claim: {
        fr: '250 veut dire que le message est livré.',
        en: '250 means the message was delivered.',
      },
      fact: {
        fr: 'Après les données, 250 veut dire « mis en file d’attente ». Ce message-ci rebondit ensuite pour `bbo`.',
        en: 'After the data, 250 means “queued”. This very message bounces later for `bbo`.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: submission },
    },
    {
      id: 'bounce-to-from',
      claim: {
        fr: 'Les rebonds reviennent à l’adresse du `From:`.',
        en: 'Bounces go back to the `From:` address.',
      },
      fact: {
        fr: 'Le rebond va à l’expéditeur de l’enveloppe (`MAIL FROM`) : ici `alice@lycee.example`, pas `sorties@lycee.example`.',
        en: 'The bounce goes to the envelope sender (`MAIL FROM`): here `alice@lycee.example`, not `sorties@lycee.example`.',
      },
      world: 'lesson-myths',
      anchor: { kind: 'deliver', text: 'local(alice@lycee.example)' },
    },
  ],
};
