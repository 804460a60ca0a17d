import type { LocalText } from './lessons/types';

/** One glossary entry (CURRICULUM.md, "Glossary"): the term lessons use, in both languages. */
export interface GlossaryEntry {
  /** kebab-case, stable: lessons link to `?page=glossary#<id>`. */
  id: string;
  term: LocalText;
  /** What the term means, in one or two short sentences. */
  note: LocalText;
}

/** The terms every lesson uses, always the same ones, in CURRICULUM.md's order. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'mua',
    term: {
      en: 'mail user agent (MUA), mail client',
      fr: 'client de messagerie (MUA)',
    },
    note: {
      en: 'The program a person reads and writes mail with: Thunderbird, Outlook, a phone’s mail app.',
      fr: 'Le programme avec lequel on lit et écrit ses messages : Thunderbird, Outlook, l’application de messagerie d’un téléphone.',
    },
  },
  {
    id: 'msa',
    term: {
      en: 'message submission agent (MSA), submission server',
      fr: 'serveur de soumission (MSA)',
    },
    note: {
      en: 'The server that takes a message from its author. Ports 587 and 465; AUTH is required.',
      fr: 'Le serveur qui reçoit un message de son auteur. Ports 587 et 465 ; l’authentification (AUTH) y est obligatoire.',
    },
  },
  {
    id: 'mta',
    term: {
      en: 'mail transfer agent (MTA), relay',
      fr: 'agent de transfert (MTA), relais',
    },
    note: {
      en: 'A server that carries a message to another server, on port 25.',
      fr: 'Un serveur qui transmet un message à un autre serveur, sur le port 25.',
    },
  },
  {
    id: 'mx',
    term: { en: 'mail exchanger (MX)', fr: 'serveur MX (échangeur de courrier)' },
    note: {
      en: 'The server that receives mail for a domain, named by the domain’s MX record in the DNS.',
      fr: 'Le serveur qui reçoit le courrier d’un domaine, désigné par l’enregistrement MX de ce domaine dans le DNS.',
    },
  },
  {
    id: 'mda',
    term: { en: 'mail delivery agent (MDA)', fr: 'agent de distribution (MDA)' },
    note: {
      en: 'The program that puts the message in the recipient’s mailbox.',
      fr: 'Le programme qui range le message dans la boîte aux lettres du destinataire.',
    },
  },
  {
    id: 'mailbox',
    term: { en: 'mailbox', fr: 'boîte aux lettres' },
    note: {
      en: 'Where a person’s messages wait on the server. `INBOX` is the folder new mail arrives in.',
      fr: 'L’endroit où les messages d’une personne attendent sur le serveur. `INBOX` est la boîte de réception.',
    },
  },
  {
    id: 'envelope',
    term: { en: 'envelope (MAIL FROM, RCPT TO)', fr: 'enveloppe (MAIL FROM, RCPT TO)' },
    note: {
      en: 'The sender and recipients given to the server by `MAIL FROM` and `RCPT TO`. Not the same as the headers.',
      fr: 'L’expéditeur et les destinataires donnés au serveur par `MAIL FROM` et `RCPT TO`. Ce ne sont pas les en-têtes.',
    },
  },
  {
    id: 'headers',
    term: { en: 'headers', fr: 'en-têtes' },
    note: {
      en: 'The lines at the top of the message: `From:`, `To:`, `Subject:`, `Received:` …',
      fr: 'Les lignes en haut du message : `From:`, `To:`, `Subject:`, `Received:` …',
    },
  },
  {
    id: 'body',
    term: { en: 'body', fr: 'corps du message' },
    note: {
      en: 'The text of the message, after the headers and one empty line.',
      fr: 'Le texte du message, après les en-têtes et une ligne vide.',
    },
  },
  {
    id: 'reply-code',
    term: { en: 'reply code', fr: 'code de réponse' },
    note: {
      en: 'The three digits that start a server’s reply: 250, 354, 550 … The first digit gives the class.',
      fr: 'Les trois chiffres au début d’une réponse du serveur : 250, 354, 550 … Le premier chiffre donne la classe.',
    },
  },
  {
    id: 'enhanced-status-code',
    term: { en: 'enhanced status code', fr: 'code d’état étendu' },
    note: {
      en: 'Three numbers after the reply code, such as 5.1.1, that say more precisely what happened.',
      fr: 'Trois nombres après le code de réponse, comme 5.1.1, qui précisent ce qui s’est passé.',
    },
  },
  {
    id: 'queue',
    term: { en: 'queue', fr: 'file d’attente' },
    note: {
      en: 'Where a server keeps messages it has accepted until it has passed them on.',
      fr: 'L’endroit où un serveur garde les messages acceptés jusqu’à les avoir transmis.',
    },
  },
  {
    id: 'bounce',
    term: {
      en: 'bounce, non-delivery report (NDR/DSN)',
      fr: 'message de non-remise, rebond',
    },
    note: {
      en: 'The message a server sends back when it gives up. It is sent with the null sender `<>`.',
      fr: 'Le message qu’un serveur renvoie quand il abandonne. Il part avec l’expéditeur vide `<>`.',
    },
  },
  {
    id: 'open-relay',
    term: { en: 'open relay', fr: 'relais ouvert' },
    note: {
      en: 'A server that relays mail for anyone to anywhere. Spammers look for them.',
      fr: 'Un serveur qui relaie le courrier de n’importe qui vers n’importe où. Les spammeurs les recherchent.',
    },
  },
  {
    id: 'greylisting',
    term: { en: 'greylisting', fr: 'liste grise (greylisting)' },
    note: {
      en: 'A server answers "try later" to an unknown sender, then accepts the retry.',
      fr: 'Un serveur répond « réessayez plus tard » à un expéditeur inconnu, puis accepte le nouvel essai.',
    },
  },
  {
    id: 'blocklist',
    term: { en: 'blocklist (DNSBL)', fr: 'liste de blocage (DNSBL)' },
    note: {
      en: 'A list of addresses known to send spam, queried through the DNS.',
      fr: 'Une liste d’adresses connues pour envoyer du spam, interrogée par le DNS.',
    },
  },
  {
    id: 'reverse-dns',
    term: { en: 'reverse DNS (PTR)', fr: 'DNS inverse (PTR)' },
    note: {
      en: 'The name the DNS gives for an IP address, read from a PTR record.',
      fr: 'Le nom que le DNS donne pour une adresse IP, lu dans un enregistrement PTR.',
    },
  },
  {
    id: 'spoofing',
    term: { en: 'spoofing', fr: 'usurpation d’adresse' },
    note: {
      en: 'Writing someone else’s address as the sender. SMTP alone does not prevent it.',
      fr: 'Écrire l’adresse de quelqu’un d’autre comme expéditeur. SMTP seul ne l’empêche pas.',
    },
  },
  {
    id: 'tls',
    term: { en: 'STARTTLS / implicit TLS', fr: 'STARTTLS / TLS implicite' },
    note: {
      en: 'STARTTLS turns a plain connection into an encrypted one (port 587); implicit TLS is encrypted from the first byte (port 465).',
      fr: 'STARTTLS chiffre une connexion commencée en clair (port 587) ; le TLS implicite est chiffré dès le premier octet (port 465).',
    },
  },
  {
    id: 'auth',
    term: { en: 'authentication (AUTH)', fr: 'authentification (AUTH)' },
    note: {
      en: 'The client proves who it is with a user name and a password before the server accepts to send its mail.',
      fr: 'Le client prouve son identité avec un identifiant et un mot de passe avant que le serveur accepte d’envoyer son courrier.',
    },
  },
  {
    id: 'eavesdropper',
    term: { en: 'eavesdropper', fr: 'espion sur le réseau' },
    note: {
      en: 'Someone who reads the bytes crossing the network. Inside TLS, they see only ciphertext.',
      fr: 'Quelqu’un qui lit les octets qui traversent le réseau. Dans TLS, il ne voit que du texte chiffré.',
    },
  },
  {
    id: 'troubleshooting',
    term: { en: 'troubleshooting', fr: 'dépannage' },
    note: {
      en: 'Finding why something fails from the evidence: transcripts, bounces and logs.',
      fr: 'Trouver pourquoi quelque chose échoue à partir des traces : transcriptions, rebonds et journaux.',
    },
  },
];
