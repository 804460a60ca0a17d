import type { Scenario } from './types';

export const spfFailScenario = {
  id: 'spf-fail',
  group: 'receiving',
  difficulty: 2,
  title: { fr: 'Le relais manque dans le SPF', en: 'Relay missing from the SPF record' },
  symptom: {
    fr: 'Alice : « Depuis le changement de serveur du lycée, mes messages pour Bob me reviennent tout de suite avec “not authorized”. »',
    en: 'Alice: “Since the school changed servers, my messages to Bob come back at once with ‘not authorized’.”',
  },
  broken: [
    {
      op: 'set',
      path: ['dns', 'records', { type: 'TXT', name: 'lycee.example' }, 'text'],
      value: 'v=spf1 ip4:192.0.2.11 -all',
    },
  ],
  evidence: [
    {
      query: { kind: 'dns-answer', to: 'mx-ecole', text: 'v=spf1 ip4:192.0.2.11 -all' },
      note: {
        fr: "Le MX de l'école lit le SPF de lycee.example : seule l'adresse 192.0.2.11 y est autorisée, pas 192.0.2.10, celle du relais.",
        en: "The school's MX reads lycee.example's SPF record: only 192.0.2.11 is allowed there, not 192.0.2.10, the relay's address.",
      },
    },
    {
      query: { kind: 'reply', from: 'mx-ecole', code: '550', enhanced: '5.7.23' },
      note: {
        fr: 'Le MX refuse le destinataire au RCPT TO avec 550 5.7.23 : échec SPF, et -all demande un refus.',
        en: 'The MX refuses the recipient at RCPT TO with 550 5.7.23: SPF fail, and -all asks for a refusal.',
      },
    },
  ],
  goal: [{ check: 'delivered', address: 'bob@ecole.example' }],
  invariants: [
    'noOpenRelay',
    'submissionRequiresAuth',
    { spfDmarcOn: 'lycee.example', host: 'mx-ecole' },
  ],
  repair: {
    id: 'relay-ip-in-spf',
    patch: [
      {
        op: 'set',
        path: ['dns', 'records', { type: 'TXT', name: 'lycee.example' }, 'text'],
        value: 'v=spf1 ip4:192.0.2.10 -all',
      },
    ],
    note: {
      fr: "Corriger l'enregistrement TXT de lycee.example : v=spf1 ip4:192.0.2.10 -all (l'adresse du relais).",
      en: "Fix lycee.example's TXT record: v=spf1 ip4:192.0.2.10 -all (the relay's address).",
    },
  },
  alternativeRepairs: [
    {
      id: 'spf-mx',
      patch: [
        {
          op: 'set',
          path: ['dns', 'records', { type: 'TXT', name: 'lycee.example' }, 'text'],
          value: 'v=spf1 mx -all',
        },
      ],
      note: {
        fr: "Ou écrire v=spf1 mx -all : les serveurs MX du domaine (ici smtp.lycee.example) sont autorisés, et le SPF suit un futur changement d'adresse.",
        en: "Or write v=spf1 mx -all: the domain's MX hosts (here smtp.lycee.example) are allowed, and the record follows a future change of address.",
      },
    },
  ],
  hints: [
    {
      fr: "Le relais d'Alice a reçu une erreur 5xx. Quel serveur l'a donnée, et à quelle commande ?",
      en: "Alice's relay got a 5xx error. Which server gave it, and to which command?",
    },
    {
      fr: "5.7.23 veut dire échec SPF. Le MX de Bob a demandé au DNS l'enregistrement TXT de lycee.example : que contient-il ?",
      en: "5.7.23 means SPF fail. Bob's MX asked DNS for lycee.example's TXT record: what does it hold?",
    },
    {
      fr: "Comparez les adresses autorisées par le SPF à l'adresse du relais qui se connecte au MX (192.0.2.10).",
      en: 'Compare the addresses the SPF record allows with the address of the relay that connects to the MX (192.0.2.10).',
    },
  ],
  diagnosis: [
    {
      id: 'spf-record',
      text: {
        fr: "Le SPF de lycee.example n'autorise pas l'adresse du relais.",
        en: "lycee.example's SPF record does not allow the relay's address.",
      },
      correct: true,
      explanation: {
        fr: "Oui : le SPF liste encore l'ancienne adresse. Le MX de Bob applique -all et refuse.",
        en: "Yes: the record still lists the old address. Bob's MX applies -all and refuses.",
      },
    },
    {
      id: 'turn-spf-off',
      text: {
        fr: 'Le MX de Bob ne devrait pas vérifier SPF.',
        en: "Bob's MX should not check SPF.",
      },
      correct: false,
      explanation: {
        fr: "Non : sans vérification SPF, n'importe qui pourrait se faire passer pour lycee.example. L'erreur est dans le DNS de l'expéditeur.",
        en: "No: without SPF checks anyone could pass as lycee.example. The mistake is in the sender's DNS.",
      },
    },
    {
      id: 'blocklist',
      text: {
        fr: 'Le relais du lycée est sur une liste de blocage.',
        en: "The school's relay is on a blocklist.",
      },
      correct: false,
      explanation: {
        fr: 'Non : une liste de blocage donnerait 554 5.7.1 … blocked using dès la connexion, pas 550 5.7.23.',
        en: 'No: a blocklist gives 554 5.7.1 … blocked using, not 550 5.7.23.',
      },
    },
    {
      id: 'password',
      text: { fr: "Le mot de passe d'Alice est faux.", en: "Alice's password is wrong." },
      correct: false,
      explanation: {
        fr: "Non : le serveur de soumission a accepté Alice ; c'est le MX de Bob qui refuse, plus loin.",
        en: "No: the submission server accepted Alice; Bob's MX refuses, further along.",
      },
    },
  ],
} as const satisfies Scenario;
