import * as v from 'valibot';

/**
 * The world configuration: everything a run needs, as plain JSON (DESIGN.md, world/). A teacher's
 * edited world and every shipped world go through this one schema; unknown keys are errors so a
 * typo never silently does nothing. Format names given to `regex` are error codes (see errors.ts).
 */
export const WORLD_CONFIG_VERSION = 1;

const LIMITS = { shortText: 200, longText: 1_000_000, records: 500, items: 100 } as const;

const text = (max: number = LIMITS.shortText) => v.pipe(v.string(), v.maxLength(max));
const slug = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'slug'));
const hostname = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    'hostname',
  ),
);
/** A DNS owner name: like a host name, but labels such as `_dmarc` may start with "_". */
const dnsName = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(
    /^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*$/i,
    'hostname',
  ),
);
const ipv4 = v.pipe(v.string(), v.maxLength(15), v.ipv4('ipv4'));
const ipv6 = v.pipe(v.string(), v.maxLength(45), v.ipv6('ipv6'));
const cidr = v.pipe(
  v.string(),
  v.maxLength(18),
  v.regex(/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/, 'cidr'),
);
const mailbox = v.pipe(
  v.string(),
  v.maxLength(254),
  v.regex(/^[^\s@<>()",;]+@[^\s@<>()",;]+$/, 'mailbox'),
);
const port = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const seconds = count(60 * 60 * 24 * 30);
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.items) =>
  v.pipe(v.array(item), v.maxLength(max));

export const tlsMode = v.picklist(['none', 'starttls', 'implicit']);

// ——— DNS ———
export const dnsRecordSchema = v.variant('type', [
  v.strictObject({ type: v.literal('A'), name: hostname, address: ipv4 }),
  v.strictObject({ type: v.literal('AAAA'), name: hostname, address: ipv6 }),
  v.strictObject({
    type: v.literal('MX'),
    name: hostname,
    preference: count(65535),
    // RFC 7505: "." as the exchange is a null MX.
    exchange: v.union([v.literal('.'), hostname]),
  }),
  v.strictObject({ type: v.literal('TXT'), name: dnsName, text: text(4000) }),
  v.strictObject({ type: v.literal('PTR'), name: hostname, target: hostname }),
  v.strictObject({ type: v.literal('CNAME'), name: hostname, target: hostname }),
]);

const dnsSchema = v.strictObject({
  records: list(dnsRecordSchema, LIMITS.records),
  /** Names whose queries answer SERVFAIL (a broken authoritative server). */
  servfail: v.optional(list(hostname), []),
  /** Blocklist zones and the addresses they list (DNSBL, RFC 5782). */
  blocklists: v.optional(
    list(v.strictObject({ zone: hostname, listed: list(ipv4), reason: v.optional(text()) })),
    [],
  ),
});

// ——— Servers ———
export const smtpPolicySchema = v.strictObject({
  /** 'mx': accepts mail for its own domains from anyone; 'submission': MUAs with AUTH. */
  role: v.picklist(['mx', 'submission']),
  banner: v.optional(text()),
  /** Networks trusted to relay (Postfix mynetworks). */
  mynetworks: v.optional(list(cidr), ['127.0.0.0/8']),
  /** 'closed' relays only for mynetworks or authenticated clients; 'open' is the classic fault. */
  relay: v.optional(v.picklist(['closed', 'open']), 'closed'),
  authEnabled: v.optional(v.boolean(), false),
  /** Debian's submission template: permit_sasl_authenticated, reject. */
  authRequired: v.optional(v.boolean(), false),
  /** smtpd_tls_auth_only: AUTH is offered only under TLS. */
  tlsBeforeAuth: v.optional(v.boolean(), true),
  /** smtpd_tls_security_level=encrypt: nothing but EHLO/STARTTLS/NOOP/QUIT before TLS. */
  tlsRequired: v.optional(v.boolean(), false),
  senderLoginMatch: v.optional(v.boolean(), false),
  messageSizeLimit: v.optional(count(1_000_000_000), 10_240_000),
  recipientLimit: v.optional(count(100_000), 1000),
  helo: v.optional(v.picklist(['any', 'fqdn']), 'any'),
  reverseDnsRequired: v.optional(v.boolean(), false),
  dnsblZones: v.optional(list(hostname), []),
  greylistDelay: v.optional(v.nullable(seconds), null),
  spf: v.optional(v.picklist(['off', 'reject-fail']), 'off'),
  dmarc: v.optional(v.picklist(['off', 'enforce']), 'off'),
  bareLf: v.optional(v.picklist(['no', 'normalize', 'reject']), 'no'),
  vrfy: v.optional(v.boolean(), true),
  timeout: v.optional(seconds, 300),
});

export const listenerSchema = v.variant('protocol', [
  v.strictObject({
    protocol: v.literal('smtp'),
    port,
    tls: tlsMode,
    policy: smtpPolicySchema,
  }),
  v.strictObject({ protocol: v.literal('lmtp'), port, tls: v.optional(tlsMode, 'none') }),
  v.strictObject({ protocol: v.literal('pop3'), port, tls: tlsMode }),
  v.strictObject({ protocol: v.literal('imap'), port, tls: tlsMode }),
]);

const mtaSchema = v.strictObject({
  /** Domains delivered here (Postfix mydestination / virtual_mailbox_domains). */
  localDomains: list(hostname),
  /** Local delivery: LMTP to a mailbox host, or the mailbox on this host. */
  delivery: v.variant('kind', [
    v.strictObject({ kind: v.literal('lmtp'), host: slug, port }),
    v.strictObject({ kind: v.literal('local') }),
  ]),
  queue: v.optional(
    v.strictObject({
      minimalBackoff: v.optional(seconds, 300),
      maximalBackoff: v.optional(seconds, 4000),
      lifetime: v.optional(seconds, 5 * 24 * 3600),
      delayWarning: v.optional(v.nullable(seconds), null),
    }),
    {},
  ),
  dkim: v.optional(v.nullable(v.strictObject({ domain: hostname, selector: slug }))),
});

const mailstoreSchema = v.strictObject({
  /** Dovecot disable_plaintext_auth: no cleartext login without TLS (loopback is secure). */
  cleartextAllowed: v.optional(v.boolean(), false),
  /**
   * Clients Dovecot counts as secured without TLS (its loopback rule, `login_trusted_networks`):
   * a cleartext login from there is allowed even when `cleartextAllowed` is off.
   */
  secureNetworks: v.optional(list(cidr), ['127.0.0.1/32']),
  pop3LockSession: v.optional(v.boolean(), false),
});

export const hostSchema = v.strictObject({
  id: slug,
  name: hostname,
  ip: ipv4,
  role: v.picklist(['device', 'provider', 'resolver', 'mx', 'mailstore', 'outsider']),
  label: v.optional(text()),
  listeners: v.optional(list(listenerSchema), []),
  mta: v.optional(mtaSchema),
  mailstore: v.optional(mailstoreSchema),
  certificate: v.optional(v.picklist(['valid', 'expired', 'self-signed', 'wrong-name']), 'valid'),
});

// ——— People and their mailboxes ———
const storedMessageSchema = v.strictObject({
  raw: text(LIMITS.longText),
  flags: v.optional(list(text(64), 20), []),
  /** Seconds before the world's start. */
  age: v.optional(seconds, 0),
});

export const userSchema = v.strictObject({
  address: mailbox,
  displayName: text(),
  password: text(128),
  /** The host that keeps this user's mailbox; none for a user from outside the world (Eve). */
  home: v.optional(slug),
  quota: v.optional(
    v.strictObject({
      storage: v.optional(v.nullable(count(1_000_000_000)), null),
      messages: v.optional(v.nullable(count(1_000_000)), null),
    }),
    {},
  ),
  folders: v.optional(
    list(v.strictObject({ name: text(100), messages: v.optional(list(storedMessageSchema), []) })),
    [],
  ),
});

// ——— Mail clients ———
const submitSchema = v.strictObject({
  server: hostname,
  port,
  tls: tlsMode,
  helo: hostname,
  auth: v.optional(
    v.nullable(
      v.strictObject({
        username: text(),
        password: text(128),
        mechanism: v.optional(v.picklist(['PLAIN', 'LOGIN']), 'PLAIN'),
      }),
    ),
    null,
  ),
  /**
   * After a message is accepted, save a copy in this folder of the user's own mailbox over
   * IMAP (APPEND), with the client's `fetch` settings — as Thunderbird files "Sent". A client
   * that reads with POP3 keeps its copy on the device, as real ones do.
   */
  saveCopy: v.optional(v.nullable(text(100)), null),
});

const fetchSchema = v.strictObject({
  protocol: v.picklist(['pop3', 'imap']),
  server: hostname,
  port,
  tls: tlsMode,
  username: text(),
  password: text(128),
  /** POP3: keep messages on the server (no DELE). */
  keepOnServer: v.optional(v.boolean(), false),
  /** A fault: the client drops the connection instead of sending QUIT / LOGOUT. */
  dropBeforeQuit: v.optional(v.boolean(), false),
  /** IMAP: the folder the client opens. */
  folder: v.optional(text(100), 'INBOX'),
  /** IMAP: mark fetched messages \Deleted and EXPUNGE them. */
  expunge: v.optional(v.boolean(), false),
  /** How long after new mail arrives the client checks the server (its polling interval). */
  pollSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(86_400)), 60),
});

export const clientSchema = v.strictObject({
  id: slug,
  /** The device it runs on (a host of role 'device' or 'outsider'). */
  host: slug,
  user: mailbox,
  label: v.optional(text()),
  submit: v.optional(submitSchema),
  fetch: v.optional(fetchSchema),
});

// ——— What happens ———
const attachmentSchema = v.strictObject({
  filename: text(),
  contentType: text(100),
  /** Size of the generated content in octets (before base64). */
  size: count(50_000_000),
});

export const sendSchema = v.strictObject({
  id: slug,
  client: slug,
  /** Seconds after the world's start. */
  at: v.optional(seconds, 0),
  from: text(),
  to: list(mailbox, 1000),
  cc: v.optional(list(mailbox, 1000), []),
  bcc: v.optional(list(mailbox, 1000), []),
  subject: text(998),
  body: text(LIMITS.longText),
  attachment: v.optional(attachmentSchema),
  /** The envelope, when it differs from the headers (spoofing, a typo in RCPT TO). */
  envelope: v.optional(
    v.strictObject({
      mailFrom: v.optional(v.union([v.literal(''), mailbox])),
      rcptTo: v.optional(list(mailbox, 1000)),
    }),
  ),
  /** A fault: the client never sends the final "." (RFC 5321 §4.1.1.4). */
  omitFinalDot: v.optional(v.boolean(), false),
});

const networkSchema = v.strictObject({
  latencyMs: v.optional(count(10_000), 20),
  /** Ports that answer RST (closed) or nothing at all (filtered, e.g. an ISP blocking 25). */
  firewall: v.optional(
    list(
      v.strictObject({
        from: v.optional(slug),
        to: slug,
        port,
        action: v.picklist(['refuse', 'drop']),
      }),
    ),
    [],
  ),
  unreachable: v.optional(list(slug), []),
});

export const worldConfigSchema = v.strictObject({
  version: v.literal(WORLD_CONFIG_VERSION),
  id: slug,
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1)),
  clock: v.strictObject({
    /** ISO 8601 instant the world starts at. */
    start: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('timestamp')),
    zone: v.strictObject({
      offsetMinutes: v.pipe(v.number(), v.integer(), v.minValue(-720), v.maxValue(840)),
      name: v.pipe(v.string(), v.maxLength(8), v.regex(/^[A-Z]{2,6}$/, 'zoneName')),
    }),
  }),
  dns: dnsSchema,
  resolver: slug,
  hosts: list(hostSchema, 50),
  users: list(userSchema, 200),
  clients: list(clientSchema, 50),
  sends: v.optional(list(sendSchema, 50), []),
  network: v.optional(networkSchema, {}),
});

export type WorldConfigInput = v.InferInput<typeof worldConfigSchema>;
export type WorldConfig = v.InferOutput<typeof worldConfigSchema>;
export type DnsRecord = v.InferOutput<typeof dnsRecordSchema>;
export type HostConfig = v.InferOutput<typeof hostSchema>;
export type ListenerConfig = v.InferOutput<typeof listenerSchema>;
export type SmtpPolicyInput = v.InferInput<typeof smtpPolicySchema>;
export type SmtpPolicyConfig = v.InferOutput<typeof smtpPolicySchema>;
export type UserConfig = v.InferOutput<typeof userSchema>;
export type ClientConfig = v.InferOutput<typeof clientSchema>;
export type SendConfig = v.InferOutput<typeof sendSchema>;
