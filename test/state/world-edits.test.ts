import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios/catalogue';
import { classroomWorld } from '../../src/content/worlds/classroom';
import { applyPatch, type PatchPath } from '../../src/world/config/patch';
import { patchedWorld } from '../../src/world/scenario-check';
import {
  checkDraft,
  describeChanges,
  editGroups,
  linesFromInput,
  numberFromInput,
  readValue,
  worldPatch,
  writeValue,
  type EditField,
} from '../../src/state/world-edits';

const classroom = patchedWorld(classroomWorld);
const fields = (world = classroom): EditField[] => editGroups(world).flatMap((g) => g.fields);
const byPath = (path: PatchPath, world = classroom) => {
  const found = fields(world).find((f) => JSON.stringify(f.path) === JSON.stringify(path));
  if (found === undefined) throw new Error(`no field at ${JSON.stringify(path)}`);
  return found;
};
const alicePort: PatchPath = ['clients', { id: 'alice-mua' }, 'submit', 'port'];

/** An op's path is an editable field, or lands inside a list field (a record, a list item). */
function editable(path: PatchPath, available: readonly EditField[]): boolean {
  const text = (p: PatchPath) => p.map((s) => JSON.stringify(s));
  return available.some((f) => {
    const own = text(f.path);
    const target = text(path);
    if (own.length === target.length) return own.every((s, i) => s === target[i]);
    const isList = f.kind === 'records' || f.kind === 'texts' || f.kind === 'multi';
    return isList && own.length < target.length && own.every((s, i) => s === target[i]);
  });
}

describe('the settings a technician can change', () => {
  it('reads the classroom world values through the fields', () => {
    expect(readValue(classroom, byPath(alicePort).path)).toBe(587);
    expect(
      readValue(classroom, ['clients', { id: 'alice-mua' }, 'submit', 'auth', 'password']),
    ).toBe('merveilles');
    expect(
      readValue(classroom, [
        'hosts',
        { id: 'mx-ecole' },
        'listeners',
        { port: 25 },
        'policy',
        'dmarc',
      ]),
    ).toBe('enforce');
    expect(byPath(['dns', 'records']).kind).toBe('records');
    expect(byPath(['network', 'unreachable']).kind).toBe('multi');
  });

  it('gives every field a unique id and a label and help in both languages', () => {
    const all = fields();
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const f of all) {
      for (const text of [f.label.fr, f.label.en, f.help.fr, f.help.en]) {
        expect(text.trim(), f.id).not.toBe('');
      }
    }
  });

  it('writes French with a no-break space before : ; ! ? and inside guillemets', () => {
    const french = editGroups(classroom).flatMap((g) => [
      g.title.fr,
      ...g.fields.flatMap((f) => [
        f.label.fr,
        f.help.fr,
        ...(f.kind === 'records' ? f.columns.map((c) => c.label.fr) : []),
      ]),
    ]);
    for (const text of french) expect(text, text).not.toMatch(/ [:;!?»]|« /);
    expect(editGroups(classroom).map((g) => g.title.fr)).toContain('Envoi — client d’Alice Martin');
  });

  it('groups the settings: clients, messages, DNS, mailboxes, each SMTP server, network', () => {
    const titles = editGroups(classroom).map((g) => g.title.en);
    expect(titles).toContain('Sending — Alice Martin’s client');
    expect(titles).toContain('Receiving — Bob Durand’s client');
    expect(titles).toContain('DNS');
    expect(titles).toContain('mx.ecole.example — SMTP port 25 (receiving)');
    expect(titles).toContain('smtp.lycee.example — SMTP port 587 (submission)');
    expect(titles).toContain('Network');
  });
});

describe('every scenario can be repaired through the editor', () => {
  for (const scenario of SCENARIOS) {
    const broken = patchedWorld(classroomWorld, scenario.broken);
    const available = fields(broken);
    for (const repair of [scenario.repair, ...scenario.alternativeRepairs]) {
      it(`${scenario.id}: ${repair.id} touches only editable fields`, () => {
        for (const op of repair.patch)
          expect(editable(op.path, available), JSON.stringify(op.path)).toBe(true);
      });

      it(`${scenario.id}: ${repair.id} is the patch the editor computes from its result`, () => {
        const repaired = patchedWorld(classroomWorld, scenario.broken, repair.patch);
        const patch = worldPatch(broken, repaired);
        expect(applyPatch(broken, patch)).toEqual(repaired);
        // Same paths as the scenario's own repair: the editor's patch reads like the author's.
        expect(patch.map((op) => [op.op, op.path])).toEqual(
          repair.patch.map((op) => [op.op, op.path]),
        );
        for (const op of patch)
          expect(editable(op.path, available), JSON.stringify(op.path)).toBe(true);
      });
    }
  }
});

describe('the patch between two worlds', () => {
  it('is one narrow set for a changed port', () => {
    const edited = writeValue(classroom, alicePort, 465);
    expect(worldPatch(classroom, edited)).toEqual([{ op: 'set', path: alicePort, value: 465 }]);
  });

  it('names DNS records by type and name, removes and pushes', () => {
    const records = classroom.dns.records.filter(
      (r) => !(r.type === 'PTR' && r.name === '10.2.0.192.in-addr.arpa'),
    );
    const edited = writeValue(
      classroom,
      ['dns', 'records'],
      [...records, { type: 'A', name: 'backup.ecole.example', address: '198.51.100.30' }],
    );
    expect(worldPatch(classroom, edited)).toEqual([
      { op: 'remove', path: ['dns', 'records', { type: 'PTR', name: '10.2.0.192.in-addr.arpa' }] },
      {
        op: 'push',
        path: ['dns', 'records'],
        value: { type: 'A', name: 'backup.ecole.example', address: '198.51.100.30' },
      },
    ]);
  });

  it('sets a whole list when its records are reordered', () => {
    const reversed = [...classroom.users].reverse();
    const edited = writeValue(classroom, ['users'], reversed);
    const patch = worldPatch(classroom, edited);
    expect(patch).toEqual([{ op: 'set', path: ['users'], value: reversed }]);
  });

  it('is empty when nothing changed', () => {
    expect(worldPatch(classroom, structuredClone(classroom))).toEqual([]);
  });
});

describe('validation placed on the fields', () => {
  it('refuses port 70000 on the port field', () => {
    const result = checkDraft(editGroups(classroom), writeValue(classroom, alicePort, 70000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        error: {
          path: 'clients[0].submit.port',
          code: 'tooLarge',
          params: { max: '65535', received: '70000' },
        },
        at: { fieldId: byPath(alicePort).id },
      },
    ]);
  });

  it('refuses an empty password, which the schema alone would let through', () => {
    const path: PatchPath = ['clients', { id: 'alice-mua' }, 'submit', 'auth', 'password'];
    const result = checkDraft(editGroups(classroom), writeValue(classroom, path, ''));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        error: { path: 'clients[0].submit.auth.password', code: 'missing', params: {} },
        at: { fieldId: byPath(path).id },
      },
    ]);
  });

  it('places a bad IP on its DNS record and column', () => {
    const index = classroom.dns.records.findIndex((r) => r.name === 'mx.ecole.example');
    const draft = writeValue(classroom, ['dns', 'records', index, 'address'], '198.51.100.256');
    const result = checkDraft(editGroups(classroom), draft);
    expect(result.ok ? [] : result.errors.map((e) => [e.error.code, e.at])).toEqual([
      ['format', { fieldId: 'dns.records', item: index, column: 'address' }],
    ]);
  });

  it('places an empty quota nowhere but accepts it as no limit', () => {
    const draft = writeValue(
      classroom,
      ['users', { address: 'bob@ecole.example' }, 'quota', 'storage'],
      null,
    );
    expect(checkDraft(editGroups(classroom), draft).ok).toBe(true);
  });
});

describe('inputs and the list of changes', () => {
  it('keeps a number input as a number, null when empty and allowed, or as text', () => {
    expect(numberFromInput(' 587 ', false)).toBe(587);
    expect(numberFromInput('', true)).toBeNull();
    expect(numberFromInput('', false)).toBe('');
    expect(numberFromInput('25a', false)).toBe('25a');
  });

  it('reads a list input line by line', () => {
    expect(linesFromInput('127.0.0.0/8\n\n 192.0.2.0/24 \n')).toEqual([
      '127.0.0.0/8',
      '192.0.2.0/24',
    ]);
  });

  it('lists a new AUTH password once, and AUTH switched off as such', () => {
    const auth: PatchPath = ['clients', { id: 'alice-mua' }, 'submit', 'auth'];
    const groups = editGroups(classroom);
    const password = describeChanges(
      groups,
      classroom,
      writeValue(classroom, [...auth, 'password'], 'x'),
    );
    expect(password.map((c) => [c.field.en, c.before, c.after])).toEqual([
      ['Password', 'merveilles', 'x'],
    ]);
    const off = describeChanges(groups, classroom, writeValue(classroom, auth, null));
    expect(off.map((c) => [c.field.en, c.before, c.after])).toEqual([
      ['Authentication (AUTH)', 'on', null],
      ['User name', 'alice@lycee.example', null],
      ['Password', 'merveilles', null],
      ['SASL mechanism', 'PLAIN', null],
    ]);
  });

  it('describes a port change and a record change for people', () => {
    const txt = classroom.dns.records.findIndex(
      (r) => r.type === 'TXT' && r.name === 'lycee.example',
    );
    let edited = writeValue(classroom, alicePort, 25);
    edited = writeValue(edited, ['dns', 'records', txt, 'text'], 'v=spf1 mx -all');
    const changes = describeChanges(editGroups(classroom), classroom, edited);
    expect(changes.map((c) => [c.group.en, c.field.en, c.before, c.after])).toEqual([
      ['Sending — Alice Martin’s client', 'Port', '587', '25'],
      [
        'DNS',
        'DNS records',
        'TXT lycee.example v=spf1 ip4:192.0.2.10 -all',
        'TXT lycee.example v=spf1 mx -all',
      ],
    ]);
  });
});
