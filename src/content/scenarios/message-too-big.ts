import type { Scenario } from './types';

export const messageTooBigScenario = {
  id: 'message-too-big',
  title: {
    fr: 'Message trop volumineux',
    en: 'Message too big',
  },
  symptom: {
    fr: "Alice : « Quelques secondes après l'envoi, j'ai reçu un message de non-remise. Mon message était long. »",
    en: 'Alice: “A few seconds after sending, I got a non-delivery report. My message was long.”',
  },
  broken: [
    {
      op: 'set',
      path: [
        'hosts',
        {
          id: 'mx-ecole',
        },
        'listeners',
        {
          port: 25,
        },
        'policy',
        'messageSizeLimit',
      ],
      value: 10240,
    },
    {
      op: 'set',
      path: [
        'sends',
        {
          id: 'museum-trip',
        },
        'body',
      ],
      value:
        'Bonjour Bob,\r\n\r\nVoici le programme complet de la sortie, avec toutes les photos en ligne.\r\nLigne 001 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 002 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 003 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 004 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 005 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 006 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 007 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 008 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 009 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 010 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 011 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 012 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 013 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 014 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 015 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 016 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 017 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 018 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 019 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 020 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 021 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 022 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 023 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 024 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 025 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 026 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 027 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 028 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 029 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 030 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 031 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 032 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 033 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 034 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 035 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 036 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 037 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 038 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 039 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 040 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 041 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 042 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 043 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 044 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 045 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 046 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 047 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 048 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 049 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 050 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 051 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 052 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 053 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 054 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 055 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 056 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 057 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 058 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 059 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 060 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 061 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 062 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 063 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 064 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 065 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 066 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 067 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 068 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 069 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 070 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 071 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 072 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 073 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 074 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 075 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 076 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 077 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 078 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 079 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 080 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 081 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 082 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 083 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 084 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 085 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 086 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 087 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 088 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 089 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 090 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 091 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 092 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 093 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 094 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 095 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 096 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 097 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 098 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 099 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 100 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 101 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 102 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 103 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 104 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 105 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 106 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 107 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 108 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 109 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 110 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 111 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 112 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 113 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 114 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 115 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 116 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 117 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 118 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 119 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 120 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 121 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 122 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 123 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 124 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 125 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 126 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 127 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 128 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 129 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 130 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 131 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 132 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 133 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 134 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 135 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 136 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 137 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 138 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 139 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 140 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 141 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 142 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 143 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 144 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 145 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 146 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 147 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 148 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 149 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 150 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 151 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 152 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 153 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 154 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 155 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 156 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 157 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 158 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 159 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\nLigne 160 du programme de la sortie au musée, salle par salle, oeuvre par oeuvre.\r\n\r\nAlice\r\n',
    },
  ],
  evidence: [
    {
      query: {
        kind: 'queue',
        from: 'smtp-lycee',
        text: 'dsn=5.3.4',
      },
      note: {
        fr: "Le relais d'Alice note dsn=5.3.4 : le message dépasse la taille annoncée par le MX de Bob (SIZE 10240).",
        en: "Alice's relay logs dsn=5.3.4: the message exceeds the size announced by Bob's MX (SIZE 10240).",
      },
    },
  ],
  goal: [
    {
      check: 'delivered',
      address: 'bob@ecole.example',
    },
  ],
  invariants: ['noOpenRelay', 'submissionRequiresAuth'],
  repair: {
    id: 'raise-mx-limit',
    patch: [
      {
        op: 'set',
        path: [
          'hosts',
          {
            id: 'mx-ecole',
          },
          'listeners',
          {
            port: 25,
          },
          'policy',
          'messageSizeLimit',
        ],
        value: 10240000,
      },
    ],
    note: {
      fr: "L'administrateur du MX de Bob remet une limite raisonnable (message_size_limit).",
      en: "Bob's MX administrator sets a sensible limit again (message_size_limit).",
    },
  },
  alternativeRepairs: [
    {
      id: 'shorter-message',
      patch: [
        {
          op: 'set',
          path: [
            'sends',
            {
              id: 'museum-trip',
            },
            'body',
          ],
          value:
            'Bonjour Bob,\r\n\r\nLe programme est en ligne sur le site du lycée.\r\n\r\nAlice\r\n',
        },
      ],
      note: {
        fr: 'Ou Alice envoie un message court avec un lien.',
        en: 'Or Alice sends a short message with a link.',
      },
    },
  ],
  hints: [
    {
      fr: "Lisez la ligne de journal du relais d'Alice : quel code d'état étendu voyez-vous ?",
      en: "Read the log line of Alice's relay: which enhanced status code do you see?",
    },
    {
      fr: 'Comparez la taille du message à la valeur SIZE dans la réponse EHLO du MX de Bob.',
      en: "Compare the message size with the SIZE value in the EHLO reply of Bob's MX.",
    },
  ],
  diagnosis: [
    {
      id: 'size',
      text: {
        fr: 'Le message dépasse la taille maximale acceptée par le MX de Bob.',
        en: "The message is bigger than Bob's MX accepts.",
      },
      correct: true,
      explanation: {
        fr: 'Oui : 5.3.4 signifie « message trop gros pour le système ».',
        en: 'Yes: 5.3.4 means “message too big for system”.',
      },
    },
    {
      id: 'quota',
      text: {
        fr: 'La boîte aux lettres de Bob est pleine.',
        en: "Bob's mailbox is full.",
      },
      correct: false,
      explanation: {
        fr: "Non : une boîte pleine donnerait 5.2.2 (Quota exceeded), et le message n'a jamais atteint la boîte.",
        en: 'No: a full mailbox gives 5.2.2 (Quota exceeded), and the message never reached the mailbox.',
      },
    },
    {
      id: 'auth',
      text: {
        fr: "Alice s'est trompée de mot de passe.",
        en: 'Alice typed the wrong password.',
      },
      correct: false,
      explanation: {
        fr: 'Non : le serveur de soumission a accepté le message (250 2.0.0 Ok: queued as …).',
        en: 'No: the submission server accepted the message (250 2.0.0 Ok: queued as …).',
      },
    },
  ],
} as const satisfies Scenario;
