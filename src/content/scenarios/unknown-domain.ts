import type { Scenario } from './types';

export const unknownDomainScenario = {
  id: 'unknown-domain',
  group: 'routing',
  difficulty: 1,
  title: { fr: 'Domaine introuvable', en: 'Recipient domain not found' },
  symptom: {
    fr: "Alice : « Le serveur a accepté mon message, puis j'ai reçu un message de non-remise. »",
    en: 'Alice: “The server accepted my message, then I got a non-delivery report.”',
  },
  broken: [
    { op: 'set', path: ['sends', { id: 'museum-trip' }, 'to'], value: ['bob@ecole.exmaple'] },
  ],
  evidence: [
    {
      query: { kind: 'dns-query', from: 'smtp-lycee', text: 'ecole.exmaple. IN MX' },
      note: {
        fr: 'Le relais demande au DNS le MX de « ecole.exmaple » : relisez ce nom. La réponse est NXDOMAIN (domaine inexistant).',
        en: 'The relay asks DNS for the MX of “ecole.exmaple”: read that name again. The answer is NXDOMAIN (no such domain).',
      },
    },
    {
      query: { kind: 'queue', from: 'smtp-lycee', text: 'dsn=5.4.4' },
      note: {
        fr: 'Le relais note dsn=5.4.4 … Host or domain name not found : le DNS ne connaît pas ecole.exmaple.',
        en: 'The relay logs dsn=5.4.4 … Host or domain name not found: DNS does not know ecole.exmaple.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'fix-domain',
    patch: [
      { op: 'set', path: ['sends', { id: 'museum-trip' }, 'to'], value: ['bob@ecole.example'] },
    ],
    note: { fr: 'Corriger le domaine : ecole.example.', en: 'Fix the domain: ecole.example.' },
  },
  alternativeRepairs: [],
  hints: [
    {
      fr: "Regardez les requêtes DNS du relais d'Alice et leurs réponses.",
      en: "Look at the DNS queries of Alice's relay and their answers.",
    },
    {
      fr: 'Comparez lettre par lettre le domaine demandé au DNS et celui de Bob.',
      en: "Compare, letter by letter, the domain asked of DNS with Bob's.",
    },
  ],
  diagnosis: [
    {
      id: 'typo-domain',
      text: {
        fr: 'Le domaine du destinataire est mal écrit.',
        en: "The recipient's domain is misspelt.",
      },
      correct: true,
      explanation: {
        fr: "Oui : ecole.exmaple n'existe pas (NXDOMAIN), d'où 5.4.4.",
        en: 'Yes: ecole.exmaple does not exist (NXDOMAIN), hence 5.4.4.',
      },
    },
    {
      id: 'mx-down',
      text: { fr: 'Le MX de Bob est en panne.', en: "Bob's MX is down." },
      correct: false,
      explanation: {
        fr: "Non : le relais n'a même pas trouvé de serveur à contacter ; aucune connexion n'a été tentée.",
        en: 'No: the relay did not even find a server to contact; no connection was tried.',
      },
    },
    {
      id: 'user',
      text: { fr: "Bob n'a pas de boîte aux lettres.", en: 'Bob has no mailbox.' },
      correct: false,
      explanation: {
        fr: "Non : ce serait 5.1.1 donné par le MX, or aucun MX n'a été joint.",
        en: 'No: that would be 5.1.1 from the MX, and no MX was reached.',
      },
    },
  ],
} as const satisfies Scenario;
