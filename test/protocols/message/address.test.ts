import { describe, expect, it } from 'vitest';
import {
  formatMailbox,
  mailboxesOf,
  parseAddressList,
} from '../../../src/protocols/message/address';

describe('RFC 5322 §3.4 addresses', () => {
  it('reads a bare address', () => {
    expect(parseAddressList('bob@b.example')).toEqual([
      { kind: 'mailbox', mailbox: 'bob', host: 'b.example', address: 'bob@b.example' },
    ]);
  });

  it('reads a display name and an angle address', () => {
    expect(parseAddressList('Bob Martin <bob@b.example>')).toEqual([
      {
        kind: 'mailbox',
        name: 'Bob Martin',
        mailbox: 'bob',
        host: 'b.example',
        address: 'bob@b.example',
      },
    ]);
  });

  it('reads a quoted name holding a comma, and a list of several', () => {
    const list = parseAddressList('"Martin, Bob" <bob@b.example>, alice@a.example');
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ name: 'Martin, Bob', mailbox: 'bob', host: 'b.example' });
    expect(list[1]).toMatchObject({ mailbox: 'alice', host: 'a.example' });
  });

  it('decodes an encoded-word name and ignores comments', () => {
    expect(parseAddressList('=?utf-8?q?C=C3=A9line?= <celine@b.example> (bureau)')).toEqual([
      {
        kind: 'mailbox',
        name: 'Céline',
        mailbox: 'celine',
        host: 'b.example',
        address: 'celine@b.example',
      },
    ]);
  });

  it('keeps encoded-words as written when asked (IMAP ENVELOPE sends names raw)', () => {
    expect(
      parseAddressList('=?utf-8?q?C=C3=A9line?= <celine@b.example>', { decodeNames: false })[0],
    ).toMatchObject({ name: '=?utf-8?q?C=C3=A9line?=' });
  });

  it('reads a group with its members, and an empty group', () => {
    const list = parseAddressList(
      'Équipe: a@x.example, Bob <b@y.example>;, undisclosed-recipients:;',
    );
    expect(list).toEqual([
      {
        kind: 'group',
        name: 'Équipe',
        members: [
          { kind: 'mailbox', mailbox: 'a', host: 'x.example', address: 'a@x.example' },
          { kind: 'mailbox', name: 'Bob', mailbox: 'b', host: 'y.example', address: 'b@y.example' },
        ],
      },
      { kind: 'group', name: 'undisclosed-recipients', members: [] },
    ]);
    expect(mailboxesOf(list).map((mailbox) => mailbox.address)).toEqual([
      'a@x.example',
      'b@y.example',
    ]);
  });

  it('keeps a quoted local part without its quotes and the domain as written', () => {
    expect(parseAddressList('"jean dupont"@B.Example')[0]).toMatchObject({
      mailbox: 'jean dupont',
      host: 'B.Example',
      address: '"jean dupont"@B.Example',
    });
  });

  it('writes a mailbox back, quoting or encoding the name when needed', () => {
    expect(formatMailbox({ name: 'Bob Martin', address: 'bob@b.example' })).toBe(
      'Bob Martin <bob@b.example>',
    );
    expect(formatMailbox({ name: 'Martin, Bob', address: 'bob@b.example' })).toBe(
      '"Martin, Bob" <bob@b.example>',
    );
    expect(formatMailbox({ name: 'Céline', address: 'c@b.example' })).toBe(
      '=?utf-8?q?C=C3=A9line?= <c@b.example>',
    );
    expect(formatMailbox({ address: 'bob@b.example' })).toBe('bob@b.example');
  });
});
