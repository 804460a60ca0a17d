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
  errors: {
    panel: 'This panel could not be shown: {{message}}',
    retry: 'Try again',
  },
} as const;

/** The shape every language must have: same keys, any text. */
export type Messages = { [K in keyof typeof en]: DeepStrings<(typeof en)[K]> };
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
