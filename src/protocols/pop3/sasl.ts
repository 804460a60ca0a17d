import { decodeSaslResponse, encodeBase64 } from '../encoding/base64';
import { R, type Pop3Reply } from './replies';

/** SASL mechanisms Dovecot offers by default (auth_mechanisms = plain login). */
export const SASL_MECHANISMS = ['PLAIN', 'LOGIN'] as const;

/** Where an unfinished exchange stands: LOGIN asks for the user name, then the password. */
export type SaslExchange = { mechanism: 'PLAIN' } | { mechanism: 'LOGIN'; username?: string };

export type SaslStep =
  | { kind: 'challenge'; challenge: string; exchange: SaslExchange }
  | { kind: 'credentials'; username: string; password: string }
  | { kind: 'failure'; reply: Pop3Reply };

/** RFC 4616 §2: [authzid] NUL authcid NUL passwd; an authzid other than the user is refused. */
function plainCredentials(message: string): SaslStep {
  const parts = message.split('\0');
  const [authzid, username, password] = parts;
  if (
    parts.length !== 3 ||
    authzid === undefined ||
    username === undefined ||
    password === undefined ||
    (authzid !== '' && authzid !== username)
  ) {
    return { kind: 'failure', reply: R.authFailed };
  }
  return { kind: 'credentials', username, password };
}

/**
 * AUTH mechanism [initial-response] (RFC 5034 §4). `=` is an empty initial response.
 * The mechanism list (AUTH without argument) is handled by the caller.
 */
export function beginSasl(args: string, cleartextAllowed: boolean): SaslStep {
  const space = args.indexOf(' ');
  const mechanism = (space === -1 ? args : args.slice(0, space)).toUpperCase();
  // Dovecot reads an empty initial response as none at all.
  const initial = space === -1 || space === args.length - 1 ? undefined : args.slice(space + 1);
  // Dovecot hides plaintext mechanisms where cleartext is refused: they count as unsupported.
  if (!cleartextAllowed || (mechanism !== 'PLAIN' && mechanism !== 'LOGIN')) {
    return { kind: 'failure', reply: R.unsupportedMechanism };
  }
  const exchange: SaslExchange = { mechanism };
  if (initial === undefined) return continueStart(exchange);
  const decoded = decodeSaslResponse(initial);
  if (decoded === null) return { kind: 'failure', reply: R.invalidBase64('initial') };
  return advance(exchange, decoded);
}

function continueStart(exchange: SaslExchange): SaslStep {
  // RFC 4616: PLAIN sends an empty challenge; LOGIN asks "Username:" then "Password:".
  const challenge = exchange.mechanism === 'PLAIN' ? '' : encodeBase64('Username:');
  return { kind: 'challenge', challenge, exchange };
}

function advance(exchange: SaslExchange, message: string): SaslStep {
  if (exchange.mechanism === 'PLAIN') return plainCredentials(message);
  if (exchange.username === undefined) {
    return {
      kind: 'challenge',
      challenge: encodeBase64('Password:'),
      exchange: { mechanism: 'LOGIN', username: message },
    };
  }
  return { kind: 'credentials', username: exchange.username, password: message };
}

/** The client's answer to a "+ " challenge; "*" cancels (RFC 5034 §4). */
export function continueSasl(exchange: SaslExchange, line: string): SaslStep {
  if (line === '*') return { kind: 'failure', reply: R.authAborted };
  const decoded = decodeSaslResponse(line);
  if (decoded === null) return { kind: 'failure', reply: R.invalidBase64('continued') };
  return advance(exchange, decoded);
}
