import type { SmtpPolicyInput, WorldConfigInput } from '../../world/config/schema';

/**
 * The classroom world (CURRICULUM.md, "The classroom world"): documentation-only names and
 * addresses (RFC 2606, RFC 5737), so nothing real is ever reached. Every lesson and broken
 * scenario starts from this world and changes a few settings.
 */

const submissionPolicy: SmtpPolicyInput = {
  role: 'submission',
  // Debian's submission template: encrypt, AUTH only under TLS, permit_sasl_authenticated, reject.
  authEnabled: true,
  authRequired: true,
  tlsBeforeAuth: true,
  tlsRequired: true,
  senderLoginMatch: true,
};

const mxPolicy: SmtpPolicyInput = {
  role: 'mx',
  spf: 'reject-fail',
  dmarc: 'enforce',
  dnsblZones: ['dnsbl.example'],
};

export const classroomWorld = {
  version: 1,
  id: 'classroom',
  seed: 20260302,
  clock: { start: '2026-03-02T08:00:00.000Z', zone: { offsetMinutes: 60, name: 'CET' } },
  resolver: 'resolver',
  dns: {
    records: [
      { type: 'MX', name: 'lycee.example', preference: 10, exchange: 'smtp.lycee.example' },
      { type: 'MX', name: 'ecole.example', preference: 10, exchange: 'mx.ecole.example' },
      { type: 'A', name: 'smtp.lycee.example', address: '192.0.2.10' },
      { type: 'A', name: 'resolver.lycee.example', address: '192.0.2.53' },
      { type: 'A', name: 'laptop.lycee.example', address: '192.0.2.50' },
      { type: 'A', name: 'mx.ecole.example', address: '198.51.100.25' },
      { type: 'A', name: 'mail.ecole.example', address: '198.51.100.26' },
      { type: 'A', name: 'laptop.ecole.example', address: '198.51.100.80' },
      { type: 'A', name: 'phone.ecole.example', address: '198.51.100.81' },
      { type: 'A', name: 'mail.pirate.example', address: '203.0.113.66' },
      { type: 'PTR', name: '10.2.0.192.in-addr.arpa', target: 'smtp.lycee.example' },
      { type: 'PTR', name: '53.2.0.192.in-addr.arpa', target: 'resolver.lycee.example' },
      { type: 'PTR', name: '50.2.0.192.in-addr.arpa', target: 'laptop.lycee.example' },
      { type: 'PTR', name: '25.100.51.198.in-addr.arpa', target: 'mx.ecole.example' },
      { type: 'PTR', name: '26.100.51.198.in-addr.arpa', target: 'mail.ecole.example' },
      { type: 'PTR', name: '80.100.51.198.in-addr.arpa', target: 'laptop.ecole.example' },
      { type: 'PTR', name: '81.100.51.198.in-addr.arpa', target: 'phone.ecole.example' },
      { type: 'PTR', name: '66.113.0.203.in-addr.arpa', target: 'mail.pirate.example' },
      { type: 'TXT', name: 'lycee.example', text: 'v=spf1 ip4:192.0.2.10 -all' },
      { type: 'TXT', name: '_dmarc.lycee.example', text: 'v=DMARC1; p=reject' },
      { type: 'TXT', name: 'ecole.example', text: 'v=spf1 mx -all' },
    ],
    blocklists: [{ zone: 'dnsbl.example', listed: [] }],
  },
  hosts: [
    {
      id: 'alice-laptop',
      name: 'laptop.lycee.example',
      ip: '192.0.2.50',
      role: 'device',
    },
    {
      id: 'smtp-lycee',
      name: 'smtp.lycee.example',
      ip: '192.0.2.10',
      role: 'provider',
      listeners: [
        { protocol: 'smtp', port: 25, tls: 'starttls', policy: { role: 'mx' } },
        { protocol: 'smtp', port: 587, tls: 'starttls', policy: submissionPolicy },
        { protocol: 'smtp', port: 465, tls: 'implicit', policy: submissionPolicy },
        { protocol: 'imap', port: 143, tls: 'starttls' },
        { protocol: 'imap', port: 993, tls: 'implicit' },
      ],
      mta: {
        localDomains: ['lycee.example'],
        delivery: { kind: 'local' },
        dkim: { domain: 'lycee.example', selector: 'sel1' },
      },
      mailstore: {},
    },
    { id: 'resolver', name: 'resolver.lycee.example', ip: '192.0.2.53', role: 'resolver' },
    {
      id: 'mx-ecole',
      name: 'mx.ecole.example',
      ip: '198.51.100.25',
      role: 'mx',
      listeners: [{ protocol: 'smtp', port: 25, tls: 'starttls', policy: mxPolicy }],
      mta: {
        localDomains: ['ecole.example'],
        delivery: { kind: 'lmtp', host: 'mail-ecole', port: 24 },
      },
    },
    {
      id: 'mail-ecole',
      name: 'mail.ecole.example',
      ip: '198.51.100.26',
      role: 'mailstore',
      listeners: [
        { protocol: 'lmtp', port: 24 },
        { protocol: 'pop3', port: 110, tls: 'starttls' },
        { protocol: 'pop3', port: 995, tls: 'implicit' },
        { protocol: 'imap', port: 143, tls: 'starttls' },
        { protocol: 'imap', port: 993, tls: 'implicit' },
      ],
      mailstore: {},
    },
    { id: 'bob-laptop', name: 'laptop.ecole.example', ip: '198.51.100.80', role: 'device' },
    { id: 'bob-phone', name: 'phone.ecole.example', ip: '198.51.100.81', role: 'device' },
    { id: 'eve-host', name: 'mail.pirate.example', ip: '203.0.113.66', role: 'outsider' },
  ],
  users: [
    {
      address: 'alice@lycee.example',
      displayName: 'Alice Martin',
      password: 'merveilles',
      home: 'smtp-lycee',
    },
    {
      address: 'bob@ecole.example',
      displayName: 'Bob Durand',
      password: 'bricoleur',
      home: 'mail-ecole',
    },
    { address: 'eve@pirate.example', displayName: 'Eve', password: 'usurpation' },
  ],
  clients: [
    {
      id: 'alice-mua',
      host: 'alice-laptop',
      user: 'alice@lycee.example',
      submit: {
        server: 'smtp.lycee.example',
        port: 587,
        tls: 'starttls',
        helo: 'laptop.lycee.example',
        auth: { username: 'alice@lycee.example', password: 'merveilles', mechanism: 'PLAIN' },
      },
      fetch: {
        protocol: 'imap',
        server: 'smtp.lycee.example',
        port: 993,
        tls: 'implicit',
        username: 'alice@lycee.example',
        password: 'merveilles',
      },
    },
    {
      id: 'bob-laptop-mua',
      host: 'bob-laptop',
      user: 'bob@ecole.example',
      fetch: {
        protocol: 'imap',
        server: 'mail.ecole.example',
        port: 993,
        tls: 'implicit',
        username: 'bob@ecole.example',
        password: 'bricoleur',
      },
    },
    {
      id: 'eve-mua',
      host: 'eve-host',
      user: 'eve@pirate.example',
      submit: { server: 'mx.ecole.example', port: 25, tls: 'none', helo: 'mail.pirate.example' },
    },
  ],
  sends: [
    {
      id: 'museum-trip',
      client: 'alice-mua',
      from: 'Alice Martin <alice@lycee.example>',
      to: ['bob@ecole.example'],
      subject: 'Sortie au musée / Museum trip',
      body:
        'Bonjour Bob,\r\n\r\nLa sortie au musée est confirmée pour vendredi à 9 h.\r\n\r\n' +
        'Hello Bob,\r\n\r\nThe museum trip is confirmed for Friday at 9 a.m.\r\n\r\nAlice\r\n',
    },
  ],
  network: { latencyMs: 20 },
} satisfies WorldConfigInput;
