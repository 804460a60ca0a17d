import { describe, expect, it } from 'vitest';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { en } from '../../../src/content/locales/en';
import { fr } from '../../../src/content/locales/fr';
import { formatConfigError } from '../../../src/world/config/format-error';
import {
  validateWorld,
  validateWorldJson,
  type ConfigError,
} from '../../../src/world/config/validate';

/** A deep copy of the classroom world to break one setting at a time. */
function classroom(): Record<string, unknown> & typeof classroomWorld {
  return structuredClone(classroomWorld) as Record<string, unknown> & typeof classroomWorld;
}

function errorsOf(input: unknown): ConfigError[] {
  const result = validateWorld(input);
  if (result.ok) throw new Error('expected the world to be refused');
  return result.errors;
}

describe('validateWorld', () => {
  it('accepts the classroom world and fills the defaults', () => {
    const result = validateWorld(classroomWorld);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const mx = result.world.hosts.find((h) => h.id === 'mx-ecole');
    const listener = mx?.listeners[0];
    expect(listener?.protocol === 'smtp' && listener.policy.messageSizeLimit).toBe(10_240_000);
    expect(result.world.network.firewall).toEqual([]);
  });

  it('names a missing field', () => {
    const world = classroom();
    delete (world as Record<string, unknown>).seed;
    expect(errorsOf(world)).toEqual([{ path: 'seed', code: 'missing', params: {} }]);
  });

  it('names a field of the wrong type', () => {
    const world = classroom();
    (world.hosts[0] as Record<string, unknown>).ip = 192;
    expect(errorsOf(world)).toEqual([
      { path: 'hosts[0].ip', code: 'type', params: { expected: 'string', received: 'number' } },
    ]);
  });

  it('refuses an unknown key, so a typo never silently does nothing', () => {
    const world = classroom();
    (world.network as Record<string, unknown>).latenceMs = 5;
    expect(errorsOf(world)).toEqual([
      { path: 'network.latenceMs', code: 'unknownKey', params: {} },
    ]);
  });

  it('refuses a port out of range', () => {
    const world = classroom();
    (world.hosts[3]!.listeners![0] as { port: number }).port = 70000;
    expect(errorsOf(world)).toEqual([
      {
        path: 'hosts[3].listeners[0].port',
        code: 'tooLarge',
        params: { max: '65535', received: '70000' },
      },
    ]);
  });

  it('refuses an MX pointing to a name with no address (RFC 5321 §5.1)', () => {
    const world = classroom();
    world.dns.records.push({
      type: 'MX',
      name: 'ecole.example',
      preference: 20,
      exchange: 'mx2.ecole.example',
    });
    expect(errorsOf(world)).toEqual([
      {
        path: 'dns.records[21].exchange',
        code: 'mxNoAddress',
        params: { value: 'mx2.ecole.example' },
      },
    ]);
  });

  it('refuses a 10 MB text field without quoting it back', () => {
    const world = classroom();
    world.sends[0]!.body = 'x'.repeat(10 * 1024 * 1024);
    const errors = errorsOf(world);
    expect(errors).toEqual([
      { path: 'sends[0].body', code: 'tooLong', params: { max: '1000000', received: '10485760' } },
    ]);
  });

  it('reports every wrong field at once, with its format', () => {
    const world = classroom();
    world.hosts[0]!.ip = '300.1.1.1';
    world.users[0]!.address = 'alice-at-lycee';
    expect(errorsOf(world).map((e) => [e.path, e.code, e.params.format])).toEqual([
      ['hosts[0].ip', 'format', 'ipv4'],
      ['users[0].address', 'format', 'mailbox'],
    ]);
  });

  it('refuses a choice outside the list', () => {
    const world = classroom();
    (world.clients[0]!.submit as { tls: string }).tls = 'ssl';
    const [error] = errorsOf(world);
    expect(error?.code).toBe('choice');
    expect(error?.path).toBe('clients[0].submit.tls');
    expect(error?.params.options).toContain('starttls');
  });

  it('refuses references to things that do not exist, and duplicates', () => {
    const world = classroom();
    world.clients[1]!.host = 'bob-tablet';
    world.hosts[7]!.id = 'bob-phone';
    expect(errorsOf(world).map((e) => [e.path, e.code])).toEqual([
      ['hosts[7]', 'duplicate'],
      ['clients[1].host', 'reference'],
      // Eve's client ran on the host whose id was changed.
      ['clients[2].host', 'reference'],
    ]);
  });

  it('refuses an LMTP delivery to a host without that LMTP listener', () => {
    const world = classroom();
    (world.hosts[3]!.mta!.delivery as { port: number }).port = 2424;
    expect(errorsOf(world).map((e) => [e.path, e.code])).toEqual([
      ['hosts[3].mta.delivery.port', 'reference'],
    ]);
  });

  it('says which version it reads', () => {
    const world = classroom() as Record<string, unknown>;
    world.version = 2;
    expect(errorsOf(world)).toEqual([
      { path: 'version', code: 'version', params: { expected: '1', received: '2' } },
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'world', [], [classroomWorld], { version: 1 }]) {
      expect(validateWorld(input).ok).toBe(false);
    }
  });
});

describe('validateWorldJson', () => {
  it('says when a file is not JSON', () => {
    const result = validateWorldJson('{ "version": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('notJson');
  });

  it('reads a world file', () => {
    expect(validateWorldJson(JSON.stringify(classroomWorld)).ok).toBe(true);
  });
});

describe('formatConfigError', () => {
  it('says what is wrong with which field, in English and in French', () => {
    const error: ConfigError = {
      path: 'hosts[0].ip',
      code: 'type',
      params: { expected: 'string', received: 'number' },
    };
    expect(formatConfigError(error, en.worldErrors)).toBe(
      'hosts[0].ip must be a text, not a number.',
    );
    expect(formatConfigError(error, fr.worldErrors)).toBe(
      'hosts[0].ip doit être un texte, et non un nombre.',
    );
  });

  it('fills every variable of every error code in both languages', () => {
    const world = classroom();
    world.hosts[0]!.ip = '300.1.1.1';
    (world.network as Record<string, unknown>).x = 1;
    world.clients[1]!.host = 'nowhere';
    const errors = [
      ...errorsOf(world),
      ...errorsOf({ ...classroom(), version: 3 }),
      ...(validateWorldJson('nope') as { errors: ConfigError[] }).errors,
    ];
    for (const error of errors) {
      for (const texts of [en.worldErrors, fr.worldErrors]) {
        expect(formatConfigError(error, texts)).not.toMatch(/{{|}}/);
      }
    }
  });
});
