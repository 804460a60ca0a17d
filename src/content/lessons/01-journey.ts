import type { Lesson } from './types';

/** Lesson 1 (CURRICULUM.md): the journey of an e-mail, hop by hop, in the classroom world. */
export const journeyLesson: Lesson = {
  id: 'journey',
  number: 1,
  world: 'classroom',
  title: { fr: 'Le voyage d’un e-mail', en: 'The journey of an e-mail' },
  minutes: 12,
  objectives: [
    {
      fr: 'Nommer les acteurs : client de messagerie (MUA, mail user agent), serveur de soumission (MSA, message submission agent), agent de transfert (MTA, mail transfer agent), serveur MX (échangeur de courrier, mail exchanger), agent de distribution (MDA, mail delivery agent), boîte aux lettres.',
      en: 'Name the actors: mail user agent (MUA), message submission agent (MSA), mail transfer agent (MTA), mail exchanger (MX), mail delivery agent (MDA), mailbox.',
    },
    {
      fr: 'Situer les trois protocoles : SMTP (Simple Mail Transfer Protocol) pour envoyer et relayer, IMAP (Internet Message Access Protocol) ou POP3 (Post Office Protocol version 3) pour lire.',
      en: 'Place the three protocols: SMTP (Simple Mail Transfer Protocol) to send and relay, IMAP (Internet Message Access Protocol) or POP3 (Post Office Protocol version 3) to read.',
    },
    {
      fr: 'Suivre un message d’Alice à Bob, saut par saut, et remettre les sauts dans l’ordre.',
      en: 'Follow one message from Alice to Bob, hop by hop, and put the hops in order.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'dns-query', from: 'alice-laptop' },
      text: {
        fr: 'Alice clique sur « Envoyer ». Son client de messagerie doit d’abord trouver l’adresse de son serveur d’envoi. Il demande au DNS (Domain Name System) l’adresse de `smtp.lycee.example`.',
        en: 'Alice clicks "Send". Her mail client first needs the address of her sending server. It asks the DNS (Domain Name System) for the address of `smtp.lycee.example`.',
      },
    },
    {
      anchor: { kind: 'connect', conn: { to: 'smtp-lycee', port: 587 } },
      text: {
        fr: 'Premier saut. Le client ouvre une connexion vers le port 587 du serveur de son fournisseur. Ce serveur joue ici le rôle de serveur de soumission (MSA) : il accepte les messages des utilisateurs qui se sont identifiés.',
        en: 'First hop. The client opens a connection to port 587 of its provider’s server. Here that server is the submission server (MSA): it takes messages from users who have logged in.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: { to: 'smtp-lycee' } },
      text: {
        fr: 'Le serveur parle le premier. À partir d’ici, c’est un dialogue SMTP : une commande du client, une réponse du serveur, et ainsi de suite.',
        en: 'The server speaks first. From here on it is an SMTP dialogue: one command from the client, one reply from the server, and so on.',
      },
    },
    {
      anchor: { kind: 'data', conn: { to: 'smtp-lycee', port: 587 } },
      text: {
        fr: 'Le client transmet le message lui-même : les en-têtes (`From:`, `To:`, `Subject:`) puis le corps du message. La leçon 2 détaille chaque commande de ce dialogue.',
        en: 'The client sends the message itself: the headers (`From:`, `To:`, `Subject:`) and then the body. Lesson 2 looks at every command of this dialogue.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'queue active' },
      text: {
        fr: 'Le message entre dans la file d’attente du serveur. Le même serveur devient maintenant agent de transfert (MTA) : c’est à lui de livrer le message plus loin.',
        en: 'The message enters the server’s queue. The same server now becomes a mail transfer agent (MTA): it is its job to carry the message further.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: { to: 'smtp-lycee' } },
      text: {
        fr: 'Le serveur confirme à Alice qu’il a pris le message en charge. Pour Alice, c’est fini : son client affiche « Envoyé ». Le message, lui, n’est pas encore arrivé.',
        en: 'The server tells Alice it has taken charge of the message. For Alice it is over: her client shows "Sent". The message has not arrived yet.',
      },
    },
    {
      anchor: { kind: 'dns-answer', text: /\tMX\t/ },
      text: {
        fr: 'Où livrer le courrier de `ecole.example` ? Le DNS répond avec l’enregistrement MX du domaine : le serveur MX (échangeur de courrier) de Bob est `mx.ecole.example`.',
        en: 'Where does mail for `ecole.example` go? The DNS answers with the domain’s MX record: Bob’s mail exchanger (MX) is `mx.ecole.example`.',
      },
    },
    {
      anchor: { kind: 'connect', conn: { to: 'mx-ecole', port: 25 } },
      text: {
        fr: 'Deuxième saut. Le serveur de l’expéditeur se connecte au port 25 du serveur MX de Bob. Entre serveurs, c’est encore SMTP, sans mot de passe.',
        en: 'Second hop. The sender’s server connects to port 25 of Bob’s MX. Between servers it is SMTP again, without any password.',
      },
    },
    {
      anchor: { kind: 'data', conn: { to: 'mx-ecole' } },
      text: {
        fr: 'Le message traverse Internet. Au passage, le serveur d’Alice a ajouté un en-tête `Received:` en haut du message : une trace de ce saut.',
        en: 'The message crosses the Internet. On the way, Alice’s server has added a `Received:` header at the top of the message: a trace of that hop.',
      },
    },
    {
      anchor: { kind: 'connect', conn: { to: 'mail-ecole', port: 24 } },
      text: {
        fr: 'Troisième saut, à l’intérieur du réseau de l’école. Le serveur MX passe le message au serveur de boîtes aux lettres avec LMTP (Local Mail Transfer Protocol), le cousin local de SMTP, sur le port 24.',
        en: 'Third hop, inside the school’s network. The MX hands the message to the mailbox server with LMTP (Local Mail Transfer Protocol), SMTP’s local cousin, on port 24.',
      },
    },
    {
      anchor: { kind: 'deliver', text: 'bob@ecole.example' },
      text: {
        fr: 'L’agent de distribution (MDA) range le message dans la boîte aux lettres de Bob, dans le dossier `INBOX` (la boîte de réception). Le message est arrivé, mais Bob ne l’a pas encore lu.',
        en: 'The mail delivery agent (MDA) stores the message in Bob’s mailbox, in the `INBOX` folder. The message has arrived, but Bob has not read it yet.',
      },
    },
    {
      anchor: { kind: 'connect', conn: { to: 'mail-ecole', port: 993 } },
      text: {
        fr: 'Une minute plus tard, le client de messagerie de Bob relève sa boîte. Il se connecte au port 993 : c’est IMAP, chiffré dès le début de la connexion.',
        en: 'A minute later, Bob’s mail client checks his mailbox. It connects to port 993: that is IMAP, encrypted from the very start of the connection.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'UID FETCH', text: 'BODY[]' },
      text: {
        fr: 'Le client de Bob demande le message complet. Avec IMAP, le message reste sur le serveur : Bob peut le relire depuis son téléphone.',
        en: 'Bob’s client asks for the whole message. With IMAP, the message stays on the server: Bob can read it again from his phone.',
      },
    },
    {
      anchor: { kind: 'close', conn: { to: 'mail-ecole', port: 993 } },
      text: {
        fr: 'Fin du voyage. Un seul message a traversé quatre machines et trois protocoles : SMTP pour envoyer et relayer, LMTP pour distribuer, IMAP pour lire.',
        en: 'End of the journey. One message went through four machines and three protocols: SMTP to send and relay, LMTP to deliver, IMAP to read.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'greeting',
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: { to: 'smtp-lycee' } },
      prompt: {
        fr: 'La connexion est ouverte. Le serveur parle le premier. Quel code de réponse envoie-t-il ?',
        en: 'The connection is open. The server speaks first. Which reply code does it send?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: '250 répond à une commande réussie. Ici, le client n’a encore rien demandé.',
            en: '250 answers a command that succeeded. Here the client has not asked for anything yet.',
          },
        },
        {
          code: '354',
          why: {
            fr: '354 invite à envoyer le contenu du message, seulement après la commande `DATA`.',
            en: '354 invites the client to send the message content, only after the `DATA` command.',
          },
        },
        {
          code: '550',
          why: {
            fr: 'Un code en 5xx est un refus définitif. Un serveur en bonne santé accueille le client.',
            en: 'A 5xx code is a permanent refusal. A healthy server welcomes the client.',
          },
        },
      ],
      explanation: {
        fr: 'Le code 220 est l’accueil : le service est prêt. Le texte qui suit donne le nom du serveur.',
        en: 'Code 220 is the greeting: the service is ready. The text after it gives the server’s name.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'who-relays',
      anchor: { kind: 'connect', conn: { to: 'mx-ecole', port: 25 } },
      prompt: {
        fr: 'Qui ouvre cette connexion vers le serveur MX de Bob ?',
        en: 'Who opens this connection to Bob’s MX?',
      },
      options: [
        {
          text: { fr: 'Le client de messagerie d’Alice', en: 'Alice’s mail client' },
          correct: false,
          why: {
            fr: 'Non. Le client d’Alice a fini son travail au premier saut. Il a même déjà fermé sa connexion.',
            en: 'No. Alice’s client finished its work at the first hop. It has even closed its connection already.',
          },
        },
        {
          text: { fr: 'Le client de messagerie de Bob', en: 'Bob’s mail client' },
          correct: false,
          why: {
            fr: 'Non. Le client de Bob ne fait que lire sa boîte aux lettres, bien plus tard, avec IMAP.',
            en: 'No. Bob’s client only reads his mailbox, much later, with IMAP.',
          },
        },
        {
          text: { fr: 'Le résolveur DNS', en: 'The DNS resolver' },
          correct: false,
          why: {
            fr: 'Non. Le DNS donne seulement l’adresse du serveur MX. Il ne transporte jamais de message.',
            en: 'No. The DNS only gives the MX’s address. It never carries a message.',
          },
        },
        {
          text: {
            fr: 'Le serveur d’Alice, en agent de transfert (MTA)',
            en: 'Alice’s server, as a mail transfer agent (MTA)',
          },
          correct: true,
          why: {
            fr: 'Oui. Le serveur qui a accepté le message le relaie lui-même vers le domaine du destinataire.',
            en: 'Yes. The server that accepted the message relays it itself to the recipient’s domain.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'proof-of-delivery',
      anchor: { kind: 'deliver', text: 'bob@ecole.example' },
      prompt: {
        fr: 'Cliquez sur la ligne qui prouve que le message est rangé dans la boîte aux lettres de Bob.',
        en: 'Click the line that proves the message is stored in Bob’s mailbox.',
      },
      explanation: {
        fr: 'C’est la ligne de l’agent de distribution : elle nomme le destinataire, le dossier `INBOX` et le numéro du message.',
        en: 'It is the delivery agent’s line: it names the recipient, the `INBOX` folder and the message’s number.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'reading-protocol',
      anchor: { kind: 'connect', conn: { to: 'mail-ecole', port: 993 } },
      prompt: {
        fr: 'Bob relève son courrier. Quel protocole son client utilise-t-il ici ?',
        en: 'Bob checks his mail. Which protocol does his client use here?',
      },
      options: [
        {
          text: { fr: 'POP3', en: 'POP3' },
          correct: false,
          why: {
            fr: 'POP3 sert aussi à lire, mais sur les ports 110 ou 995. Ici, le port 993 est celui d’IMAP.',
            en: 'POP3 also reads mail, but on ports 110 or 995. Port 993 here is IMAP’s.',
          },
        },
        {
          text: { fr: 'LMTP', en: 'LMTP' },
          correct: false,
          why: {
            fr: 'Non. LMTP ne sert qu’entre le serveur MX et le serveur de boîtes aux lettres.',
            en: 'No. LMTP is only used between the MX and the mailbox server.',
          },
        },
        {
          text: { fr: 'IMAP', en: 'IMAP' },
          correct: true,
          why: {
            fr: 'Oui. Le port 993 est celui d’IMAP chiffré. Le message reste sur le serveur.',
            en: 'Yes. Port 993 is encrypted IMAP. The message stays on the server.',
          },
        },
        {
          text: { fr: 'SMTP', en: 'SMTP' },
          correct: false,
          why: {
            fr: 'Non. SMTP sert à envoyer et à relayer, jamais à lire sa boîte aux lettres.',
            en: 'No. SMTP sends and relays; it never reads a mailbox.',
          },
        },
      ],
    },
    {
      kind: 'orderHops',
      id: 'hops',
      anchor: { kind: 'close', conn: { to: 'mail-ecole', port: 993 } },
      prompt: {
        fr: 'Remettez les machines dans l’ordre du voyage du message, de l’ordinateur d’Alice à celui de Bob.',
        en: 'Put the machines in the order of the message’s journey, from Alice’s laptop to Bob’s.',
      },
      explanation: {
        fr: 'Le message part du client d’Alice, passe par son serveur d’envoi, puis par le serveur MX de Bob, arrive au serveur de boîtes aux lettres, où le client de Bob vient le chercher.',
        en: 'The message leaves Alice’s client, goes through her sending server, then Bob’s MX, reaches the mailbox server, where Bob’s client fetches it.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
    text: {
      fr: 'Le client de Bob a téléchargé le message.',
      en: 'Bob’s client has downloaded the message.',
    },
  },
  recap: [
    {
      fr: 'Un e-mail voyage de serveur en serveur : client de messagerie (MUA) → serveur de soumission (MSA) → serveur MX → agent de distribution (MDA) → boîte aux lettres → client de messagerie.',
      en: 'An e-mail travels from server to server: mail client (MUA) → submission server (MSA) → MX → delivery agent (MDA) → mailbox → mail client.',
    },
    {
      fr: 'SMTP envoie et relaie : port 587 pour la soumission, port 25 entre serveurs.',
      en: 'SMTP sends and relays: port 587 for submission, port 25 between servers.',
    },
    {
      fr: 'Le DNS indique où livrer : l’enregistrement MX du domaine du destinataire.',
      en: 'The DNS tells where to deliver: the MX record of the recipient’s domain.',
    },
    {
      fr: 'IMAP ou POP3 servent à lire ; « Envoyé » chez Alice ne veut pas dire « lu » chez Bob.',
      en: '"Sent" on Alice’s side does not mean "read" on Bob’s: IMAP or POP3 are for reading.',
    },
  ],
};
