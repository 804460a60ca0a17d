import type { Localized } from '../content/scenarios/types';
import {
  applyPatch,
  type PatchOp,
  type PatchPath,
  type PatchValue,
  type PathSegment,
  type WorldPatch,
} from '../world/config/patch';
import type { WorldConfig } from '../world/config/schema';
import { validateWorld, type ConfigError } from '../world/config/validate';

/**
 * The settings a technician can change in a world (issue 12, the world editor): grouped, each
 * with a path into the config, a kind, a label and a short help in both languages. The editor
 * keeps a draft (any JSON, possibly invalid), writes edits into it, validates it with the world
 * schema and places each error next to the field it is about.
 */

export type Draft = Record<string, unknown>;

export type ScalarKind =
  'text' | 'secret' | 'multiline' | 'number' | 'choice' | 'boolean' | 'texts';

/** One input of a record (a DNS record, a user, a firewall rule …), relative to the record. */
export interface Column {
  readonly key: readonly string[];
  readonly kind: ScalarKind;
  readonly label: Localized;
  readonly options?: readonly string[];
  /** number: an empty input means null (no limit, off). */
  readonly nullable?: boolean;
  readonly required?: boolean;
  /** DNS records: the record types that have this column. */
  readonly types?: readonly string[];
}

interface FieldBase {
  /** Unique in the editor, safe in a DOM id. */
  readonly id: string;
  readonly path: PatchPath;
  readonly label: Localized;
  readonly help: Localized;
  /** The schema allows an empty text here, but a person never means it (an empty password). */
  readonly required?: boolean;
  /** Shown only while the `presence` field of this id is on (AUTH's user name under AUTH). */
  readonly shownWith?: string;
}

export type EditField =
  | (FieldBase & {
      readonly kind: 'text' | 'secret' | 'multiline' | 'boolean' | 'texts';
    })
  | (FieldBase & { readonly kind: 'number'; readonly nullable?: boolean })
  | (FieldBase & { readonly kind: 'choice'; readonly options: readonly string[] })
  /** A set of options, as checkboxes; the value is the list of those ticked. */
  | (FieldBase & { readonly kind: 'multi'; readonly options: readonly string[] })
  /** A group of settings that is there (an object) or not (null): AUTH or no AUTH. */
  | (FieldBase & { readonly kind: 'presence'; readonly template: PatchValue })
  /** A list of records, each edited through its columns; other keys of a record are kept. */
  | (FieldBase & {
      readonly kind: 'records';
      readonly columns: readonly Column[];
      readonly template: PatchValue;
      /** DNS records: the first column is the record type, and it picks the other columns. */
      readonly typed?: boolean;
    });

export interface EditGroup {
  readonly id: string;
  readonly title: Localized;
  readonly fields: readonly EditField[];
}

const L = (fr: string, en: string): Localized => ({ fr, en });

const TLS_MODES = ['none', 'starttls', 'implicit'] as const;

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME'] as const;

/** A new DNS record of each type, as the add button and a change of type make it. */
export function dnsRecordTemplate(type: string, name: string): Record<string, PatchValue> {
  switch (type) {
    case 'MX':
      return { type, name, preference: 10, exchange: '' };
    case 'TXT':
      return { type, name, text: '' };
    case 'PTR':
    case 'CNAME':
      return { type, name, target: '' };
    default:
      return { type, name, address: '' };
  }
}

function segmentId(segment: PathSegment): string {
  if (typeof segment === 'object') return Object.values(segment).join('_');
  return String(segment);
}

function fieldId(path: PatchPath): string {
  return path
    .map(segmentId)
    .join('.')
    .replace(/[^A-Za-z0-9_.-]/g, '_');
}

function field<T extends Omit<EditField, 'id'>>(spec: T): T & { id: string } {
  return { ...spec, id: fieldId(spec.path) };
}

function clientGroups(world: WorldConfig): EditGroup[] {
  return world.clients.flatMap((client) => {
    const owner = world.users.find((u) => u.address === client.user)?.displayName ?? client.user;
    // French elides « de » before a vowel: « client d’Alice Martin », « client de Bob Durand ».
    const ofOwner = /^[aeiouyàâéèêëîïôûüœh]/i.test(owner) ? `d’${owner}` : `de ${owner}`;
    const at = (...rest: PathSegment[]): PatchPath => ['clients', { id: client.id }, ...rest];
    const groups: EditGroup[] = [];
    if (client.submit !== undefined) {
      const auth = field({
        path: at('submit', 'auth'),
        kind: 'presence',
        template: { username: client.user, password: '', mechanism: 'PLAIN' },
        label: L('Authentification (AUTH)', 'Authentication (AUTH)'),
        help: L(
          'Le client se connecte avec un identifiant et un mot de passe avant d’envoyer.',
          'The client logs in with a user name and a password before sending.',
        ),
      });
      groups.push({
        id: fieldId(at('submit')),
        title: L(`Envoi — client ${ofOwner}`, `Sending — ${owner}’s client`),
        fields: [
          field({
            path: at('submit', 'server'),
            kind: 'text',
            label: L('Serveur d’envoi', 'Outgoing server'),
            help: L('Le nom du serveur de soumission.', 'The name of the submission server.'),
          }),
          field({
            path: at('submit', 'port'),
            kind: 'number',
            label: L('Port', 'Port'),
            help: L(
              '587 (STARTTLS) ou 465 (TLS implicite) pour la soumission ; 25 entre serveurs.',
              '587 (STARTTLS) or 465 (implicit TLS) for submission; 25 between servers.',
            ),
          }),
          field({
            path: at('submit', 'tls'),
            kind: 'choice',
            options: TLS_MODES,
            label: L('Chiffrement (TLS)', 'Encryption (TLS)'),
            help: L(
              'STARTTLS chiffre après l’accueil ; le TLS implicite chiffre dès la connexion.',
              'STARTTLS encrypts after the greeting; implicit TLS encrypts from the start.',
            ),
          }),
          field({
            path: at('submit', 'helo'),
            kind: 'text',
            label: L('Nom annoncé (EHLO)', 'Name given in EHLO'),
            help: L(
              'Le nom que le client donne après EHLO.',
              'The name the client gives after EHLO.',
            ),
          }),
          auth,
          field({
            path: at('submit', 'auth', 'username'),
            kind: 'text',
            required: true,
            shownWith: auth.id,
            label: L('Identifiant', 'User name'),
            help: L('Souvent l’adresse complète.', 'Often the full address.'),
          }),
          field({
            path: at('submit', 'auth', 'password'),
            kind: 'secret',
            required: true,
            shownWith: auth.id,
            label: L('Mot de passe', 'Password'),
            help: L('Il ne doit pas être vide.', 'It must not be empty.'),
          }),
          field({
            path: at('submit', 'auth', 'mechanism'),
            kind: 'choice',
            options: ['PLAIN', 'LOGIN'],
            shownWith: auth.id,
            label: L('Mécanisme SASL', 'SASL mechanism'),
            help: L('PLAIN ou LOGIN (RFC 4616, base64).', 'PLAIN or LOGIN (RFC 4616, base64).'),
          }),
        ],
      });
    }
    if (client.fetch !== undefined) {
      groups.push({
        id: fieldId(at('fetch')),
        title: L(`Réception — client ${ofOwner}`, `Receiving — ${owner}’s client`),
        fields: [
          field({
            path: at('fetch', 'protocol'),
            kind: 'choice',
            options: ['pop3', 'imap'],
            label: L('Protocole', 'Protocol'),
            help: L(
              'POP3 télécharge les messages ; IMAP les laisse sur le serveur.',
              'POP3 downloads the messages; IMAP leaves them on the server.',
            ),
          }),
          field({
            path: at('fetch', 'server'),
            kind: 'text',
            label: L('Serveur de réception', 'Incoming server'),
            help: L('Le nom du serveur de boîtes aux lettres.', 'The name of the mailbox server.'),
          }),
          field({
            path: at('fetch', 'port'),
            kind: 'number',
            label: L('Port', 'Port'),
            help: L(
              'POP3 : 110 (STARTTLS) ou 995 (TLS). IMAP : 143 (STARTTLS) ou 993 (TLS).',
              'POP3: 110 (STARTTLS) or 995 (TLS). IMAP: 143 (STARTTLS) or 993 (TLS).',
            ),
          }),
          field({
            path: at('fetch', 'tls'),
            kind: 'choice',
            options: TLS_MODES,
            label: L('Chiffrement (TLS)', 'Encryption (TLS)'),
            help: L(
              'Sans TLS, le serveur refuse souvent le mot de passe en clair.',
              'Without TLS the server often refuses a cleartext password.',
            ),
          }),
          field({
            path: at('fetch', 'username'),
            kind: 'text',
            required: true,
            label: L('Identifiant', 'User name'),
            help: L('Souvent l’adresse complète.', 'Often the full address.'),
          }),
          field({
            path: at('fetch', 'password'),
            kind: 'secret',
            required: true,
            label: L('Mot de passe', 'Password'),
            help: L('Il ne doit pas être vide.', 'It must not be empty.'),
          }),
          field({
            path: at('fetch', 'folder'),
            kind: 'text',
            label: L('Dossier ouvert (IMAP)', 'Folder opened (IMAP)'),
            help: L('INBOX est la boîte de réception.', 'INBOX is the inbox.'),
          }),
          field({
            path: at('fetch', 'keepOnServer'),
            kind: 'boolean',
            label: L(
              'Laisser les messages sur le serveur (POP3)',
              'Keep messages on the server (POP3)',
            ),
            help: L('Le client n’envoie pas DELE.', 'The client sends no DELE.'),
          }),
          field({
            path: at('fetch', 'expunge'),
            kind: 'boolean',
            label: L('Supprimer définitivement (IMAP EXPUNGE)', 'Remove for good (IMAP EXPUNGE)'),
            help: L(
              'Marque les messages lus \\Deleted puis envoie EXPUNGE.',
              'Marks fetched messages \\Deleted, then sends EXPUNGE.',
            ),
          }),
          field({
            path: at('fetch', 'dropBeforeQuit'),
            kind: 'boolean',
            label: L('Coupe la connexion sans QUIT', 'Drops the connection without QUIT'),
            help: L(
              'Une panne : sans QUIT, POP3 n’applique pas les DELE (RFC 1939 §6).',
              'A fault: without QUIT, POP3 does not apply the DELEs (RFC 1939 §6).',
            ),
          }),
        ],
      });
    }
    return groups;
  });
}

function serverGroups(world: WorldConfig): EditGroup[] {
  return world.hosts.flatMap((host) => {
    const at = (...rest: PathSegment[]): PatchPath => ['hosts', { id: host.id }, ...rest];
    const groups: EditGroup[] = [];
    const hostFields: EditField[] = [];
    if (host.mta !== undefined || host.listeners.length > 0) {
      hostFields.push(
        field({
          path: at('name'),
          kind: 'text',
          label: L('Nom du serveur', 'Server name'),
          help: L(
            'Son nom complet (FQDN) ; il l’annonce dans EHLO.',
            'Its fully qualified name (FQDN); it gives it in EHLO.',
          ),
        }),
      );
    }
    if (host.mta !== undefined) {
      hostFields.push(
        field({
          path: at('mta', 'queue', 'lifetime'),
          kind: 'number',
          label: L('Durée de vie de la file (s)', 'Queue lifetime (s)'),
          help: L(
            'maximal_queue_lifetime : combien de temps un message non distribué est réessayé (5 jours = 432000).',
            'maximal_queue_lifetime: how long an undelivered message is retried (5 days = 432000).',
          ),
        }),
      );
    }
    if (host.mailstore !== undefined) {
      hostFields.push(
        field({
          path: at('mailstore', 'cleartextAllowed'),
          kind: 'boolean',
          label: L(
            'POP3/IMAP : mot de passe en clair permis',
            'POP3/IMAP: cleartext password allowed',
          ),
          help: L(
            'Dovecot disable_plaintext_auth : sans TLS, le mot de passe est lisible sur le réseau.',
            'Dovecot disable_plaintext_auth: without TLS the password can be read on the network.',
          ),
        }),
      );
    }
    if (hostFields.length > 0) {
      groups.push({
        id: fieldId(at()),
        title: L(`Serveur ${host.name}`, `Server ${host.name}`),
        fields: hostFields,
      });
    }
    for (const listener of host.listeners) {
      if (listener.protocol !== 'smtp') continue;
      const p = (...rest: PathSegment[]) => at('listeners', { port: listener.port }, ...rest);
      const role =
        listener.policy.role === 'mx' ? L('réception', 'receiving') : L('soumission', 'submission');
      groups.push({
        id: fieldId(p()),
        title: L(
          `${host.name} — SMTP port ${listener.port} (${role.fr})`,
          `${host.name} — SMTP port ${listener.port} (${role.en})`,
        ),
        fields: [
          field({
            path: p('tls'),
            kind: 'choice',
            options: TLS_MODES,
            label: L('Chiffrement (TLS)', 'Encryption (TLS)'),
            help: L(
              'STARTTLS offert, ou TLS dès la connexion.',
              'STARTTLS offered, or TLS from the start.',
            ),
          }),
          field({
            path: p('policy', 'mynetworks'),
            kind: 'texts',
            label: L('Réseaux de confiance (mynetworks)', 'Trusted networks (mynetworks)'),
            help: L(
              'Un réseau par ligne (192.0.2.0/24). Ils peuvent relayer vers tout domaine : jamais 0.0.0.0/0.',
              'One network a line (192.0.2.0/24). They may relay to any domain: never 0.0.0.0/0.',
            ),
          }),
          field({
            path: p('policy', 'relay'),
            kind: 'choice',
            options: ['closed', 'open'],
            label: L('Relais', 'Relay'),
            help: L(
              '« open » relaie pour n’importe qui : c’est un relais ouvert.',
              '“open” relays for anyone: an open relay.',
            ),
          }),
          field({
            path: p('policy', 'authRequired'),
            kind: 'boolean',
            label: L('AUTH obligatoire', 'AUTH required'),
            help: L(
              'Refuse tout client qui ne s’est pas authentifié.',
              'Refuses any client that has not logged in.',
            ),
          }),
          field({
            path: p('policy', 'tlsBeforeAuth'),
            kind: 'boolean',
            label: L('AUTH seulement sous TLS', 'AUTH only under TLS'),
            help: L('smtpd_tls_auth_only.', 'smtpd_tls_auth_only.'),
          }),
          field({
            path: p('policy', 'tlsRequired'),
            kind: 'boolean',
            label: L('TLS obligatoire', 'TLS required'),
            help: L('smtpd_tls_security_level = encrypt.', 'smtpd_tls_security_level = encrypt.'),
          }),
          field({
            path: p('policy', 'senderLoginMatch'),
            kind: 'boolean',
            label: L(
              'L’expéditeur doit être le compte connecté',
              'Sender must be the logged-in account',
            ),
            help: L('reject_sender_login_mismatch.', 'reject_sender_login_mismatch.'),
          }),
          field({
            path: p('policy', 'messageSizeLimit'),
            kind: 'number',
            label: L('Taille maximale d’un message (octets)', 'Message size limit (octets)'),
            help: L(
              'message_size_limit ; annoncée par SIZE.',
              'message_size_limit; announced by SIZE.',
            ),
          }),
          field({
            path: p('policy', 'recipientLimit'),
            kind: 'number',
            label: L('Destinataires par message', 'Recipients per message'),
            help: L('smtpd_recipient_limit.', 'smtpd_recipient_limit.'),
          }),
          field({
            path: p('policy', 'helo'),
            kind: 'choice',
            options: ['any', 'fqdn'],
            label: L('Contrôle du nom EHLO', 'EHLO name check'),
            help: L(
              '« fqdn » refuse un nom qui n’est pas complet.',
              '“fqdn” refuses a name that is not fully qualified.',
            ),
          }),
          field({
            path: p('policy', 'reverseDnsRequired'),
            kind: 'boolean',
            label: L('DNS inverse (PTR) exigé', 'Reverse DNS (PTR) required'),
            help: L('reject_unknown_client_hostname.', 'reject_unknown_client_hostname.'),
          }),
          field({
            path: p('policy', 'dnsblZones'),
            kind: 'texts',
            label: L('Listes de blocage consultées (DNSBL)', 'Blocklists checked (DNSBL)'),
            help: L('Une zone par ligne.', 'One zone a line.'),
          }),
          field({
            path: p('policy', 'greylistDelay'),
            kind: 'number',
            nullable: true,
            label: L('Liste grise : délai (s)', 'Greylisting delay (s)'),
            help: L('Vide : pas de liste grise.', 'Empty: no greylisting.'),
          }),
          field({
            path: p('policy', 'spf'),
            kind: 'choice',
            options: ['off', 'reject-fail'],
            label: L('Vérification SPF', 'SPF check'),
            help: L('Refuse un échec SPF (-all).', 'Refuses an SPF fail (-all).'),
          }),
          field({
            path: p('policy', 'dmarc'),
            kind: 'choice',
            options: ['off', 'enforce'],
            label: L('Politique DMARC', 'DMARC policy'),
            help: L(
              'Applique p=reject du domaine de From:.',
              'Applies the From: domain’s p=reject.',
            ),
          }),
        ],
      });
    }
    return groups;
  });
}

function dnsGroup(world: WorldConfig): EditGroup {
  const fields: EditField[] = [
    field({
      path: ['dns', 'records'],
      kind: 'records',
      typed: true,
      template: dnsRecordTemplate('A', ''),
      label: L('Enregistrements DNS', 'DNS records'),
      help: L(
        'MX : serveur de courrier d’un domaine ; A : adresse ; TXT : SPF, DMARC ; PTR : nom d’une adresse.',
        'MX: a domain’s mail server; A: address; TXT: SPF, DMARC; PTR: an address’s name.',
      ),
      columns: [
        { key: ['type'], kind: 'choice', options: DNS_RECORD_TYPES, label: L('Type', 'Type') },
        { key: ['name'], kind: 'text', label: L('Nom', 'Name') },
        {
          key: ['preference'],
          kind: 'number',
          types: ['MX'],
          label: L('Préférence', 'Preference'),
        },
        {
          key: ['exchange'],
          kind: 'text',
          types: ['MX'],
          label: L('Serveur (. = MX nul)', 'Exchange (. = null MX)'),
        },
        { key: ['address'], kind: 'text', types: ['A', 'AAAA'], label: L('Adresse', 'Address') },
        { key: ['text'], kind: 'text', types: ['TXT'], label: L('Texte', 'Text') },
        { key: ['target'], kind: 'text', types: ['PTR', 'CNAME'], label: L('Cible', 'Target') },
      ],
    }),
  ];
  for (const blocklist of world.dns.blocklists) {
    fields.push(
      field({
        path: ['dns', 'blocklists', { zone: blocklist.zone }, 'listed'],
        kind: 'texts',
        label: L(`Adresses listées par ${blocklist.zone}`, `Addresses listed by ${blocklist.zone}`),
        help: L('Une adresse IPv4 par ligne.', 'One IPv4 address a line.'),
      }),
    );
  }
  return { id: 'dns', title: L('DNS', 'DNS'), fields };
}

function mailboxGroup(world: WorldConfig): EditGroup {
  const homes = world.hosts.filter((h) => h.mailstore !== undefined).map((h) => h.id);
  return {
    id: 'users',
    title: L('Boîtes aux lettres et comptes', 'Mailboxes and accounts'),
    fields: [
      field({
        path: ['users'],
        kind: 'records',
        template: { address: '', displayName: '', password: '', home: homes[0] ?? '' },
        label: L('Comptes', 'Accounts'),
        help: L(
          'Une adresse sans compte est refusée (550 5.1.1). Quota vide : pas de limite.',
          'An address without an account is refused (550 5.1.1). Empty quota: no limit.',
        ),
        columns: [
          { key: ['address'], kind: 'text', label: L('Adresse', 'Address') },
          { key: ['displayName'], kind: 'text', label: L('Nom affiché', 'Display name') },
          {
            key: ['password'],
            kind: 'secret',
            required: true,
            label: L('Mot de passe', 'Password'),
          },
          { key: ['home'], kind: 'choice', options: homes, label: L('Serveur', 'Server') },
          {
            key: ['quota', 'storage'],
            kind: 'number',
            nullable: true,
            label: L('Quota (octets)', 'Quota (octets)'),
          },
          {
            key: ['quota', 'messages'],
            kind: 'number',
            nullable: true,
            label: L('Quota (messages)', 'Quota (messages)'),
          },
        ],
      }),
    ],
  };
}

function sendsGroup(world: WorldConfig): EditGroup {
  const clients = world.clients.filter((c) => c.submit !== undefined).map((c) => c.id);
  return {
    id: 'sends',
    title: L('Messages envoyés', 'Messages sent'),
    fields: [
      field({
        path: ['sends'],
        kind: 'records',
        template: {
          id: `message-${world.sends.length + 1}`,
          client: clients[0] ?? '',
          at: 0,
          from: '',
          to: [],
          subject: '',
          body: '',
        },
        label: L('Messages', 'Messages'),
        help: L(
          'Chaque message part du client nommé, au moment donné (secondes après le début).',
          'Each message leaves from the client named, at the time given (seconds after the start).',
        ),
        columns: [
          { key: ['id'], kind: 'text', label: L('Identifiant', 'Identifier') },
          { key: ['client'], kind: 'choice', options: clients, label: L('Client', 'Client') },
          { key: ['at'], kind: 'number', label: L('Départ (s)', 'Leaves at (s)') },
          { key: ['from'], kind: 'text', label: L('De (From:)', 'From') },
          {
            key: ['to'],
            kind: 'texts',
            label: L('À (une adresse par ligne)', 'To (one address a line)'),
          },
          { key: ['subject'], kind: 'text', label: L('Objet', 'Subject') },
          { key: ['body'], kind: 'multiline', label: L('Texte', 'Body') },
          {
            key: ['omitFinalDot'],
            kind: 'boolean',
            label: L('N’envoie pas le « . » final', 'Never sends the final “.”'),
          },
        ],
      }),
    ],
  };
}

function networkGroup(world: WorldConfig): EditGroup {
  const ids = world.hosts.map((h) => h.id);
  return {
    id: 'network',
    title: L('Réseau', 'Network'),
    fields: [
      field({
        path: ['network', 'firewall'],
        kind: 'records',
        template: { to: ids[0] ?? '', port: 25, action: 'drop' },
        label: L('Pare-feu', 'Firewall'),
        help: L(
          '« refuse » : le port est fermé (Connection refused) ; « drop » : filtré, la connexion expire.',
          '“refuse”: the port is closed (Connection refused); “drop”: filtered, the connection times out.',
        ),
        columns: [
          { key: ['from'], kind: 'choice', options: ['', ...ids], label: L('Depuis', 'From') },
          { key: ['to'], kind: 'choice', options: ids, label: L('Vers', 'To') },
          { key: ['port'], kind: 'number', label: L('Port', 'Port') },
          {
            key: ['action'],
            kind: 'choice',
            options: ['refuse', 'drop'],
            label: L('Action', 'Action'),
          },
        ],
      }),
      field({
        path: ['network', 'unreachable'],
        kind: 'multi',
        options: ids,
        label: L('Machines injoignables', 'Unreachable hosts'),
        help: L(
          'Éteintes ou coupées du réseau : aucune connexion n’aboutit.',
          'Switched off or cut off: no connection gets through.',
        ),
      }),
    ],
  };
}

/** Every setting the editor offers for `world`, in the order the form shows them. */
export function editGroups(world: WorldConfig): EditGroup[] {
  return [
    ...clientGroups(world),
    sendsGroup(world),
    dnsGroup(world),
    mailboxGroup(world),
    ...serverGroups(world),
    networkGroup(world),
  ];
}

// ——— Reading and writing the draft ———

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matches(item: unknown, selector: Readonly<Record<string, string | number>>): boolean {
  return isObject(item) && Object.entries(selector).every(([k, v]) => item[k] === v);
}

/** The concrete steps of `path` in `draft` (selectors resolved to indexes), or null. */
export function resolvePath(draft: unknown, path: PatchPath): (string | number)[] | null {
  const steps: (string | number)[] = [];
  let node: unknown = draft;
  for (const segment of path) {
    if (Array.isArray(node)) {
      let index: number;
      if (typeof segment === 'number') index = segment;
      else if (typeof segment === 'object') {
        const found = node.flatMap((item, i) => (matches(item, segment) ? [i] : []));
        if (found.length !== 1) return null;
        index = found[0] as number;
      } else return null;
      if (index < 0 || index >= node.length) return null;
      steps.push(index);
      node = node[index];
    } else if (isObject(node) && typeof segment === 'string') {
      steps.push(segment);
      node = node[segment];
    } else return null;
  }
  return steps;
}

/** The value at `path` in `draft` (undefined when the path leads nowhere). */
export function readValue(draft: unknown, path: PatchPath): unknown {
  const steps = resolvePath(draft, path);
  if (steps === null) return undefined;
  let node: unknown = draft;
  for (const step of steps) node = (node as Record<string | number, unknown>)[step];
  return node;
}

/** A copy of `draft` with `value` at `path`; missing objects on the way are created. */
export function writeValue<T extends object>(draft: T, path: PatchPath, value: unknown): T {
  const result = structuredClone(draft) as unknown;
  let node = result;
  path.forEach((segment, i) => {
    const steps = resolvePath(node, [segment]);
    const last = i === path.length - 1;
    if (steps === null) {
      if (!isObject(node) || typeof segment !== 'string') {
        throw new Error(`world-edits: nothing at ${fieldId(path.slice(0, i + 1))}`);
      }
      node[segment] = last ? value : {};
      node = node[segment];
      return;
    }
    const step = steps[0] as string | number;
    const slots = node as Record<string | number, unknown>;
    if (last) slots[step] = value;
    else {
      if (slots[step] === undefined || slots[step] === null) slots[step] = {};
      node = slots[step];
    }
  });
  return result as T;
}

/** The text typed in a number input, as the draft keeps it: a number, null, or the text itself. */
export function numberFromInput(text: string, nullable: boolean): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return nullable ? null : '';
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** The lines of a list input, as the list the config keeps (blank lines dropped). */
export function linesFromInput(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ——— Validation, placed on the fields ———

/** Where an error shows: a field, and inside a list field the record (and column). */
export interface Placement {
  readonly fieldId: string;
  readonly item?: number;
  readonly column?: string;
}

export interface PlacedError {
  readonly error: ConfigError;
  /** null: the error is about a part of the world the editor does not show. */
  readonly at: Placement | null;
}

function stepsText(steps: readonly (string | number)[]): string {
  let text = '';
  for (const step of steps) {
    text += typeof step === 'number' ? `[${step}]` : text === '' ? step : `.${step}`;
  }
  return text;
}

/** The column key as the DOM and the placement name it: `quota.storage`. */
export function columnId(column: Column): string {
  return column.key.join('.');
}

function place(groups: readonly EditGroup[], draft: unknown, path: string): Placement | null {
  let best: { placement: Placement; length: number } | null = null;
  for (const group of groups) {
    for (const f of group.fields) {
      const steps = resolvePath(draft, f.path);
      if (steps === null) continue;
      const prefix = stepsText(steps);
      const inside =
        path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
      if (!inside || (best !== null && best.length >= prefix.length)) continue;
      let placement: Placement = { fieldId: f.id };
      if (f.kind === 'records') {
        const rest = /^\[(\d+)\]\.?(.*)$/.exec(path.slice(prefix.length));
        if (rest !== null) {
          const item = Number(rest[1]);
          const column = f.columns.find((c) => {
            const key = columnId(c);
            return rest[2] === key || (rest[2] ?? '').startsWith(`${key}[`);
          });
          placement = { fieldId: f.id, item, column: column ? columnId(column) : undefined };
        }
      }
      best = { placement, length: prefix.length };
    }
  }
  return best?.placement ?? null;
}

function isEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** Empty texts where the editor asks for one, as `missing` errors (the schema lets them pass). */
function emptyRequired(groups: readonly EditGroup[], draft: unknown): ConfigError[] {
  const errors: ConfigError[] = [];
  const missing = (steps: readonly (string | number)[]) =>
    errors.push({ path: stepsText(steps), code: 'missing', params: {} });
  for (const group of groups) {
    for (const f of group.fields) {
      const steps = resolvePath(draft, f.path);
      if (steps === null) continue;
      const value = readValue(draft, f.path);
      if (f.required === true && isEmpty(value)) missing(steps);
      if (f.kind === 'records' && Array.isArray(value)) {
        value.forEach((item, index) => {
          for (const column of f.columns) {
            if (column.required === true && isEmpty(readValue(item, column.key))) {
              missing([...steps, index, ...column.key]);
            }
          }
        });
      }
    }
  }
  return errors;
}

/** Validates the draft; on failure each error comes with the field it belongs to. */
export function checkDraft(
  groups: readonly EditGroup[],
  draft: unknown,
): { ok: true; world: WorldConfig } | { ok: false; errors: PlacedError[] } {
  const result = validateWorld(draft);
  const errors = [...(result.ok ? [] : result.errors), ...emptyRequired(groups, draft)];
  if (result.ok && errors.length === 0) return result;
  return {
    ok: false,
    errors: errors.map((error) => ({ error, at: place(groups, draft, error.path) })),
  };
}

// ——— The patch between two worlds ———

const KEYS: readonly (readonly string[])[] = [
  ['id'],
  ['address'],
  ['zone'],
  ['port'],
  ['type', 'name'],
];

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]))
    );
  }
  return false;
}

/** The selector that names each item of both lists once, if one exists. */
function listKey(a: readonly unknown[], b: readonly unknown[]): readonly string[] | null {
  const selector = (item: unknown, key: readonly string[]) =>
    isObject(item) && key.every((k) => isPrimitive(item[k]))
      ? JSON.stringify(key.map((k) => item[k]))
      : null;
  return (
    KEYS.find((key) =>
      [a, b].every((list) => {
        const names = list.map((item) => selector(item, key));
        return names.every((n) => n !== null) && new Set(names).size === names.length;
      }),
    ) ?? null
  );
}

function selectorOf(item: Record<string, unknown>, key: readonly string[]) {
  return Object.fromEntries(key.map((k) => [k, item[k] as string | number]));
}

function diffList(a: unknown[], b: unknown[], path: PatchPath, ops: PatchOp[]): void {
  if (sameValue(a, b)) return;
  const whole = () => ops.push({ op: 'set', path, value: b as PatchValue });
  if (!a.every(isObject) || !b.every(isObject)) return void whole();
  const key = listKey(a, b);
  if (key === null) {
    if (a.length !== b.length) return void whole();
    a.forEach((item, i) => diffNode(item, b[i], [...path, i], ops));
    return;
  }
  const name = (item: Record<string, unknown>) => JSON.stringify(key.map((k) => item[k]));
  const inB = new Set(b.map(name));
  const inA = new Set(a.map(name));
  const kept = a.filter((item) => inB.has(name(item)));
  const added = b.filter((item) => !inA.has(name(item)));
  // A push appends: the kept records must keep their order and come before the new ones.
  if (!sameValue([...kept, ...added].map(name), b.map(name))) return void whole();
  const local: PatchOp[] = [];
  for (const item of a) {
    if (!inB.has(name(item))) local.push({ op: 'remove', path: [...path, selectorOf(item, key)] });
  }
  for (const item of kept) {
    const next = b.find((other) => name(other) === name(item));
    diffNode(item, next, [...path, selectorOf(item, key)], local);
  }
  for (const item of added) local.push({ op: 'push', path, value: item as PatchValue });
  ops.push(...local);
}

function diffNode(a: unknown, b: unknown, path: PatchPath, ops: PatchOp[]): void {
  if (sameValue(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffList(a, b, path, ops);
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b)) ops.push({ op: 'remove', path: [...path, key] });
    }
    for (const key of Object.keys(b)) {
      if (key in a) diffNode(a[key], b[key], [...path, key], ops);
      else ops.push({ op: 'set', path: [...path, key], value: b[key] as PatchValue });
    }
    return;
  }
  ops.push({ op: 'set', path, value: b as PatchValue });
}

/**
 * The patch that turns `before` into `after`, with the narrowest paths it can (the same shape as
 * the scenarios' repairs: `set hosts[{id}] … port`), checked by applying it.
 */
export function worldPatch(before: WorldConfig, after: WorldConfig): WorldPatch {
  const ops: PatchOp[] = [];
  diffNode(before, after, [], ops);
  if (sameValue(applyPatch(before, ops), after)) return ops;
  // A selector that changes under an earlier op of the same patch: fall back to whole parts.
  return Object.keys(after).flatMap((key): PatchOp[] =>
    sameValue(before[key as keyof WorldConfig], after[key as keyof WorldConfig])
      ? []
      : [{ op: 'set', path: [key], value: after[key as keyof WorldConfig] as PatchValue }],
  );
}

// ——— What changed, for people ———

export interface Change {
  readonly group: Localized;
  readonly field: Localized;
  readonly fieldId: string;
  /** The field's kind: booleans and presence are shown as words of the interface language. */
  readonly kind: EditField['kind'];
  /** Each side as shown; null when the setting is empty, off or absent. */
  readonly before: string | null;
  readonly after: string | null;
}

function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.length === 0 ? null : value.map((v) => shown(v)).join(', ');
  // A group of settings (AUTH's user name, password …): its sub-fields show the details.
  if (isObject(value)) return 'on';
  return String(value);
}

function recordSummary(f: Extract<EditField, { kind: 'records' }>, item: unknown): string {
  if (!isObject(item)) return String(item);
  return f.columns
    .filter((c) => c.types === undefined || c.types.includes(String(item.type)))
    .map((c) => shown(readValue(item, c.key)))
    .filter((text): text is string => text !== null && text !== '')
    .join(' ');
}

/** Every difference between two drafts, field by field; a list field gives one line a record. */
export function describeChanges(
  groups: readonly EditGroup[],
  before: unknown,
  after: unknown,
): Change[] {
  const changes: Change[] = [];
  for (const group of groups) {
    for (const f of group.fields) {
      const a = readValue(before, f.path);
      const b = readValue(after, f.path);
      if (sameValue(a, b)) continue;
      const base = { group: group.title, field: f.label, fieldId: f.id, kind: f.kind };
      if (f.kind === 'presence') {
        // Only switching the group on or off is this field's change; its sub-fields tell the rest.
        const had = a !== null && a !== undefined;
        const has = b !== null && b !== undefined;
        if (had !== has)
          changes.push({ ...base, before: had ? 'on' : null, after: has ? 'on' : null });
        continue;
      }
      if (f.kind === 'records' && Array.isArray(a) && Array.isArray(b)) {
        const removed = a
          .filter((item) => !b.some((other) => sameValue(item, other)))
          .map((item) => recordSummary(f, item));
        const added = b
          .filter((item) => !a.some((other) => sameValue(item, other)))
          .map((item) => recordSummary(f, item));
        const pairs = Math.max(removed.length, added.length);
        for (let i = 0; i < pairs; i += 1) {
          changes.push({ ...base, before: removed[i] ?? null, after: added[i] ?? null });
        }
      } else {
        changes.push({ ...base, before: shown(a), after: shown(b) });
      }
    }
  }
  return changes;
}
