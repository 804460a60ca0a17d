import type { Lesson } from './types';

const submission = { to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25 } as const;
const lmtp = { to: 'mail-ecole', port: 24 } as const;
const imaps = { to: 'mail-ecole', port: 993 } as const;

/**
 * Lesson 11 (CURRICULUM.md): reading a raw message. In the lesson-raw-message world, Alice
 * attaches a small PDF to the museum-trip message: headers, MIME parts, quoted-printable,
 * base64, and the Received: lines that Bob reads bottom-up.
 */
export const rawMessageLesson: Lesson = {
  id: 'raw-message',
  number: 11,
  world: 'lesson-raw-message',
  title: { fr: 'Lire un message brut', en: 'Reading a raw message' },
  minutes: 14,
  objectives: [
    {
      fr: 'Séparer les en-têtes du corps d’un message et lire sa structure MIME (Multipurpose Internet Mail Extensions) : parties, frontière, types.',
      en: 'Tell a message’s headers from its body and read its MIME (Multipurpose Internet Mail Extensions) structure: parts, boundary, types.',
    },
    {
      fr: 'Reconnaître le codage quoted-printable et le codage base64 d’une pièce jointe, et dire pourquoi ils existent.',
      en: 'Recognise quoted-printable and an attachment’s base64, and say why they exist.',
    },
    {
      fr: 'Retracer le chemin d’un message en lisant ses en-têtes `Received:` de bas en haut.',
      en: 'Trace a message’s path by reading its `Received:` headers from the bottom up.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: submission },
      text: {
        fr: 'Alice joint le programme de la sortie, un petit fichier PDF. Son client annonce la taille du message dans `MAIL FROM` : `SIZE=` compte le texte et la pièce jointe.',
        en: 'Alice attaches the trip’s programme, a small PDF file. Her client gives the message’s size in `MAIL FROM`: `SIZE=` counts the text and the attachment.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'DATA' }, conn: submission },
      text: {
        fr: 'Le serveur est prêt à recevoir le message. En SMTP (Simple Mail Transfer Protocol), un message n’est que des lignes de texte, même avec un PDF dedans.',
        en: 'The server is ready for the message. In SMTP (Simple Mail Transfer Protocol) a message is only lines of text, even with a PDF inside.',
      },
    },
    {
      anchor: { kind: 'data', conn: submission },
      text: {
        fr: 'Voici le message brut (onglet du message, vue brute). En haut, les en-têtes, un par ligne : `Nom: valeur`. Une ligne vide les sépare du corps. Dans `Subject:`, `=?utf-8?q?…?=` code les lettres accentuées : un en-tête reste en ASCII (American Standard Code for Information Interchange).',
        en: 'Here is the raw message (message tab, raw view). At the top, the headers, one per line: `Name: value`. An empty line separates them from the body. In `Subject:`, `=?utf-8?q?…?=` encodes the accented letters: a header stays in ASCII (American Standard Code for Information Interchange).',
      },
    },
    {
      anchor: { kind: 'reply', key: 'smtp.reply.queued', conn: submission },
      text: {
        fr: 'Le serveur met le message en file d’attente sans lire ses parties. Relisez les en-têtes : `MIME-Version: 1.0` et `Content-Type: multipart/mixed` annoncent un corps en plusieurs parties. Le paramètre `boundary` donne la frontière : chaque partie commence par `--=_b1`, et `--=_b1--` ferme la dernière.',
        en: 'The server queues the message without reading its parts. Read the headers again: `MIME-Version: 1.0` and `Content-Type: multipart/mixed` announce a body in several parts. The `boundary` parameter gives the separator: each part starts with `--=_b1`, and `--=_b1--` closes the last one.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'QUIT', conn: submission },
      text: {
        fr: 'Première partie : `text/plain; charset=utf-8`, codée en `quoted-printable`. Les caractères ASCII restent lisibles ; chaque autre octet devient `=` suivi de deux chiffres hexadécimaux. Le « é » de « musée » fait deux octets en UTF-8 : `=C3=A9`.',
        en: 'First part: `text/plain; charset=utf-8`, encoded as `quoted-printable`. ASCII characters stay readable; every other octet becomes `=` and two hexadecimal digits. The “é” of “musée” is two octets in UTF-8: `=C3=A9`.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'QUIT' }, conn: submission },
      text: {
        fr: 'Deuxième partie : `application/pdf`, avec `Content-Disposition: attachment` et le nom du fichier. Son contenu est en `base64` : chaque groupe de 3 octets devient 4 caractères (lettres, chiffres, `+` et `/`), en lignes de 76.',
        en: 'Second part: `application/pdf`, with `Content-Disposition: attachment` and the file name. Its content is in `base64`: every 3 octets become 4 characters (letters, digits, `+` and `/`), in lines of 76.',
      },
    },
    {
      anchor: { kind: 'connect', conn: relay },
      text: {
        fr: 'Pourquoi coder ? SMTP est né pour du texte ASCII sur 7 bits. Les octets d’un PDF ne sont pas du texte : base64 les transforme en caractères sûrs, au prix d’un tiers de taille en plus. Ce n’est pas un chiffrement : n’importe qui peut décoder.',
        en: 'Why encode? SMTP was born for 7-bit ASCII text. A PDF’s octets are not text: base64 turns them into safe characters, at the cost of a third more size. It is not encryption: anyone can decode it.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: relay },
      text: {
        fr: 'Le serveur d’Alice relaie le message vers le serveur MX (échangeur de courrier) de Bob. La taille annoncée a grandi : le serveur a ajouté des en-têtes en haut.',
        en: 'Alice’s server relays the message to Bob’s mail exchanger (MX). The size announced has grown: the server added headers at the top.',
      },
    },
    {
      anchor: { kind: 'data', conn: relay },
      text: {
        fr: 'En haut, un nouvel en-tête `Received:` : « reçu de `laptop.lycee.example` par `smtp.lycee.example` », avec l’heure. Puis `DKIM-Signature:` (leçon 10). Les parties, elles, n’ont pas changé d’un octet.',
        en: 'At the top, a new `Received:` header: “received from `laptop.lycee.example` by `smtp.lycee.example`”, with the time. Then `DKIM-Signature:` (lesson 10). The parts have not changed by one octet.',
      },
    },
    {
      anchor: { kind: 'data', conn: lmtp },
      text: {
        fr: 'Le serveur MX de Bob ajoute à son tour un `Received:` au-dessus des autres, et `Authentication-Results:`. Chaque serveur écrit en haut ; personne n’efface ce qui est dessous.',
        en: 'Bob’s MX adds its own `Received:` above the others, and `Authentication-Results:`. Each server writes at the top; nobody erases what is below.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
      text: {
        fr: 'Le client de Bob télécharge le message brut. Tout en haut : `Return-Path:` et `Delivered-To:`, ajoutés à la distribution, puis trois en-têtes `Received:`, un par étape du voyage.',
        en: 'Bob’s client downloads the raw message. At the very top: `Return-Path:` and `Delivered-To:`, added at delivery, then three `Received:` headers, one per leg of the journey.',
      },
    },
    {
      anchor: { kind: 'reply', text: 'a4 OK', conn: imaps },
      text: {
        fr: 'Lisez les `Received:` de bas en haut. Le plus bas est le plus ancien : l’ordinateur d’Alice remet le message à `smtp.lycee.example`, `with ESMTPSA` (SMTP étendu, chiffré, authentifié).',
        en: 'Read the `Received:` headers from the bottom up. The lowest is the oldest: Alice’s laptop hands the message to `smtp.lycee.example`, `with ESMTPSA` (extended SMTP, encrypted, authenticated).',
      },
    },
    {
      anchor: { kind: 'command', verb: 'LOGOUT', conn: imaps },
      text: {
        fr: 'Celui du milieu : `smtp.lycee.example` remet le message à `mx.ecole.example`, `with ESMTPS` : chiffré, sans authentification, comme toujours entre serveurs.',
        en: 'The middle one: `smtp.lycee.example` hands the message to `mx.ecole.example`, `with ESMTPS`: encrypted, without a login, as always between servers.',
      },
    },
    {
      anchor: { kind: 'reply', text: '* BYE', conn: imaps },
      text: {
        fr: 'Le plus haut est le dernier : `mx.ecole.example` remet le message à `mail.ecole.example` `with LMTP` (LMTP, Local Mail Transfer Protocol). De bas en haut, on lit le chemin ; en comparant les heures, on voit où un message a traîné.',
        en: 'The top one is the last: `mx.ecole.example` hands the message to `mail.ecole.example` `with LMTP` (LMTP, Local Mail Transfer Protocol). Bottom up, you read the path; comparing the times shows where a message was held up.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'multipleChoice',
      id: 'why-equals-signs',
      anchor: { kind: 'command', verb: 'QUIT', conn: submission },
      prompt: {
        fr: 'Dans la partie texte, « musée » s’écrit `mus=C3=A9e`. Pourquoi ?',
        en: 'In the text part, “musée” is written `mus=C3=A9e`. Why?',
      },
      options: [
        {
          text: {
            fr: 'Le quoted-printable écrit chaque octet non ASCII en `=` et deux chiffres hexadécimaux',
            en: 'Quoted-printable writes each non-ASCII octet as `=` and two hexadecimal digits',
          },
          correct: true,
          why: {
            fr: 'Oui. En UTF-8, « é » fait deux octets, `C3` et `A9`. Le client de Bob les décodera et affichera « é ».',
            en: 'Yes. In UTF-8, “é” is two octets, `C3` and `A9`. Bob’s client will decode them and show “é”.',
          },
        },
        {
          text: { fr: 'Le texte est chiffré', en: 'The text is encrypted' },
          correct: false,
          why: {
            fr: 'Non. Le reste du texte est lisible, et `=C3=A9` se décode sans clé. C’est un codage, pas un chiffrement.',
            en: 'No. The rest of the text is readable, and `=C3=A9` decodes without any key. It is an encoding, not encryption.',
          },
        },
        {
          text: {
            fr: 'Le serveur a abîmé le message',
            en: 'The server damaged the message',
          },
          correct: false,
          why: {
            fr: 'Non. C’est le client d’Alice qui a écrit ce codage, avant l’envoi. Les serveurs ne touchent pas au corps.',
            en: 'No. Alice’s client wrote this encoding before sending. Servers do not touch the body.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'base64-size',
      anchor: { kind: 'reply', after: { command: 'QUIT' }, conn: submission },
      prompt: {
        fr: 'Le PDF fait 600 octets. Combien de caractères base64 environ faut-il pour le transporter ?',
        en: 'The PDF is 600 octets long. About how many base64 characters does it take to carry it?',
      },
      options: [
        {
          text: { fr: 'Environ 600', en: 'About 600' },
          correct: false,
          why: {
            fr: 'Non. Un caractère base64 ne porte que 6 bits, pas 8 : il en faut plus que d’octets.',
            en: 'No. A base64 character carries only 6 bits, not 8: it takes more characters than octets.',
          },
        },
        {
          text: { fr: 'Environ 800', en: 'About 800' },
          correct: true,
          why: {
            fr: 'Oui. 3 octets deviennent 4 caractères : 600 × 4 ÷ 3 = 800, sans compter les fins de ligne.',
            en: 'Yes. 3 octets become 4 characters: 600 × 4 ÷ 3 = 800, not counting the line breaks.',
          },
        },
        {
          text: { fr: 'Environ 1 200', en: 'About 1,200' },
          correct: false,
          why: {
            fr: 'Non. Ce serait le double : c’est le cas du codage hexadécimal (2 caractères par octet), pas du base64.',
            en: 'No. That would be double: that is hexadecimal (2 characters per octet), not base64.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'first-received',
      anchor: { kind: 'data', conn: relay },
      prompt: {
        fr: 'Cliquez sur la ligne où l’en-tête `Received:` le plus bas, celui de `smtp.lycee.example`, traverse le réseau pour la première fois.',
        en: 'Click the line where the lowest `Received:` header, the one from `smtp.lycee.example`, crosses the network for the first time.',
      },
      explanation: {
        fr: 'C’est le message relayé vers le serveur MX de Bob : `smtp.lycee.example` a ajouté son `Received:` juste avant de l’envoyer.',
        en: 'It is the message relayed to Bob’s MX: `smtp.lycee.example` added its `Received:` just before sending it.',
      },
    },
    {
      kind: 'orderHops',
      id: 'trace-the-path',
      anchor: { kind: 'reply', text: '* BYE', conn: imaps },
      prompt: {
        fr: 'D’après les en-têtes `Received:` et la relève de Bob, remettez les machines dans l’ordre du voyage.',
        en: 'From the `Received:` headers and Bob’s download, put the machines in the order of the journey.',
      },
      explanation: {
        fr: 'De bas en haut : l’ordinateur d’Alice, son serveur, le serveur MX de Bob, son serveur de boîtes aux lettres ; enfin l’ordinateur de Bob vient chercher le message.',
        en: 'Bottom up: Alice’s laptop, her server, Bob’s MX, his mailbox server; last, Bob’s laptop comes to fetch the message.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' },
    text: {
      fr: 'Bob a reçu le message brut, pièce jointe comprise, avec la trace de chaque étape.',
      en: 'Bob got the raw message, attachment included, with a trace of every leg.',
    },
  },
  recap: [
    {
      fr: 'Un message, ce sont des en-têtes, une ligne vide, puis le corps ; MIME découpe le corps en parties séparées par une frontière.',
      en: 'A message is headers, an empty line, then the body; MIME splits the body into parts separated by a boundary.',
    },
    {
      fr: 'Le quoted-printable garde un texte lisible (`=C3=A9` pour « é ») ; le base64 transporte n’importe quels octets, un tiers plus gros.',
      en: 'Quoted-printable keeps a text readable (`=C3=A9` for “é”); base64 carries any octets, a third bigger.',
    },
    {
      fr: 'Ces codages existent parce que SMTP transporte du texte ASCII ; ils ne cachent rien.',
      en: 'These encodings exist because SMTP carries ASCII text; they hide nothing.',
    },
    {
      fr: 'Chaque serveur ajoute un `Received:` en haut : lus de bas en haut, ils donnent le chemin et les heures.',
      en: 'Each server adds a `Received:` at the top: read bottom up, they give the path and the times.',
    },
  ],
};
