import { seedStore } from '../../../src/protocols/mailbox/seed';
import type { MailStore } from '../../../src/protocols/mailbox/store';
import { createPop3Session, type Pop3WireOptions } from '../../../src/protocols/pop3/wire-adapter';
import type { WireSession } from '../../../src/protocols/wire';

/** 66 octets: 23 + 18 + 2 + 11 + 12, counted by hand with CRLF. */
export const LETTER_1 =
  'From: alice@a.example\r\nSubject: Bonjour\r\n\r\nSalut Bob\r\n.signature\r\n';
/** 29 octets: "é" and "à" take two octets each in UTF-8. */
export const LETTER_2 = 'Subject: Café\r\n\r\nà demain\r\n';

/** Bob's mailbox: two letters in INBOX, UIDVALIDITY 1717400000 (0x665D71C0). */
export function bobsStore(): MailStore {
  return seedStore({
    accounts: [
      {
        user: 'bob',
        password: 'bobpass',
        folders: [
          {
            name: 'INBOX',
            uidValidity: 1717400000,
            messages: [
              { raw: LETTER_1, internalDate: 0 },
              { raw: LETTER_2, internalDate: 0 },
            ],
          },
        ],
      },
    ],
  });
}

/** A session on a loopback connection unless told otherwise (cleartext allowed there). */
export function pop3(store: MailStore, options: Partial<Pop3WireOptions> = {}): WireSession {
  return createPop3Session({ store, trustedPeer: true, ...options });
}
