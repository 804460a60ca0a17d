import type { Lesson } from './types';

/**
 * Lesson 4 (CURRICULUM.md): DNS finds the way. In the lesson-backup-mx world, ecole.example has
 * two MX records; the preferred one is down and the backup takes the mail.
 */
export const dnsMxLesson: Lesson = {
  id: 'dns-mx',
  number: 4,
  world: 'lesson-backup-mx',
  title: { fr: 'Le DNS montre le chemin', en: 'DNS finds the way' },
  minutes: 12,
  objectives: [
    {
      fr: 'Lire une réponse DNS (Domain Name System) de type MX : le serveur MX (échangeur de courrier) d’un domaine et sa préférence.',
      en: 'Read a DNS (Domain Name System) answer of type MX: a domain’s mail exchanger (MX) and its preference.',
    },
    {
      fr: 'Savoir dans quel ordre un serveur essaie les MX, et ce qu’il fait sans enregistrement MX.',
      en: 'Know in which order a server tries the MX hosts, and what it does when there is no MX record.',
    },
    {
      fr: 'Voir un MX de secours prendre le relais, et retrouver le chemin grâce aux en-têtes `Received:`.',
      en: 'Watch a backup MX take over, and trace the path with the `Received:` headers.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'dns-query', from: 'alice-laptop' },
      text: {
        fr: 'Le client d’Alice connaît le nom de son serveur d’envoi. Il demande seulement son adresse IP (Internet Protocol) : une requête de type A.',
        en: 'Alice’s client knows its sending server’s name. It only asks for its IP (Internet Protocol) address: a query of type A.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'queue active' },
      text: {
        fr: 'Le message est dans la file d’attente du serveur d’Alice. Il est pour `bob@ecole.example`. Le serveur ne connaît que le domaine : `ecole.example`.',
        en: 'The message is in the queue of Alice’s server. It is for `bob@ecole.example`. The server knows only the domain: `ecole.example`.',
      },
    },
    {
      anchor: { kind: 'dns-query', text: /IN MX/ },
      text: {
        fr: 'Il demande donc au DNS : quels serveurs reçoivent le courrier de `ecole.example` ? C’est une requête de type MX.',
        en: 'So it asks the DNS: which servers take mail for `ecole.example`? That is a query of type MX.',
      },
    },
    {
      anchor: { kind: 'dns-answer', text: /\tMX\t/ },
      text: {
        fr: 'Deux enregistrements MX. Chacun a une préférence : le nombre le plus petit passe en premier. `mx.ecole.example` (10) est le principal, `mx2.ecole.example` (20) le secours.',
        en: 'Two MX records. Each has a preference: the smallest number goes first. `mx.ecole.example` (10) is the main one, `mx2.ecole.example` (20) the backup.',
      },
    },
    {
      anchor: { kind: 'dns-query', text: /^mx\.ecole\.example\. IN A/ },
      text: {
        fr: 'Un enregistrement MX donne un nom, pas une adresse. Le serveur demande l’adresse du premier MX (type A)…',
        en: 'An MX record gives a name, not an address. The server asks for the first MX’s address (type A)…',
      },
    },
    {
      anchor: { kind: 'dns-query', text: /^mx2\.ecole\.example\. IN A/ },
      text: {
        fr: '… puis celle du second, pour l’avoir sous la main.',
        en: '… then the second one’s, to have it at hand.',
      },
    },
    {
      anchor: { kind: 'connect', conn: { to: 'mx-ecole', port: 25 } },
      text: {
        fr: 'Il essaie d’abord le MX de préférence 10, sur le port 25.',
        en: 'It first tries the MX with preference 10, on port 25.',
      },
    },
    {
      anchor: { kind: 'close', conn: { to: 'mx-ecole', port: 25 } },
      text: {
        fr: 'Pas de réponse. Au bout du délai d’attente, le serveur abandonne cette adresse. `mx.ecole.example` est en panne.',
        en: 'No answer. When the wait runs out, the server gives up on that address. `mx.ecole.example` is down.',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: { to: 'mx2-ecole', port: 25 } },
      text: {
        fr: 'Il passe au MX suivant : `mx2.ecole.example` répond. Le message n’a pas besoin d’attendre la réparation du premier.',
        en: 'It moves to the next MX: `mx2.ecole.example` answers. The message does not have to wait for the first one to be repaired.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=sent' },
      text: {
        fr: 'Le journal du serveur d’Alice le dit : message remis, `relay=` nomme le MX de secours.',
        en: 'The log of Alice’s server says so: message handed over, `relay=` names the backup MX.',
      },
    },
    {
      anchor: { kind: 'data', protocol: 'lmtp' },
      text: {
        fr: 'Le MX de secours livre à son tour au serveur de boîtes aux lettres. Il ajoute son propre en-tête `Received:` en haut du message.',
        en: 'The backup MX in turn delivers to the mailbox server. It adds its own `Received:` header at the top of the message.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
      text: {
        fr: 'Bob lit le message. Un en-tête `Received:` par saut, le plus récent en haut. Lus de bas en haut, ils racontent le voyage : ordinateur d’Alice, serveur d’Alice, `mx2.ecole.example`, serveur de boîtes aux lettres.',
        en: 'Bob reads the message. One `Received:` header per hop, newest on top. Read bottom up, they tell the journey: Alice’s laptop, Alice’s server, `mx2.ecole.example`, the mailbox server.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'multipleChoice',
      id: 'which-mx-first',
      anchor: { kind: 'dns-answer', text: /\tMX\t/ },
      prompt: {
        fr: 'Le DNS donne deux MX, de préférences 10 et 20. Lequel le serveur essaie-t-il en premier ?',
        en: 'The DNS gives two MX hosts, with preferences 10 and 20. Which does the server try first?',
      },
      options: [
        {
          text: { fr: 'Un des deux au hasard', en: 'Either one at random' },
          correct: false,
          why: {
            fr: 'Seulement à préférence égale : le hasard répartit alors la charge. Ici, les préférences diffèrent.',
            en: 'Only for equal preferences: chance then spreads the load. Here the preferences differ.',
          },
        },
        {
          text: { fr: 'Celui de préférence 10', en: 'The one with preference 10' },
          correct: true,
          why: {
            fr: 'Oui. La plus petite préférence est la plus prioritaire.',
            en: 'Yes. The smallest preference has the highest priority.',
          },
        },
        {
          text: { fr: 'Celui de préférence 20', en: 'The one with preference 20' },
          correct: false,
          why: {
            fr: 'Non. Un nombre plus grand veut dire moins prioritaire : 20 est le secours.',
            en: 'No. A larger number means a lower priority: 20 is the backup.',
          },
        },
        {
          text: { fr: 'Les deux en même temps', en: 'Both at the same time' },
          correct: false,
          why: {
            fr: 'Non. Le serveur les essaie un par un, et s’arrête au premier qui accepte le message.',
            en: 'No. The server tries them one at a time and stops at the first that accepts the message.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'first-mx-down',
      anchor: { kind: 'close', conn: { to: 'mx-ecole', port: 25 } },
      prompt: {
        fr: 'Cliquez sur la ligne qui prouve que le premier MX n’a pas répondu.',
        en: 'Click the line that proves the first MX did not answer.',
      },
      explanation: {
        fr: 'La connexion vers `mx.ecole.example` se termine par un délai dépassé : aucune machine n’a répondu à cette adresse.',
        en: 'The connection to `mx.ecole.example` ends in a timeout: no machine answered at that address.',
      },
    },
    {
      kind: 'predictReply',
      id: 'backup-greeting',
      anchor: { kind: 'reply', key: 'smtp.reply.greeting', conn: { to: 'mx2-ecole', port: 25 } },
      prompt: {
        fr: 'Le serveur d’Alice se connecte au MX de secours. Que dit celui-ci en premier ?',
        en: 'Alice’s server connects to the backup MX. What does it say first?',
      },
      distractors: [
        {
          code: '421',
          why: {
            fr: '421 voudrait dire « service indisponible ». Le MX de secours est en bon état : il accueille le client.',
            en: '421 would mean "service not available". The backup MX is healthy: it greets the client.',
          },
        },
        {
          code: '250',
          why: {
            fr: '250 répond à une commande. Le client n’a encore rien envoyé.',
            en: '250 answers a command. The client has sent nothing yet.',
          },
        },
        {
          code: '554',
          why: {
            fr: '554 à l’accueil refuserait toute la connexion. Un MX de secours accepte le courrier de son domaine.',
            en: '554 at the greeting would refuse the whole connection. A backup MX takes mail for its domain.',
          },
        },
      ],
      explanation: {
        fr: '220 : l’accueil habituel. Pour le client, un MX de secours se comporte comme le principal.',
        en: '220: the usual greeting. To the client, a backup MX behaves like the main one.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'no-mx',
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'status=sent' },
      prompt: {
        fr: 'Et si `ecole.example` n’avait aucun enregistrement MX ?',
        en: 'And if `ecole.example` had no MX record at all?',
      },
      options: [
        {
          text: {
            fr: 'Le serveur livrerait dans sa propre boîte',
            en: 'The server would deliver into its own mailbox',
          },
          correct: false,
          why: {
            fr: 'Non. Un serveur ne garde que le courrier de ses propres domaines.',
            en: 'No. A server keeps only mail for its own domains.',
          },
        },
        {
          text: {
            fr: 'Le serveur essaierait l’adresse (enregistrement A) du domaine lui-même',
            en: 'The server would try the address (A record) of the domain itself',
          },
          correct: true,
          why: {
            fr: 'Oui. Sans MX, le domaine lui-même sert de MX implicite : c’est la règle de la RFC 5321 (Request for Comments, une norme d’Internet), section 5.1. Si cette machine n’a pas de serveur de messagerie, le message finit en rebond.',
            en: 'Yes. With no MX, the domain itself acts as an implicit MX: that is the rule of RFC 5321 (Request for Comments, an Internet standard), section 5.1. If that machine runs no mail server, the message ends in a bounce.',
          },
        },
        {
          text: {
            fr: 'Le message serait rejeté aussitôt',
            en: 'The message would be rejected at once',
          },
          correct: false,
          why: {
            fr: 'Non. Le serveur essaie d’abord l’enregistrement A. Il ne rejette que si le domaine n’existe pas du tout.',
            en: 'No. The server first tries the A record. It only rejects when the domain does not exist at all.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'received-order',
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
      prompt: {
        fr: 'Dans quel ordre lire les en-têtes `Received:` pour suivre le voyage d’Alice à Bob ?',
        en: 'In which order do you read the `Received:` headers to follow the journey from Alice to Bob?',
      },
      options: [
        {
          text: { fr: 'De bas en haut', en: 'Bottom up' },
          correct: true,
          why: {
            fr: 'Oui. Chaque serveur ajoute son en-tête au-dessus des autres : le plus ancien est en bas.',
            en: 'Yes. Each server adds its header above the others: the oldest is at the bottom.',
          },
        },
        {
          text: { fr: 'De haut en bas', en: 'Top down' },
          correct: false,
          why: {
            fr: 'Non. Le premier en haut est le dernier saut, celui du serveur de boîtes aux lettres.',
            en: 'No. The first one on top is the last hop, the mailbox server’s.',
          },
        },
        {
          text: {
            fr: 'Peu importe, ils sont triés par nom',
            en: 'Any order: they are sorted by name',
          },
          correct: false,
          why: {
            fr: 'Non. Ils ne sont pas triés : chaque serveur ajoute le sien en haut, au moment où le message passe.',
            en: 'No. They are not sorted: each server adds its own on top as the message goes by.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: { kind: 'queue', from: 'smtp-lycee', text: 'relay=mx2.ecole.example' },
    text: {
      fr: 'Le MX de secours a pris le message.',
      en: 'The backup MX has taken the message.',
    },
  },
  recap: [
    {
      fr: 'Pour livrer, un serveur demande au DNS l’enregistrement MX du domaine du destinataire, puis l’adresse (A) de chaque MX.',
      en: 'To deliver, a server asks the DNS for the MX record of the recipient’s domain, then for each MX’s address (A).',
    },
    {
      fr: 'La plus petite préférence passe en premier ; si ce MX ne répond pas, le suivant prend le relais.',
      en: 'The smallest preference goes first; if that MX does not answer, the next one takes over.',
    },
    {
      fr: 'Sans enregistrement MX, le serveur essaie l’adresse du domaine lui-même.',
      en: 'With no MX record, the server tries the domain’s own address.',
    },
    {
      fr: 'Chaque saut ajoute un en-tête `Received:` en haut du message : on les lit de bas en haut.',
      en: 'Each hop adds a `Received:` header at the top of the message: read them bottom up.',
    },
  ],
};
