/** English interface strings. French (fr.ts) must have exactly the same keys (a test checks). */
export const en = {
  app: {
    title: 'Facteur',
    tagline: 'Follow one e-mail from Alice to Bob, one command and one reply at a time.',
    skipToContent: 'Skip to the simulator',
    footer: 'Facteur — an open-source classroom simulator of e-mail flow.',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  simulator: {
    label: 'Simulator',
    world: 'World: {{world}}',
    step: 'Step {{step}}',
    empty: 'No world is running yet. The journey of an e-mail will appear here.',
    panels: {
      map: 'Network map',
      transcript: 'Transcript',
      states: 'Protocol states',
      message: 'Message',
      logs: 'Server logs',
    },
    panelEmpty: 'Nothing to show yet.',
  },
  journey: {
    label: 'The journey of an e-mail',
    mua: "Alice's mail client",
    msa: 'Submission server',
    dns: 'DNS resolver',
    mx: "Bob's MX server",
    mailbox: 'Mailbox server',
    client: "Bob's mail client",
  },
  worldErrors: {
    whole: 'the world file',
    notJson: 'The file is not valid JSON: {{detail}}.',
    missing: '{{path}} is missing.',
    unknownKey: '{{path}} is not a setting Facteur knows (check the spelling).',
    type: '{{path}} must be {{expected}}, not {{received}}.',
    choice: '{{path}} must be one of: {{options}}.',
    integer: '{{path}} must be a whole number, not {{received}}.',
    tooSmall: '{{path}} must be at least {{min}} (it is {{received}}).',
    tooLarge: '{{path}} must be at most {{max}} (it is {{received}}).',
    tooLong: '{{path}} is too long: {{received}} characters, at most {{max}}.',
    tooMany: '{{path}} has too many items: {{received}}, at most {{max}}.',
    format: '{{path}} is not valid: it must be {{format}}, not “{{received}}”.',
    version:
      'This world is written for version {{received}} of the world format; this Facteur reads version {{expected}}.',
    duplicate: '{{path}}: “{{value}}” is used twice.',
    reference: '{{path}} names “{{value}}”, which is not a {{kind}} of this world.',
    mxNoAddress:
      '{{path}}: the MX record points to {{value}}, which has no A or AAAA record (RFC 5321 §5.1).',
    types: {
      string: 'a text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of settings',
      null: 'empty (null)',
      undefined: 'missing',
      bigint: 'a number',
      symbol: 'a symbol',
      function: 'a function',
    },
    formats: {
      slug: 'an identifier (lower-case letters, digits and dashes)',
      hostname: 'a host name (like mx.ecole.example)',
      ipv4: 'an IPv4 address (like 192.0.2.10)',
      ipv6: 'an IPv6 address',
      cidr: 'a network (like 192.0.2.0/24)',
      mailbox: 'an e-mail address (like bob@ecole.example)',
      timestamp: 'a date and time (ISO 8601, like 2026-03-02T08:00:00Z)',
      zoneName: 'a time-zone abbreviation (like CET)',
    },
    kinds: {
      host: 'host',
      user: 'user',
      client: 'mail client',
      lmtpListener: 'LMTP listener',
    },
  },
  errors: {
    panel: 'This panel could not be shown: {{message}}',
    retry: 'Try again',
  },
} as const;

/** The shape every language must have: same keys, any text. */
export type Messages = { [K in keyof typeof en]: DeepStrings<(typeof en)[K]> };
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
