import type { Lesson } from './types';

const relay = { from: 'smtp-lycee', to: 'mx-ecole', port: 25 } as const;
const lmtp = { to: 'mail-ecole', port: 24 } as const;
const forgedEnvelope = { from: 'eve-host', nth: 0 } as const;
const forgedHeader = { from: 'eve-host', nth: 1 } as const;

/**
 * Lesson 10 (CURRICULUM.md): who really sent it? In the lesson-spoofing world, Alice's genuine
 * message passes SPF, DKIM and DMARC at Bob's MX; then Eve forges Alice's address twice, in
 * the envelope (SPF refuses her) and in the From: header only (DMARC refuses her).
 */
export const spfDkimDmarcLesson: Lesson = {
  id: 'spf-dkim-dmarc',
  number: 10,
  world: 'lesson-spoofing',
  title: {
    fr: 'Qui a vraiment envoyé ? SPF, DKIM, DMARC',
    en: 'Who really sent it? SPF, DKIM, DMARC',
  },
  minutes: 15,
  objectives: [
    {
      fr: 'Expliquer comment SPF (Sender Policy Framework) compare l’adresse IP (Internet Protocol) qui se connecte à la liste publiée dans le DNS (Domain Name System) par le domaine de l’enveloppe.',
      en: 'Explain how SPF (Sender Policy Framework) compares the connecting IP (Internet Protocol) address with the list the envelope’s domain publishes in the DNS (Domain Name System).',
    },
    {
      fr: 'Lire une signature DKIM (DomainKeys Identified Mail) et dire qui la vérifie, avec quelle clé.',
      en: 'Read a DKIM (DomainKeys Identified Mail) signature and say who checks it, with which key.',
    },
    {
      fr: 'Comprendre comment DMARC (Domain-based Message Authentication, Reporting and Conformance) relie ces contrôles à l’en-tête `From:` que lit le destinataire, et lire `Authentication-Results:`.',
      en: 'Understand how DMARC (Domain-based Message Authentication, Reporting and Conformance) ties these checks to the `From:` header the recipient reads, and read `Authentication-Results:`.',
    },
  ],
  narrative: [
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: relay },
      text: {
        fr: 'Le serveur d’Alice relaie son message vers le serveur MX (échangeur de courrier) de Bob. L’enveloppe annonce `alice@lycee.example` : le domaine à vérifier est `lycee.example`.',
        en: 'Alice’s server relays her message to Bob’s mail exchanger (MX). The envelope says `alice@lycee.example`: the domain to check is `lycee.example`.',
      },
    },
    {
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: 'v=spf1', nth: 0 },
      text: {
        fr: 'Le serveur MX demande au DNS l’enregistrement SPF de `lycee.example`. Il n’autorise qu’une adresse, `192.0.2.10`, et `-all` demande de refuser toutes les autres. Le serveur qui se connecte a justement cette adresse : SPF réussit.',
        en: 'The MX asks the DNS for `lycee.example`’s SPF record. It allows one address only, `192.0.2.10`, and `-all` asks to refuse every other one. The connecting server has exactly that address: SPF passes.',
      },
    },
    {
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: '_domainkey' },
      text: {
        fr: 'Le message arrive (il s’affiche juste après ces vérifications), avec un en-tête `DKIM-Signature:` signé par `lycee.example`, sélecteur `sel1`. Le serveur MX va chercher la clé publique correspondante dans le DNS, sous `sel1._domainkey.lycee.example`.',
        en: 'The message arrives (it shows right after these checks), with a `DKIM-Signature:` header signed by `lycee.example`, selector `sel1`. The MX fetches the matching public key from the DNS, under `sel1._domainkey.lycee.example`.',
      },
    },
    {
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: '_dmarc', nth: 0 },
      text: {
        fr: 'Puis il lit la politique DMARC du domaine de l’en-tête `From:`. `p=reject` : « si le contrôle échoue, refusez le message ».',
        en: 'Then it reads the DMARC policy of the `From:` header’s domain. `p=reject`: “if the check fails, refuse the message”.',
      },
    },
    {
      anchor: { kind: 'data', conn: relay },
      text: {
        fr: 'Voici le message reçu. Sous `Received:`, le serveur d’Alice a ajouté `DKIM-Signature:` : `bh=` est l’empreinte du corps, `b=` la signature, faite avec une clé privée que seul ce serveur possède. La clé publique la vérifie : DKIM réussit.',
        en: 'Here is the message received. Below `Received:`, Alice’s server added `DKIM-Signature:`: `bh=` is the body’s hash, `b=` the signature, made with a private key only that server holds. The public key checks it: DKIM passes.',
      },
    },
    {
      anchor: { kind: 'data', conn: lmtp },
      text: {
        fr: 'Le serveur MX transmet le message au serveur de boîtes aux lettres. Il y écrit ses trois verdicts dans `Authentication-Results:` : `spf=pass`, `dkim=pass`, `dmarc=pass`. DMARC réussit, car SPF et DKIM portent le même domaine que `From:`.',
        en: 'The MX hands the message to the mailbox server. It writes its three verdicts in `Authentication-Results:`: `spf=pass`, `dkim=pass`, `dmarc=pass`. DMARC passes because SPF and DKIM carry the same domain as `From:`.',
      },
    },
    {
      anchor: { kind: 'connect', conn: forgedEnvelope },
      text: {
        fr: 'Dix minutes plus tard, Eve se connecte au serveur MX de Bob depuis sa propre machine, `203.0.113.66`, sur le port 25. Elle veut se faire passer pour Alice : c’est de l’usurpation d’adresse.',
        en: 'Ten minutes later, Eve connects to Bob’s MX from her own machine, `203.0.113.66`, on port 25. She wants to pass as Alice: this is spoofing.',
      },
    },
    {
      anchor: { kind: 'command', verb: 'MAIL', conn: forgedEnvelope },
      text: {
        fr: 'Eve écrit l’adresse d’Alice dans l’enveloppe. SMTP (Simple Mail Transfer Protocol) seul ne vérifie rien : n’importe qui peut taper n’importe quelle adresse.',
        en: 'Eve writes Alice’s address in the envelope. SMTP (Simple Mail Transfer Protocol) alone checks nothing: anyone can type any address.',
      },
    },
    {
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: 'v=spf1', nth: 1 },
      text: {
        fr: 'Le domaine de l’enveloppe est encore `lycee.example`, donc le serveur MX relit le même SPF. Mais cette fois, l’adresse qui se connecte est `203.0.113.66` : elle n’est pas dans la liste.',
        en: 'The envelope’s domain is `lycee.example` again, so the MX reads the same SPF record. But this time the connecting address is `203.0.113.66`: it is not on the list.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: forgedEnvelope },
      text: {
        fr: 'SPF échoue et `-all` demande un refus : le serveur MX refuse au `RCPT TO`, avant même de recevoir le message. Le code d’état étendu 5.7.23 signifie « échec SPF ».',
        en: 'SPF fails and `-all` asks for a refusal: the MX refuses at `RCPT TO`, before even receiving the message. The enhanced status code 5.7.23 means “SPF failed”.',
      },
    },
    {
      anchor: { kind: 'connect', conn: forgedHeader },
      text: {
        fr: 'Eve réessaie, plus rusée. Cette fois, l’enveloppe porte sa vraie adresse ; Alice n’apparaîtra que dans l’en-tête `From:`, le seul que Bob lira.',
        en: 'Eve tries again, more cunning. This time the envelope carries her real address; Alice will appear only in the `From:` header, the only one Bob will read.',
      },
    },
    {
      anchor: { kind: 'dns-query', text: 'pirate.example. IN TXT' },
      text: {
        fr: 'Le serveur MX vérifie SPF pour `pirate.example`, le domaine de l’enveloppe. Le DNS n’a aucun enregistrement : SPF n’a rien à dire (`none`), ni pour ni contre.',
        en: 'The MX checks SPF for `pirate.example`, the envelope’s domain. The DNS has no record: SPF has nothing to say (`none`), for or against.',
      },
    },
    {
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: forgedHeader },
      text: {
        fr: 'Rien ne permet encore de refuser : le serveur MX accepte le destinataire et va lire le message.',
        en: 'Nothing allows a refusal yet: the MX accepts the recipient and will read the message.',
      },
    },
    {
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: '_dmarc', nth: 1 },
      text: {
        fr: 'Le message dit `From: Alice Martin <alice@lycee.example>`. Le serveur MX lit donc la politique DMARC de `lycee.example` : `p=reject`.',
        en: 'The message says `From: Alice Martin <alice@lycee.example>`. So the MX reads `lycee.example`’s DMARC policy: `p=reject`.',
      },
    },
    {
      anchor: { kind: 'data', conn: forgedHeader },
      text: {
        fr: 'Regardez le message d’Eve : aucun en-tête `DKIM-Signature:`. SPF concerne `pirate.example`, pas `lycee.example`. Aucun contrôle ne confirme le domaine du `From:` : DMARC échoue.',
        en: 'Look at Eve’s message: no `DKIM-Signature:` header. SPF concerns `pirate.example`, not `lycee.example`. No check vouches for the `From:` domain: DMARC fails.',
      },
    },
    {
      anchor: { kind: 'reply', code: '550', conn: forgedHeader },
      text: {
        fr: 'La politique `p=reject` s’applique : le serveur MX refuse le message à la fin des données. Eve reçoit le refus ; Bob ne verra jamais ce faux message.',
        en: 'The `p=reject` policy applies: the MX refuses the message at the end of the data. Eve gets the refusal; Bob will never see this forged message.',
      },
    },
    {
      anchor: { kind: 'log', from: 'mx-ecole', text: 'milter-reject' },
      text: {
        fr: 'Le journal du serveur MX garde la trace du refus, avec l’enveloppe d’Eve. Pas d’`Authentication-Results:` ici : le message n’a jamais été accepté, il n’existe nulle part.',
        en: 'The MX’s log keeps a record of the refusal, with Eve’s envelope. No `Authentication-Results:` here: the message was never accepted, it exists nowhere.',
      },
    },
  ],
  checkpoints: [
    {
      kind: 'multipleChoice',
      id: 'what-spf-checks',
      anchor: { kind: 'dns-answer', to: 'mx-ecole', text: 'v=spf1', nth: 0 },
      prompt: {
        fr: 'Que compare SPF ?',
        en: 'What does SPF compare?',
      },
      options: [
        {
          text: {
            fr: 'L’adresse IP qui se connecte et les adresses autorisées par le domaine de l’enveloppe',
            en: 'The connecting IP address and the addresses the envelope’s domain allows',
          },
          correct: true,
          why: {
            fr: 'Oui. Le domaine vient de `MAIL FROM` ; la liste des adresses autorisées vient de son enregistrement TXT dans le DNS.',
            en: 'Yes. The domain comes from `MAIL FROM`; the list of allowed addresses comes from its TXT record in the DNS.',
          },
        },
        {
          text: {
            fr: 'L’en-tête `From:` et le nom de l’expéditeur',
            en: 'The `From:` header and the sender’s name',
          },
          correct: false,
          why: {
            fr: 'Non. SPF ne lit pas les en-têtes : il vérifie l’enveloppe. C’est DMARC qui fait le lien avec `From:`.',
            en: 'No. SPF does not read the headers: it checks the envelope. DMARC is what ties it to `From:`.',
          },
        },
        {
          text: {
            fr: 'Le mot de passe du serveur d’Alice',
            en: 'Alice’s server’s password',
          },
          correct: false,
          why: {
            fr: 'Non. Entre serveurs, personne ne donne de mot de passe. SPF ne regarde que l’adresse IP.',
            en: 'No. Between servers nobody gives a password. SPF looks only at the IP address.',
          },
        },
      ],
    },
    {
      kind: 'selectLine',
      id: 'three-verdicts',
      anchor: { kind: 'data', conn: lmtp },
      prompt: {
        fr: 'Cliquez sur la ligne qui emporte les trois verdicts du serveur MX jusqu’à la boîte aux lettres de Bob.',
        en: 'Click the line that carries the MX’s three verdicts to Bob’s mailbox.',
      },
      explanation: {
        fr: 'C’est le message transmis au serveur de boîtes aux lettres : le serveur MX y a ajouté `Authentication-Results:`, que le client de Bob peut afficher.',
        en: 'It is the message handed to the mailbox server: the MX added `Authentication-Results:` to it, which Bob’s client can show.',
      },
    },
    {
      kind: 'predictReply',
      id: 'spf-verdict',
      anchor: { kind: 'reply', after: { command: 'RCPT' }, conn: forgedEnvelope },
      prompt: {
        fr: 'Eve, depuis `203.0.113.66`, annonce `alice@lycee.example` dans l’enveloppe. Le SPF de `lycee.example` finit par `-all`. Que répond le serveur MX au `RCPT TO` ?',
        en: 'Eve, from `203.0.113.66`, gives `alice@lycee.example` in the envelope. `lycee.example`’s SPF record ends with `-all`. What does the MX answer to `RCPT TO`?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: 'Bob existe bien, mais l’adresse d’Eve n’est pas dans le SPF de `lycee.example`, et `-all` demande un refus.',
            en: 'Bob does exist, but Eve’s address is not in `lycee.example`’s SPF record, and `-all` asks for a refusal.',
          },
        },
        {
          code: '450',
          why: {
            fr: 'Un code en 4xx dirait « réessayez plus tard ». Un échec SPF avec `-all` est définitif : réessayer ne changerait pas l’adresse d’Eve.',
            en: 'A 4xx code would say “try later”. An SPF fail with `-all` is final: trying again would not change Eve’s address.',
          },
        },
        {
          code: '535',
          why: {
            fr: '535 refuse une authentification. Eve n’a pas envoyé `AUTH` : sur le port 25, personne ne s’authentifie.',
            en: '535 refuses a login. Eve sent no `AUTH`: on port 25 nobody logs in.',
          },
        },
      ],
      explanation: {
        fr: '550 : refus définitif. Le code d’état étendu 5.7.23 dit pourquoi : échec SPF.',
        en: '550: a final refusal. The enhanced status code 5.7.23 says why: SPF failed.',
      },
    },
    {
      kind: 'multipleChoice',
      id: 'why-no-dkim',
      anchor: { kind: 'data', conn: forgedHeader },
      prompt: {
        fr: 'Pourquoi Eve n’a-t-elle pas mis une signature DKIM de `lycee.example` dans son message ?',
        en: 'Why did Eve not put a `lycee.example` DKIM signature in her message?',
      },
      options: [
        {
          text: {
            fr: 'Elle n’a pas la clé privée de `lycee.example`',
            en: 'She does not have `lycee.example`’s private key',
          },
          correct: true,
          why: {
            fr: 'Oui. Seul le serveur d’Alice a la clé privée. Sans elle, impossible de fabriquer une signature que la clé publique accepte.',
            en: 'Yes. Only Alice’s server has the private key. Without it, no signature she makes would pass the public key’s check.',
          },
        },
        {
          text: {
            fr: 'La clé publique est secrète',
            en: 'The public key is secret',
          },
          correct: false,
          why: {
            fr: 'Non. La clé publique est dans le DNS, lisible par tous : c’est ainsi que le serveur MX vérifie. Elle ne permet pas de signer.',
            en: 'No. The public key is in the DNS for everyone to read: that is how the MX checks. It cannot sign.',
          },
        },
        {
          text: {
            fr: 'DKIM ne fonctionne que sur le port 587',
            en: 'DKIM works only on port 587',
          },
          correct: false,
          why: {
            fr: 'Non. La signature est dans le message lui-même : elle voyage sur tous les ports. Ici, le serveur MX l’a vérifiée sur le port 25.',
            en: 'No. The signature is inside the message itself: it travels on every port. Here the MX checked it on port 25.',
          },
        },
      ],
    },
    {
      kind: 'predictReply',
      id: 'dmarc-verdict',
      anchor: { kind: 'reply', code: '550', conn: forgedHeader },
      prompt: {
        fr: 'SPF n’a rien dit, le message n’a pas de signature DKIM, et `lycee.example` publie `p=reject`. Que répond le serveur MX à la fin des données ?',
        en: 'SPF said nothing, the message has no DKIM signature, and `lycee.example` publishes `p=reject`. What does the MX answer at the end of the data?',
      },
      distractors: [
        {
          code: '250',
          why: {
            fr: 'Ce serait vrai sans DMARC : SMTP seul accepterait. Mais aucun contrôle ne confirme le domaine du `From:`, et la politique demande un refus.',
            en: 'That would be true without DMARC: SMTP alone would accept. But no check vouches for the `From:` domain, and the policy asks for a refusal.',
          },
        },
        {
          code: '354',
          why: {
            fr: '354 invite à envoyer les données, en réponse à `DATA`. Ici, les données sont déjà envoyées.',
            en: '354 invites the data, in answer to `DATA`. Here the data has already been sent.',
          },
        },
        {
          code: '451',
          why: {
            fr: 'Un code en 4xx serait une erreur temporaire. `p=reject` demande un refus définitif.',
            en: 'A 4xx code would be a temporary error. `p=reject` asks for a final refusal.',
          },
        },
      ],
      explanation: {
        fr: '550 : refusé par la politique DMARC du domaine affiché dans `From:`.',
        en: '550: refused by the DMARC policy of the domain shown in `From:`.',
      },
    },
  ],
  goal: {
    anchor: { kind: 'reply', code: '550', enhanced: '5.7.1', conn: forgedHeader },
    text: {
      fr: 'Le faux message d’Eve est refusé ; celui d’Alice est arrivé.',
      en: 'Eve’s forged message is refused; Alice’s arrived.',
    },
  },
  recap: [
    {
      fr: 'SPF : le domaine de l’enveloppe publie les adresses IP autorisées à envoyer pour lui ; le serveur MX compare avec l’adresse qui se connecte.',
      en: 'SPF: the envelope’s domain publishes the IP addresses allowed to send for it; the MX compares them with the connecting address.',
    },
    {
      fr: 'DKIM : le serveur d’envoi signe le message avec sa clé privée ; le destinataire vérifie avec la clé publique publiée dans le DNS.',
      en: 'DKIM: the sending server signs the message with its private key; the receiver checks it with the public key published in the DNS.',
    },
    {
      fr: 'DMARC : SPF ou DKIM doit réussir pour le domaine du `From:` ; sinon, la politique (`p=reject`) dit quoi faire.',
      en: 'DMARC: SPF or DKIM must pass for the `From:` domain; otherwise the policy (`p=reject`) says what to do.',
    },
    {
      fr: 'Les verdicts sont écrits dans `Authentication-Results:` ; un message refusé n’arrive jamais chez Bob.',
      en: 'The verdicts are written in `Authentication-Results:`; a refused message never reaches Bob.',
    },
  ],
};
