import type { Lesson } from './types';

const submission = { to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25 } as const;

/**
 * Lesson 3 (CURRICULUM.md): the envelope is not the headers. Alice writes to Bob, copies Carole
 * (Cc) and hides a copy for Denis (Bcc), in the lesson-envelope world.
 */
export const envelopeHeadersLesson: Lesson = {
  id: 'envelope-headers',
  number: 3,
  world: 'lesson-envelope',
  title: { fr: 'Enveloppe et en-têtes', en: 'Envelope and headers' },
  minutes: 12,
  objectives: [
    {
      fr: 'Distinguer l’enveloppe (`MAIL FROM`, `RCPT TO`), lue par les serveurs, des en-têtes (`From:`, `To:`, `Cc:`), lus par les humains.',
      en: 'Tell the envelope (`MAIL FROM`, `RCPT TO`), read by servers, from the headers (`From:`, `To:`, `Cc:`), read by people.',
    },
    {
      fr: 'Expliquer comment fonctionne la copie cachée (`Bcc:`).',
      en: 'Explain how a blind copy (`Bcc:`) works.',
    },
    {
      fr: 'Savoir pourquoi l’en-tête `From:` peut mentir en SMTP (Simple Mail Transfer Protocol), et qui ajoute `Return-Path:`.',
      en: 'Know why the `From:` header can lie in SMTP (Simple Mail Transfer Protocol), and who adds `Return-Path:`.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: submission },
      text: {
        fr: 'Alice écrit à Bob, met Carole en copie (`Cc:`) et Denis en copie cachée (`Bcc:`). Son client commence l’enveloppe : `MAIL FROM` donne l’expéditeur de l’enveloppe.',
        en: 'Alice writes to Bob, copies Carole (`Cc:`) and blind-copies Denis (`Bcc:`). Her client starts the envelope: `MAIL FROM` gives the envelope sender.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: submission, text: 'bob@' },
      text: {
        fr: 'Puis un `RCPT TO` par destinataire. Voici Bob, le destinataire principal.',
        en: 'Then one `RCPT TO` per recipient. Here is Bob, the main recipient.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: submission, text: 'carole@' },
      text: {
        fr: 'Voici Carole. Pour le serveur, une copie est un destinataire comme un autre.',
        en: 'Here is Carole. To the server, a copy is a recipient like any other.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: submission, text: 'denis@' },
      text: {
        fr: 'Et voici Denis, le destinataire caché. Il est dans l’enveloppe : c’est ainsi que le message lui parviendra.',
        en: 'And here is Denis, the hidden recipient. He is in the envelope: that is how the message will reach him.',
      },
    },
    {
      anchor: { kind: 'data', conn: submission },
      text: {
        fr: 'Regardez les en-têtes du message : `From:`, `To:` avec Bob, `Cc:` avec Carole. Aucun en-tête `Bcc:` : le client l’a retiré avant l’envoi. Bob et Carole ne sauront pas que Denis a reçu le message.',
        en: 'Look at the message’s headers: `From:`, `To:` with Bob, `Cc:` with Carole. No `Bcc:` header: the client removed it before sending. Bob and Carole will not know that Denis got the message.',
      },
    },
    {
      anchor: { kind: 'queue', from: 'smtp-lycee', text: 'queue active' },
      text: {
        fr: 'Le journal du serveur le confirme : un message, trois destinataires. Le serveur ne lit que l’enveloppe pour savoir où livrer.',
        en: 'The server’s log confirms it: one message, three recipients. The server reads only the envelope to know where to deliver.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: relay },
      text: {
        fr: 'Le relais vers le serveur MX (échangeur de courrier) de Bob recopie l’enveloppe : même `MAIL FROM`…',
        en: 'The relay to Bob’s mail exchanger (MX) copies the envelope: the same `MAIL FROM`…',
      },
    },
    {
      anchor: { kind: 'command', verb: 'RCPT', conn: relay, text: 'denis@' },
      text: {
        fr: '… et les mêmes `RCPT TO`, Denis compris. Les trois destinataires sont dans le même domaine, donc un seul voyage suffit.',
        en: '… and the same `RCPT TO` lines, Denis included. All three recipients are in the same domain, so one trip is enough.',
      },
    },
    {
      anchor: { kind: 'data', conn: relay },
      text: {
        fr: 'Le message relayé a un en-tête de plus en haut : `Received:`, ajouté par le serveur d’Alice. Les en-têtes `From:`, `To:` et `Cc:` n’ont pas changé.',
        en: 'The relayed message has one more header at the top: `Received:`, added by Alice’s server. The `From:`, `To:` and `Cc:` headers have not changed.',
      },
    },
    {
      anchor: { kind: 'deliver', text: 'bob@' },
      text: {
        fr: 'Le serveur de boîtes aux lettres range une copie pour Bob…',
        en: 'The mailbox server stores one copy for Bob…',
      },
    },
    {
      anchor: { kind: 'deliver', text: 'denis@' },
      text: {
        fr: '… une pour Carole, une pour Denis. Chaque copie reçoit en haut un en-tête `Delivered-To:` avec l’adresse de son destinataire.',
        en: '… one for Carole, one for Denis. Each copy gets a `Delivered-To:` header at the top with its recipient’s address.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
      text: {
        fr: 'Bob lit le message. Tout en haut : `Return-Path:`, ajouté à la distribution à partir du `MAIL FROM` de l’enveloppe. C’est là que partirait un rebond.',
        en: 'Bob reads the message. At the very top: `Return-Path:`, added at delivery from the envelope’s `MAIL FROM`. That is where a bounce would go.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'predictReply',
      id: 'hidden-rcpt',
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: submission, nth: 2 },
      prompt: {
        fr: 'Le client envoie `RCPT TO` pour Denis, le destinataire caché. Que répond le serveur ?',
        en: 'The client sends `RCPT TO` for Denis, the hidden recipient. What does the server answer?',
      },
      distractors: [
        {
          code: '550',
          why: {
            fr: 'Denis a une boîte aux lettres à l’école. Le serveur ne sait même pas qu’il est en copie cachée : pour lui, c’est un destinataire normal.',
            en: 'Denis has a mailbox at the school. The server does not even know he is a blind copy: to it, he is a normal recipient.',
          },
        },
        {
          code: '354',
          why: {
            fr: '354 ne répond qu’à `DATA`.',
            en: '354 only answers `DATA`.',
          },
        },
        {
          code: '503',
          why: {
            fr: '503 signale une commande hors d’ordre. Plusieurs `RCPT TO` à la suite sont parfaitement normaux.',
            en: '503 flags a command out of order. Several `RCPT TO` in a row are perfectly normal.',
          },
        },
      ],
      explanation: {
        fr: '250 : accepté. La copie cachée n’existe que dans le client d’Alice ; le serveur ne voit qu’un `RCPT TO` de plus.',
        en: '250: accepted. The blind copy exists only in Alice’s client; the server just sees one more `RCPT TO`.',
      },
    },
    {
      kind: 'selectLine',
      id: 'denis-in-envelope',
      anchor: { kind: 'command', verb: 'RCPT', conn: relay, text: 'denis@' },
      prompt: {
        fr: 'Entre les deux serveurs, cliquez sur la ligne qui prouve que Denis recevra le message, alors qu’aucun en-tête ne le nomme.',
        en: 'Between the two servers, click the line that proves Denis will get the message, although no header names him.',
      },
      explanation: {
        fr: 'C’est le `RCPT TO` de Denis : l’enveloppe décide de la livraison, pas les en-têtes.',
        en: 'It is Denis’s `RCPT TO`: the envelope decides delivery, not the headers.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'where-is-bcc',
      anchor: { kind: 'data', conn: submission },
      prompt: {
        fr: 'Où apparaît l’adresse de Denis, le destinataire en copie cachée ?',
        en: 'Where does Denis’s address, the blind-copy recipient, appear?',
      },
      options: [
        {
          text: {
            fr: 'Seulement dans l’enveloppe (`RCPT TO`)',
            en: 'Only in the envelope (`RCPT TO`)',
          },
          correct: true,
          why: {
            fr: 'Oui. Le client la met dans l’enveloppe et retire l’en-tête `Bcc:` du message.',
            en: 'Yes. The client puts it in the envelope and removes the `Bcc:` header from the message.',
          },
        },
        {
          text: {
            fr: 'Dans un en-tête `Bcc:` que Bob peut lire',
            en: 'In a `Bcc:` header Bob can read',
          },
          correct: false,
          why: {
            fr: 'Non : la copie ne serait plus cachée. Regardez les en-têtes envoyés, il n’y a pas de `Bcc:`.',
            en: 'No: the copy would not be hidden any more. Look at the headers sent: there is no `Bcc:`.',
          },
        },
        {
          text: { fr: 'Dans l’en-tête `Cc:`, avec Carole', en: 'In the `Cc:` header, with Carole' },
          correct: false,
          why: {
            fr: 'Non. `Cc:` ne contient que Carole ; tout le monde le voit.',
            en: 'No. `Cc:` holds only Carole; everyone can see it.',
          },
        },
        {
          text: { fr: 'Nulle part : le serveur devine', en: 'Nowhere: the server guesses' },
          correct: false,
          why: {
            fr: 'Non. Un serveur ne livre qu’aux adresses de l’enveloppe.',
            en: 'No. A server delivers only to the envelope’s addresses.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'from-can-lie',
      anchor: { kind: 'data', conn: relay },
      prompt: {
        fr: 'Qui écrit l’en-tête `From:` que Bob verra ?',
        en: 'Who writes the `From:` header that Bob will see?',
      },
      options: [
        {
          text: {
            fr: 'Le DNS (Domain Name System), qui certifie l’adresse',
            en: 'The DNS (Domain Name System), which certifies the address',
          },
          correct: false,
          why: {
            fr: 'Non. Le DNS indique où livrer ; il ne touche jamais au message.',
            en: 'No. The DNS says where to deliver; it never touches the message.',
          },
        },
        {
          text: { fr: 'Le client de l’expéditeur, librement', en: 'The sender’s client, freely' },
          correct: true,
          why: {
            fr: 'Oui. C’est du texte dans le message. SMTP seul ne le vérifie pas : c’est pourquoi un `From:` peut mentir (la leçon 10 montre les parades).',
            en: 'Yes. It is text in the message. SMTP alone never checks it: that is why a `From:` can lie (lesson 10 shows the defences).',
          },
        },
        {
          text: { fr: 'Le serveur MX, d’après `MAIL FROM`', en: 'The MX, from `MAIL FROM`' },
          correct: false,
          why: {
            fr: 'Non. Le serveur MX ajoute des en-têtes de trace (`Received:`) mais ne réécrit pas `From:`.',
            en: 'No. The MX adds trace headers (`Received:`) but does not rewrite `From:`.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'return-path',
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
      prompt: {
        fr: 'Qui a ajouté l’en-tête `Return-Path:` tout en haut du message ?',
        en: 'Who added the `Return-Path:` header at the very top of the message?',
      },
      options: [
        {
          text: {
            fr: 'Le serveur de boîtes aux lettres, à la distribution',
            en: 'The mailbox server, at delivery',
          },
          correct: true,
          why: {
            fr: 'Oui. À la distribution finale, l’expéditeur de l’enveloppe (`MAIL FROM`) est recopié dans `Return-Path:`.',
            en: 'Yes. At final delivery, the envelope sender (`MAIL FROM`) is copied into `Return-Path:`.',
          },
        },
        {
          text: { fr: 'Le client d’Alice', en: 'Alice’s client' },
          correct: false,
          why: {
            fr: 'Non. Regardez le message envoyé par Alice : il n’a pas de `Return-Path:`.',
            en: 'No. Look at the message Alice sent: it has no `Return-Path:`.',
          },
        },
        {
          text: { fr: 'Le client de Bob, à la lecture', en: 'Bob’s client, when reading' },
          correct: false,
          why: {
            fr: 'Non. Le client de Bob lit le message tel qu’il est rangé sur le serveur.',
            en: 'No. Bob’s client reads the message as it is stored on the server.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: { kind: 'deliver', text: 'denis@' },
    text: {
      fr: 'Denis a reçu sa copie cachée.',
      en: 'Denis has his blind copy.',
    },
  },
  recap: [
    {
      fr: 'L’enveloppe (`MAIL FROM`, `RCPT TO`) sert aux serveurs ; les en-têtes (`From:`, `To:`, `Cc:`) servent aux humains.',
      en: 'The envelope (`MAIL FROM`, `RCPT TO`) is for servers; the headers (`From:`, `To:`, `Cc:`) are for people.',
    },
    {
      fr: 'Une copie cachée est un `RCPT TO` sans en-tête : le client retire `Bcc:` avant l’envoi.',
      en: 'A blind copy is a `RCPT TO` with no header: the client removes `Bcc:` before sending.',
    },
    {
      fr: 'L’en-tête `From:` est écrit par l’expéditeur ; SMTP seul ne le vérifie pas.',
      en: 'The `From:` header is written by the sender; SMTP alone does not check it.',
    },
    {
      fr: 'À la distribution, `Return-Path:` reprend le `MAIL FROM` : c’est l’adresse des rebonds.',
      en: 'At delivery, `Return-Path:` takes the `MAIL FROM`: it is where bounces go.',
    },
  ],
};
