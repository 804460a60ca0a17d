/**
 * Reads the user name from a POP3 or IMAP login line, as Dovecot's proxy does before it picks
 * the backend that keeps the mailbox. A SASL exchange without an initial response names the
 * user on the client's next line, so the reader keeps that much state.
 */
export class LoginNameReader {
  /** The mechanism of an AUTH / AUTHENTICATE waiting for its first client line. */
  private waiting: 'PLAIN' | 'LOGIN' | null = null;

  constructor(private readonly protocol: 'pop3' | 'imap') {}

  /** The user this line logs in as, if it does. */
  read(line: string): string | undefined {
    const text = line.replace(/\r?\n$/, '');
    if (this.waiting !== null) {
      const mechanism = this.waiting;
      this.waiting = null;
      return fromSasl(mechanism, text);
    }
    const words = text.split(' ');
    // IMAP commands start with a tag (RFC 3501 §2.2.1); POP3 ones with the command (RFC 1939 §3).
    const [verb = '', first, second] = this.protocol === 'imap' ? words.slice(1) : words;
    switch (verb.toUpperCase()) {
      case 'USER':
        return this.protocol === 'pop3' ? first : undefined;
      case 'LOGIN':
        return this.protocol === 'imap' && first !== undefined ? unquote(first) : undefined;
      case 'AUTH':
      case 'AUTHENTICATE': {
        const mechanism = first?.toUpperCase();
        if (mechanism !== 'PLAIN' && mechanism !== 'LOGIN') return undefined;
        if (second === undefined) {
          this.waiting = mechanism;
          return undefined;
        }
        return fromSasl(mechanism, second);
      }
      default:
        return undefined;
    }
  }
}

/** RFC 3501 §4.3: a quoted string may escape `"` and `\`. */
function unquote(word: string): string {
  if (!word.startsWith('"') || !word.endsWith('"') || word.length < 2) return word;
  return word.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

/** RFC 4616: PLAIN is `authzid NUL authcid NUL passwd`; LOGIN's first answer is the name. */
function fromSasl(mechanism: 'PLAIN' | 'LOGIN', base64: string): string | undefined {
  const decoded = Buffer.from(base64, 'base64').toString('utf8');
  if (mechanism === 'LOGIN') return decoded === '' ? undefined : decoded;
  const [authzid = '', authcid = ''] = decoded.split('\0');
  const user = authzid !== '' ? authzid : authcid;
  return user === '' ? undefined : user;
}
