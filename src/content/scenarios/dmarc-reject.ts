import type { Scenario } from './types';

export const dmarcRejectScenario = {
  id: 'dmarc-reject',
  group: 'receiving',
  difficulty: 3,
  title: { fr: 'Usurpation acceptée (DMARC)', en: 'Spoofing accepted (DMARC)' },
  symptom: {
    fr: "Bob : « J'ai reçu un message “d'Alice” qui me demande de payer la sortie sur un nouveau compte. Alice dit qu'elle ne l'a jamais écrit. »",
    en: 'Bob: “I received a message “from Alice” asking me to pay for the trip into a new account. Alice says she never wrote it.”',
  },
  broken: [
    {
      op: 'set',
      path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'dmarc'],
      value: 'off',
    },
    {
      op: 'push',
      path: ['sends'],
      value: {
        id: 'spoofed-bank-details',
        client: 'eve-mua',
        from: 'Alice Martin <alice@lycee.example>',
        to: ['bob@ecole.example'],
        subject: 'Urgent : nouveau RIB / Urgent: new bank details',
        body: 'Bob,\r\nMerci de payer la sortie sur ce nouveau compte.\r\nPlease pay for the trip into this new account.\r\n',
        envelope: { mailFrom: 'eve@pirate.example' },
      },
    },
  ],
  evidence: [
    {
      query: { kind: 'dns-answer', to: 'mx-ecole', text: 'p=reject', nth: 0 },
      note: {
        fr: "Pour le message d'Eve, le MX lit la politique DMARC de lycee.example : p=reject. Ni SPF ni DKIM ne sont alignés sur le domaine du From: : DMARC échoue.",
        en: "For Eve's message the MX reads lycee.example's DMARC policy: p=reject. Neither SPF nor DKIM is aligned with the From: domain: DMARC fails.",
      },
    },
    {
      query: { kind: 'reply', from: 'mx-ecole', to: 'eve-host', key: 'smtp.reply.queued' },
      note: {
        fr: 'Le MX accepte pourtant le message (250 2.0.0 Ok: queued) : il ne fait pas appliquer la politique DMARC.',
        en: 'Yet the MX accepts the message (250 2.0.0 Ok: queued): it does not enforce the DMARC policy.',
      },
    },
    {
      query: { kind: 'data', to: 'mail-ecole', text: 'dmarc=fail' },
      note: {
        fr: 'Le message remis à la boîte de Bob porte lui-même le verdict : Authentication-Results: … dmarc=fail (p=reject dis=reject).',
        en: "The message handed to Bob's mailbox carries the verdict itself: Authentication-Results: … dmarc=fail (p=reject dis=reject).",
      },
    },
  ],
  goal: [
    { check: 'delivered', address: 'bob@ecole.example' },
    {
      check: 'step',
      present: true,
      query: { kind: 'reply', from: 'mx-ecole', to: 'eve-host', code: '550', enhanced: '5.7.1' },
    },
    {
      check: 'step',
      present: false,
      query: { kind: 'reply', from: 'mx-ecole', to: 'eve-host', key: 'smtp.reply.queued' },
    },
  ],
  invariants: [
    'noOpenRelay',
    'submissionRequiresAuth',
    { spfDmarcOn: 'lycee.example', host: 'mx-ecole' },
  ],
  repair: {
    id: 'enforce-dmarc',
    patch: [
      {
        op: 'set',
        path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'dmarc'],
        value: 'enforce',
      },
    ],
    note: {
      fr: "Faire appliquer DMARC par le MX de l'école (OpenDMARC, RejectFailures) : le message d'Eve est refusé par 550 5.7.1 rejected by DMARC policy, celui d'Alice passe (DKIM aligné).",
      en: "Make the school's MX enforce DMARC (OpenDMARC, RejectFailures): Eve's message is refused with 550 5.7.1 rejected by DMARC policy, Alice's goes through (aligned DKIM).",
    },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Lisez le champ Received: du message reçu par Bob : quel hôte l'a remis au MX de l'école ?",
      en: "Read the Received: field of the message Bob got: which host handed it to the school's MX?",
    },
    {
      fr: "L'enveloppe (MAIL FROM) dit eve@pirate.example, l'en-tête From: dit alice@lycee.example. Quel contrôle compare le domaine du From: à SPF et à DKIM ?",
      en: 'The envelope (MAIL FROM) says eve@pirate.example, the From: header says alice@lycee.example. Which check compares the From: domain with SPF and DKIM?',
    },
    {
      fr: 'Le DNS répond p=reject pour _dmarc.lycee.example. Le MX de Bob applique-t-il cette politique ?',
      en: "DNS answers p=reject for _dmarc.lycee.example. Does Bob's MX apply that policy?",
    },
  ],
  diagnosis: [
    {
      id: 'dmarc-off',
      text: {
        fr: "Le MX de l'école n'applique pas DMARC.",
        en: "The school's MX does not enforce DMARC.",
      },
      correct: true,
      explanation: {
        fr: "Oui : DMARC échoue et lycee.example demande p=reject, mais le MX accepte quand même. C'est une usurpation d'adresse.",
        en: 'Yes: DMARC fails and lycee.example asks for p=reject, but the MX accepts anyway. It is spoofing.',
      },
    },
    {
      id: 'spf-should-catch',
      text: {
        fr: 'SPF aurait dû refuser ce message.',
        en: 'SPF should have refused this message.',
      },
      correct: false,
      explanation: {
        fr: "Non : SPF vérifie le domaine de l'enveloppe, ici pirate.example, qui n'a pas de SPF (none). Seul DMARC relie le From: affiché au contrôle.",
        en: 'No: SPF checks the envelope domain, here pirate.example, which has no SPF record (none). Only DMARC ties the displayed From: to the check.',
      },
    },
    {
      id: 'stolen-password',
      text: {
        fr: "Le mot de passe d'Alice a été volé.",
        en: "Alice's password was stolen.",
      },
      correct: false,
      explanation: {
        fr: "Non : le message vient de mail.pirate.example directement au port 25, sans AUTH ; il n'est jamais passé par smtp.lycee.example.",
        en: 'No: the message came from mail.pirate.example straight to port 25, without AUTH; it never went through smtp.lycee.example.',
      },
    },
    {
      id: 'no-dmarc-record',
      text: {
        fr: 'lycee.example ne publie pas de DMARC.',
        en: 'lycee.example publishes no DMARC record.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le DNS a répondu v=DMARC1; p=reject. La politique existe ; le MX ne l’applique pas.',
        en: 'No: DNS answered v=DMARC1; p=reject. The policy exists; the MX does not apply it.',
      },
    },
  ],
} as const satisfies Scenario;
