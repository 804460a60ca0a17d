import type { Lesson } from './types';

const laptop = { from: 'alice-laptop', to: 'smtp-lycee', port: 587 } as const;
const phone = { from: 'alice-phone', to: 'smtp-lycee', port: 587 } as const;
const relay = { to: 'mx-ecole', port: 25 } as const;

/**
 * Lesson 6 (CURRICULUM.md): authentication. In the lesson-auth world, Alice's laptop logs in
 * with AUTH PLAIN; later her phone tries AUTH LOGIN with a mistyped password.
 */
export const authLesson: Lesson = {
  id: 'auth',
  number: 6,
  world: 'lesson-auth',
  title: { fr: 'L’authentification (AUTH)', en: 'Authentication (AUTH)' },
  minutes: 14,
  objectives: [
    {
      fr: 'Suivre une authentification SMTP (Simple Mail Transfer Protocol) avec `AUTH PLAIN` et avec `AUTH LOGIN`, et ses questions en 334.',
      en: 'Follow an SMTP (Simple Mail Transfer Protocol) login with `AUTH PLAIN` and with `AUTH LOGIN`, and its 334 challenges.',
    },
    {
      fr: 'Décoder du base64 et comprendre que c’est un codage, pas un chiffrement comme TLS (Transport Layer Security).',
      en: 'Decode base64 and understand that it is an encoding, not encryption like TLS (Transport Layer Security).',
    },
    {
      fr: 'Expliquer pourquoi le serveur de soumission (MSA, message submission agent) exige l’authentification, et ce qu’est un relais ouvert.',
      en: 'Explain why the submission server (MSA, message submission agent) requires a login, and what an open relay is.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: laptop, nth: 0 },
      text: {
        fr: 'Avant le chiffrement, la liste des extensions ne propose pas `AUTH`. Ce serveur n’accepte pas de mot de passe en clair.',
        en: 'Before encryption, the extension list does not offer `AUTH`. This server takes no password in clear text.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: laptop, nth: 1 },
      text: {
        fr: 'Après `STARTTLS`, la ligne `AUTH` apparaît avec deux mécanismes : `PLAIN` et `LOGIN`. Ce sont des mécanismes SASL (Simple Authentication and Security Layer).',
        en: 'After `STARTTLS`, the `AUTH` line appears with two mechanisms: `PLAIN` and `LOGIN`. They are SASL (Simple Authentication and Security Layer) mechanisms.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'AUTH', conn: laptop },
      text: {
        fr: 'Le client d’Alice choisit `AUTH PLAIN` et envoie tout d’un coup : identifiant et mot de passe, codés en base64. Ce n’est pas du chiffrement : n’importe qui peut le décoder.',
        en: 'Alice’s client picks `AUTH PLAIN` and sends it all at once: user name and password, encoded in base64. That is not encryption: anyone can decode it.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: laptop },
      text: {
        fr: 'Authentification réussie. Le serveur sait maintenant qui envoie : Alice.',
        en: 'Login successful. The server now knows who is sending: Alice.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'MAIL' }, conn: laptop },
      text: {
        fr: 'Le serveur accepte `MAIL FROM` avec l’adresse d’Alice. Il vérifie aussi que c’est bien la sienne : une utilisatrice authentifiée ne peut pas envoyer au nom d’une autre.',
        en: 'The server accepts `MAIL FROM` with Alice’s address. It also checks it is really hers: a logged-in user cannot send as someone else.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'EHLO' }, conn: relay, nth: 1 },
      text: {
        fr: 'Entre serveurs, sur le port 25, le serveur MX (échangeur de courrier) de Bob ne propose pas `AUTH`. Le serveur d’Alice ne s’authentifie pas.',
        en: 'Between servers, on port 25, Bob’s mail exchanger (MX) does not offer `AUTH`. Alice’s server does not log in.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: relay },
      text: {
        fr: 'Le serveur MX accepte quand même : Bob est un utilisateur de son propre domaine. Il refuserait de relayer vers un autre domaine : sinon, ce serait un relais ouvert.',
        en: 'The MX accepts anyway: Bob is a user of its own domain. It would refuse to relay to another domain: otherwise it would be an open relay.',
      },
    },
    {
      anchor: { kind: 'connect', conn: phone },
      text: {
        fr: 'Cinq minutes plus tard, Alice envoie un rappel depuis son téléphone. Il est réglé avec `AUTH LOGIN`… et un mot de passe mal tapé.',
        en: 'Five minutes later, Alice sends a reminder from her phone. It is set up with `AUTH LOGIN`… and a mistyped password.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'AUTH', conn: phone, nth: 0 },
      text: {
        fr: '`AUTH LOGIN` ne donne rien d’avance : le serveur va poser les questions une par une.',
        en: '`AUTH LOGIN` gives nothing up front: the server will ask its questions one at a time.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, nth: 0 },
      text: {
        fr: 'Un code 334 : une question du serveur, elle aussi en base64. Décodée, elle demande le nom d’utilisateur.',
        en: 'A 334 code: a question from the server, also in base64. Decoded, it asks for the user name.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'AUTH', conn: phone, nth: 1 },
      text: {
        fr: 'Le téléphone répond avec l’adresse d’Alice, en base64.',
        en: 'The phone answers with Alice’s address, in base64.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, nth: 1 },
      text: {
        fr: 'Deuxième question en 334 : le mot de passe.',
        en: 'Second 334 question: the password.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'AUTH', conn: phone, nth: 2 },
      text: {
        fr: 'Le téléphone envoie le mot de passe enregistré, en base64. Il y manque une lettre.',
        en: 'The phone sends the saved password, in base64. One letter is missing.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, nth: 2 },
      text: {
        fr: 'Échec de l’authentification. Le serveur ne dit pas si c’est le nom ou le mot de passe qui est faux : un attaquant n’apprend rien.',
        en: 'Login failed. The server does not say whether the name or the password is wrong: an attacker learns nothing.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'QUIT', conn: phone },
      text: {
        fr: 'Le téléphone abandonne. Le rappel n’est pas parti : Alice verra une erreur et devra corriger son mot de passe.',
        en: 'The phone gives up. The reminder was not sent: Alice will see an error and must fix her password.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'decodeBase64',
      id: 'decode-plain',
      anchor: { kind: 'command', verb: 'AUTH', conn: laptop },
      prompt: {
        fr: 'Décodez la chaîne base64 envoyée après `AUTH PLAIN`. Que contient-elle ?',
        en: 'Decode the base64 string sent after `AUTH PLAIN`. What does it hold?',
      },
      explanation: {
        fr: 'Un octet nul, l’identifiant, un octet nul, le mot de passe. Le base64 se décode sans clé : seul le chiffrement TLS protège ce mot de passe.',
        en: 'A null byte, the user name, a null byte, the password. Base64 decodes without any key: only TLS encryption protects this password.',
      },
    },
    {
      kind: 'predictReply',
      id: 'plain-result',
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: laptop },
      prompt: {
        fr: 'L’identifiant et le mot de passe d’Alice sont corrects. Que répond le serveur ?',
        en: 'Alice’s user name and password are right. What does the server answer?',
      },
      distractors: [
        {
          code: '535',
          why: {
            fr: '535 signale un échec d’authentification. Ici, le mot de passe est le bon.',
            en: '535 reports a failed login. Here the password is right.',
          },
        },
        {
          code: '334',
          why: {
            fr: '334 pose une question. Avec `AUTH PLAIN`, le client a déjà tout envoyé : il n’y a rien à demander.',
            en: '334 asks a question. With `AUTH PLAIN` the client has already sent everything: there is nothing to ask.',
          },
        },
        {
          code: '250',
          why: {
            fr: '250 est le succès général d’une commande. L’authentification réussie a son propre code.',
            en: '250 is the general success of a command. A successful login has a code of its own.',
          },
        },
      ],
      explanation: {
        fr: '235 : authentification réussie. La suite de la session se fait au nom d’Alice.',
        en: '235: login successful. The rest of the session runs in Alice’s name.',
      },
    },
    {
      kind: 'selectLine',
      id: 'password-question',
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, nth: 1 },
      prompt: {
        fr: 'Sur la connexion du téléphone, cliquez sur la ligne où le serveur demande le mot de passe.',
        en: 'On the phone’s connection, click the line where the server asks for the password.',
      },
      explanation: {
        fr: 'C’est la seconde réponse en 334. Son texte en base64 se décode en une question qui demande le mot de passe.',
        en: 'It is the second 334 reply. Its base64 text decodes into a question asking for the password.',
      },
    },
    {
      kind: 'predictReply',
      id: 'login-result',
      anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, nth: 2 },
      prompt: {
        fr: 'Le téléphone envoie un mot de passe auquel il manque une lettre. Que répond le serveur ?',
        en: 'The phone sends a password with a letter missing. What does the server answer?',
      },
      distractors: [
        {
          code: '235',
          why: {
            fr: 'Le mot de passe est faux : le serveur ne peut pas accepter.',
            en: 'The password is wrong: the server cannot accept it.',
          },
        },
        {
          code: '334',
          why: {
            fr: '`AUTH LOGIN` ne pose que deux questions : le nom, puis le mot de passe. Il n’y en a pas de troisième.',
            en: '`AUTH LOGIN` asks only two questions: the name, then the password. There is no third one.',
          },
        },
        {
          code: '550',
          why: {
            fr: '550 refuse un destinataire ou une boîte aux lettres, pas une authentification.',
            en: '550 refuses a recipient or a mailbox, not a login.',
          },
        },
      ],
      explanation: {
        fr: '535 : échec de l’authentification. Un code en 5xx : réessayer avec le même mot de passe ne servirait à rien.',
        en: '535: login failed. A 5xx code: trying again with the same password would not help.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'base64-protects',
      anchor: { kind: 'command', verb: 'AUTH', conn: phone, nth: 2 },
      prompt: {
        fr: 'Le mot de passe passe en base64. Qu’est-ce qui le protège d’un espion sur le réseau ?',
        en: 'The password travels in base64. What protects it from an eavesdropper?',
      },
      options: [
        {
          text: { fr: 'Le code 334 du serveur', en: 'The server’s 334 code' },
          correct: false,
          why: {
            fr: 'Non. 334 est seulement une question du serveur ; elle ne protège rien.',
            en: 'No. 334 is only a question from the server; it protects nothing.',
          },
        },
        {
          text: {
            fr: 'Le chiffrement TLS (Transport Layer Security) de la connexion',
            en: 'The connection’s TLS (Transport Layer Security) encryption',
          },
          correct: true,
          why: {
            fr: 'Oui. Le base64 ne cache rien ; c’est `STARTTLS`, plus tôt, qui a chiffré la connexion.',
            en: 'Yes. Base64 hides nothing; `STARTTLS`, earlier, encrypted the connection.',
          },
        },
        {
          text: { fr: 'Le base64 lui-même', en: 'Base64 itself' },
          correct: false,
          why: {
            fr: 'Non. Le base64 est un codage : il se décode sans clé, en une seconde.',
            en: 'No. Base64 is an encoding: it decodes without any key, in a second.',
          },
        },
      ],
    },
    {
      kind: 'multipleChoice',
      id: 'open-relay',
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: relay },
      prompt: {
        fr: 'Pourquoi le serveur de soumission exige-t-il `AUTH` avant d’accepter un message pour un autre domaine ?',
        en: 'Why does the submission server require `AUTH` before taking a message for another domain?',
      },
      options: [
        {
          text: {
            fr: 'Pour ne pas être un relais ouvert',
            en: 'So as not to be an open relay',
          },
          correct: true,
          why: {
            fr: 'Oui. Un relais ouvert transmet le courrier de n’importe qui vers n’importe où : les spammeurs s’en servent, et le serveur finit sur des listes de blocage.',
            en: 'Yes. An open relay carries anyone’s mail anywhere: spammers use it, and the server ends up on blocklists.',
          },
        },
        {
          text: {
            fr: 'Pour chiffrer le message',
            en: 'To encrypt the message',
          },
          correct: false,
          why: {
            fr: 'Non. C’est le rôle de TLS. `AUTH` dit seulement qui envoie.',
            en: 'No. That is TLS’s job. `AUTH` only says who is sending.',
          },
        },
        {
          text: {
            fr: 'Parce que le serveur MX de Bob le demande',
            en: 'Because Bob’s MX asks for it',
          },
          correct: false,
          why: {
            fr: 'Non. Le serveur MX de Bob ne demande aucune authentification : il accepte le courrier pour son domaine.',
            en: 'No. Bob’s MX asks for no login: it accepts mail for its own domain.',
          },
        },
      ],
    },
  ],
  goal: {
    anchor: { kind: 'reply', after: { command: 'AUTH' }, conn: phone, code: '535' },
    text: {
      fr: 'Le serveur a refusé le mauvais mot de passe du téléphone.',
      en: 'The server refused the phone’s wrong password.',
    },
  },
  recap: [
    {
      fr: 'La soumission exige `AUTH` (sinon, le serveur serait un relais ouvert), et seulement sous TLS.',
      en: 'Submission requires `AUTH` (otherwise the server would be an open relay), and only under TLS.',
    },
    {
      fr: '`AUTH PLAIN` envoie identifiant et mot de passe d’un coup ; `AUTH LOGIN` répond à deux questions en 334.',
      en: '`AUTH PLAIN` sends user name and password at once; `AUTH LOGIN` answers two 334 questions.',
    },
    {
      fr: 'Le base64 est un codage, pas un chiffrement : seul TLS protège le mot de passe.',
      en: 'Base64 is an encoding, not encryption: only TLS protects the password.',
    },
    {
      fr: '235 : authentification réussie ; 535 : échec. Entre serveurs, sur le port 25, pas d’`AUTH`.',
      en: '235: login successful; 535: failed. Between servers, on port 25, there is no `AUTH`.',
    },
  ],
};
