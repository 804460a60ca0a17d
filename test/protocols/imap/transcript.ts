import { seedStore } from '../../../src/protocols/mailbox/seed';
import type { MailStore } from '../../../src/protocols/mailbox/store';
import { createImapSession } from '../../../src/protocols/imap/wire-adapter';
import type { ImapConfig } from '../../../src/protocols/imap/session-context';
import type { Output, WireSession } from '../../../src/protocols/wire';

/** Two letters in Bob's INBOX, as §5.3 of the protocol reference shows one. */
export const ALICE_LETTER = [
  'Return-Path: <alice@a.example>',
  'Message-ID: <5f1c2e0a-77@a.example>',
  'Date: Mon, 3 Jun 2024 10:15:00 +0200',
  'From: Alice Durand <alice@a.example>',
  'To: Bob Martin <bob@b.example>',
  'Subject: =?utf-8?q?R=C3=A9union_demain?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Caf=C3=A9 =C3=A0 10h ?',
  '',
].join('\r\n');

export const CAROL_LETTER = [
  'Date: Tue, 4 Jun 2024 08:00:00 +0000',
  'From: carol@c.example',
  'To: bob@b.example',
  'Subject: Lunch',
  '',
  'Noon at the canteen.',
  '',
].join('\r\n');

export const JUNE_3 = Date.UTC(2024, 5, 3, 8, 15, 3);
export const JUNE_4 = Date.UTC(2024, 5, 4, 8, 0, 5);

export function bobStore(): MailStore {
  return seedStore({
    uidValidityBase: 1717399999,
    accounts: [
      {
        user: 'bob',
        password: 's3cret',
        folders: [
          {
            name: 'INBOX',
            uidValidity: 1717400000,
            messages: [
              { raw: ALICE_LETTER, internalDate: JUNE_3 },
              { raw: CAROL_LETTER, internalDate: JUNE_4, flags: ['\\Seen'] },
            ],
          },
          { name: 'Sent', uidValidity: 1717400001 },
          { name: 'Trash', uidValidity: 1717400002 },
        ],
      },
    ],
  });
}

export function openSession(store: MailStore, config: Partial<ImapConfig> = {}): WireSession {
  return createImapSession({
    store,
    tlsAvailable: true,
    disablePlaintextAuth: false,
    startTime: JUNE_4 + 3_600_000,
    ...config,
  });
}

/** The server's lines as `S:` transcript lines (a multi-line output gives several). */
export function serverLines(outputs: readonly Output[]): string[] {
  return outputs.flatMap((output) => {
    if (output.kind !== 'line') return [];
    const text = output.text.endsWith('\r\n') ? output.text.slice(0, -2) : output.text;
    return text.split('\r\n').map((line) => `S: ${line}`);
  });
}

/**
 * Plays a transcript: every `C:` line is sent with CRLF, and the `S:` lines the session
 * answers are collected, so a test compares the whole exchange with a fixture.
 */
export function play(session: WireSession, clientLines: readonly string[], greet = true): string[] {
  const transcript: string[] = greet ? serverLines(session.open()) : [];
  for (const line of clientLines) {
    transcript.push(`C: ${line}`);
    transcript.push(...serverLines(session.receive(`${line}\r\n`)));
  }
  return transcript;
}

/** A fixture written as one template: indentation removed, empty lines dropped; `S: + ` keeps its space. */
export function fixture(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimStart())
    .filter((line) => line !== '');
}

/** The `C:` lines of a fixture, to replay them. */
export function clientLinesOf(lines: readonly string[]): string[] {
  return lines.filter((line) => line.startsWith('C: ')).map((line) => line.slice(3));
}
