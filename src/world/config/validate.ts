import * as v from 'valibot';
import { WORLD_CONFIG_VERSION, worldConfigSchema, type WorldConfig } from './schema';

/** Why a setting is wrong. Each code has a French and an English sentence in content/locales. */
export type ConfigErrorCode =
  | 'notJson'
  | 'missing'
  | 'unknownKey'
  | 'type'
  | 'choice'
  | 'integer'
  | 'tooSmall'
  | 'tooLarge'
  | 'tooLong'
  | 'tooMany'
  | 'format'
  | 'version'
  | 'duplicate'
  | 'reference'
  | 'mxNoAddress';

export interface ConfigError {
  /** Where, as a person would read it: `hosts[2].listeners[0].port`; '' for the whole file. */
  path: string;
  code: ConfigErrorCode;
  /** Values the sentence names (expected type, limits, the offending value …). */
  params: Record<string, string>;
}

export type ValidationResult =
  { ok: true; world: WorldConfig } | { ok: false; errors: ConfigError[] };

const FORMATS = new Set([
  'slug',
  'hostname',
  'ipv4',
  'ipv6',
  'cidr',
  'mailbox',
  'timestamp',
  'zoneName',
]);

function pathOf(issue: v.BaseIssue<unknown>): string {
  let text = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** The shown value, cut so a 10 MB field never ends up in an error sentence. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Turns one valibot issue into a ConfigError a person can act on. */
function fromIssue(issue: v.BaseIssue<unknown>): ConfigError {
  const path = pathOf(issue);
  const requirement = String(issue.requirement ?? '');
  switch (issue.type) {
    case 'strict_object':
      // valibot reports both a key it does not know (expected "never") and a missing one here.
      return { path, code: issue.expected === 'never' ? 'unknownKey' : 'missing', params: {} };
    case 'literal':
      if (path === 'version') {
        return {
          path,
          code: 'version',
          params: { expected: String(WORLD_CONFIG_VERSION), received: shown(issue.input) },
        };
      }
      return { path, code: 'choice', params: { options: issue.expected ?? '' } };
    case 'picklist':
    case 'variant':
      return {
        path,
        code: 'choice',
        params: {
          options: (issue.expected ?? '').replaceAll('"', ''),
          received: shown(issue.input),
        },
      };
    case 'integer':
      return { path, code: 'integer', params: { received: shown(issue.input) } };
    case 'min_value':
      return { path, code: 'tooSmall', params: { min: requirement, received: shown(issue.input) } };
    case 'max_value':
      return { path, code: 'tooLarge', params: { max: requirement, received: shown(issue.input) } };
    case 'max_length':
      return Array.isArray(issue.input)
        ? {
            path,
            code: 'tooMany',
            params: { max: requirement, received: String(issue.input.length) },
          }
        : {
            path,
            code: 'tooLong',
            params: { max: requirement, received: String(String(issue.input).length) },
          };
    case 'union':
      // The only union of this schema is the MX exchange: a host name or "." (null MX).
      return { path, code: 'format', params: { format: 'hostname', received: shown(issue.input) } };
    default:
      if (FORMATS.has(issue.message)) {
        return {
          path,
          code: 'format',
          params: { format: issue.message, received: shown(issue.input) },
        };
      }
      if (issue.input === undefined) return { path, code: 'missing', params: {} };
      return {
        path,
        code: 'type',
        params: { expected: issue.type, received: typeName(issue.input) },
      };
  }
}

/** Checks that need the whole world: unique ids, references between parts, DNS sanity. */
function crossChecks(world: WorldConfig): ConfigError[] {
  const errors: ConfigError[] = [];
  const duplicates = <T>(items: readonly T[], key: (item: T) => string, path: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item).toLowerCase();
      if (seen.has(value)) {
        errors.push({ path: `${path}[${index}]`, code: 'duplicate', params: { value: key(item) } });
      }
      seen.add(value);
    });
  };
  duplicates(world.hosts, (h) => h.id, 'hosts');
  duplicates(world.hosts, (h) => h.ip, 'hosts');
  duplicates(world.users, (u) => u.address, 'users');
  duplicates(world.clients, (c) => c.id, 'clients');
  duplicates(world.sends, (s) => s.id, 'sends');
  world.hosts.forEach((host, index) =>
    duplicates(host.listeners, (l) => String(l.port), `hosts[${index}].listeners`),
  );

  const hostIds = new Set(world.hosts.map((h) => h.id));
  const userAddresses = new Set(world.users.map((u) => u.address.toLowerCase()));
  const clientIds = new Set(world.clients.map((c) => c.id));
  const reference = (ok: boolean, path: string, value: string, kind: string) => {
    if (!ok) errors.push({ path, code: 'reference', params: { value, kind } });
  };
  reference(hostIds.has(world.resolver), 'resolver', world.resolver, 'host');
  world.hosts.forEach((host, index) => {
    const delivery = host.mta?.delivery;
    if (delivery?.kind === 'lmtp') {
      const target = world.hosts.find((h) => h.id === delivery.host);
      const path = `hosts[${index}].mta.delivery.host`;
      reference(target !== undefined, path, delivery.host, 'host');
      if (target !== undefined) {
        reference(
          target.listeners.some((l) => l.protocol === 'lmtp' && l.port === delivery.port),
          `hosts[${index}].mta.delivery.port`,
          `${delivery.host}:${delivery.port}`,
          'lmtpListener',
        );
      }
    }
  });
  world.users.forEach((user, index) => {
    if (user.home !== undefined) {
      reference(hostIds.has(user.home), `users[${index}].home`, user.home, 'host');
    }
  });
  world.clients.forEach((client, index) => {
    reference(hostIds.has(client.host), `clients[${index}].host`, client.host, 'host');
    reference(
      userAddresses.has(client.user.toLowerCase()),
      `clients[${index}].user`,
      client.user,
      'user',
    );
  });
  world.sends.forEach((send, index) =>
    reference(clientIds.has(send.client), `sends[${index}].client`, send.client, 'client'),
  );
  world.network.firewall.forEach((rule, index) => {
    reference(hostIds.has(rule.to), `network.firewall[${index}].to`, rule.to, 'host');
    if (rule.from !== undefined) {
      reference(hostIds.has(rule.from), `network.firewall[${index}].from`, rule.from, 'host');
    }
  });
  world.network.unreachable.forEach((id, index) =>
    reference(hostIds.has(id), `network.unreachable[${index}]`, id, 'host'),
  );

  // RFC 5321 §5.1: an MX target must be a name with an address record. A target with none is
  // almost always a typo in the world being edited, so it is refused with its reason.
  const addressed = new Set(
    world.dns.records
      .filter((r) => r.type === 'A' || r.type === 'AAAA')
      .map((r) => r.name.toLowerCase()),
  );
  world.dns.records.forEach((record, index) => {
    if (
      record.type === 'MX' &&
      record.exchange !== '.' &&
      !addressed.has(record.exchange.toLowerCase())
    ) {
      errors.push({
        path: `dns.records[${index}].exchange`,
        code: 'mxNoAddress',
        params: { value: record.exchange },
      });
    }
  });
  return errors;
}

/** Validates anything (parsed JSON, an edited object) into a world, or every reason it is not one. */
export function validateWorld(input: unknown): ValidationResult {
  const parsed = v.safeParse(worldConfigSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, errors: parsed.issues.map(fromIssue) };
  const errors = crossChecks(parsed.output);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, world: parsed.output };
}

/** The same from a file's text: a file that is not JSON gets its own clear error. */
export function validateWorldJson(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: '', code: 'notJson', params: { detail: shown(detail) } }],
    };
  }
  return validateWorld(input);
}
