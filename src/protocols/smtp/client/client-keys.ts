/**
 * Explanation keys of what only the client says (src/content/explanations/smtp-client.*.ts).
 * The commands it sends use the server's keys (`smtp.command.MAIL`), so a student reads the
 * same explanation on both ends of the wire.
 */
/** Every verb the client sends. */
export const CLIENT_VERBS = [
  'EHLO',
  'HELO',
  'LHLO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
  'DATA',
  'QUIT',
] as const;

export type ClientVerb = (typeof CLIENT_VERBS)[number];

/** The server's key for a command (`smtp.command.MAIL`); LHLO alone is LMTP's own. */
export function commandKey(verb: ClientVerb): string {
  return verb === 'LHLO' ? 'lmtp.command.LHLO' : `smtp.command.${verb}`;
}

/** A line inside the AUTH exchange (a base64 answer, or "*"), keyed as the server keys it. */
export const AUTH_RESPONSE_KEY = 'smtp.command.authResponse';

export const FAILURE_KEYS = {
  reply: 'smtpClient.failure.reply',
  tlsNotOffered: 'smtpClient.failure.tlsNotOffered',
  authNotOffered: 'smtpClient.failure.authNotOffered',
  noSuitableMechanism: 'smtpClient.failure.noSuitableMechanism',
  messageTooBig: 'smtpClient.failure.messageTooBig',
  timeout: 'smtpClient.failure.timeout',
  lostConnection: 'smtpClient.failure.lostConnection',
  malformed: 'smtpClient.failure.malformed',
} as const;

export const RESULT_KEYS = {
  delivered: 'smtpClient.result.delivered',
  deferred: 'smtpClient.result.deferred',
  bounced: 'smtpClient.result.bounced',
  partial: 'smtpClient.result.partial',
} as const;

/** The key that explains a state of the client machine to a student. */
export function stateKey(state: string): string {
  return `smtpClient.state.${state}`;
}
