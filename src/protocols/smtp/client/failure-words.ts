import type { ClientStep } from './client-types';
import { replyOnOneLine, type ServerReply } from './server-reply';

/**
 * The words of Postfix's smtp client (`smtp_proto.c`, `smtp_sasl_glue.c`, `smtp_trouble.c`),
 * so that a log line or a bounce built from a result reads like the real one.
 */

/** `xfer_request[]`: what a refused reply answered, "(in reply to RCPT TO command)". */
const REQUEST: Partial<Record<ClientStep, string>> = {
  MAIL: 'MAIL FROM command',
  RCPT: 'RCPT TO command',
  DATA: 'DATA command',
  'end of data': 'end of DATA command',
  QUIT: 'QUIT command',
};

/** `where` / `xfer_states[]`: what the client was doing when the server went quiet or away. */
const WHERE: Record<ClientStep, string> = {
  TLS: 'performing the TLS handshake',
  greeting: 'receiving the initial server greeting',
  EHLO: 'performing the EHLO handshake',
  HELO: 'performing the HELO handshake',
  LHLO: 'performing the LHLO handshake',
  STARTTLS: 'receiving the STARTTLS response',
  AUTH: 'performing the EHLO handshake',
  MAIL: 'sending MAIL FROM',
  RCPT: 'sending RCPT TO',
  DATA: 'sending DATA command',
  'end of data': 'sending end of data -- message may be sent more than once',
  QUIT: 'sending QUIT',
};

/** A refusal during the handshake (greeting, EHLO, HELO, LHLO). */
export function refusedToTalk(peer: string, reply: ServerReply): string {
  return `host ${peer} refused to talk to me: ${replyOnOneLine(reply)}`;
}

/** A refusal inside the mail transaction. */
export function hostSaid(peer: string, reply: ServerReply, step: ClientStep): string {
  const request = REQUEST[step];
  const said = `host ${peer} said: ${replyOnOneLine(reply)}`;
  return request === undefined ? said : `${said} (in reply to ${request})`;
}

export function tlsRefused(peer: string, reply: ServerReply): string {
  return `TLS is required, but host ${peer} refused to start TLS: ${replyOnOneLine(reply)}`;
}

export function tlsNotOffered(peer: string): string {
  return `TLS is required, but was not offered by host ${peer}`;
}

export function saslFailed(peer: string, reply: ServerReply): string {
  return `SASL authentication failed; server ${peer} said: ${replyOnOneLine(reply)}`;
}

/** Python's smtplib words: Postfix would send without AUTH, a MUA stops here (B17). */
export const AUTH_NOT_SUPPORTED = 'SMTP AUTH extension not supported by server.';
export const NO_SUITABLE_MECHANISM = 'No suitable authentication method found.';

export function messageTooBig(size: number, limit: number, peer: string): string {
  return `message size ${size} exceeds size limit ${limit} of server ${peer}`;
}

export function timedOut(peer: string, step: ClientStep): string {
  return `conversation with ${peer} timed out while ${WHERE[step]}`;
}

export function lostConnection(peer: string, step: ClientStep): string {
  return `lost connection with ${peer} while ${WHERE[step]}`;
}

export function malformedReply(peer: string, line: string): string {
  return `host ${peer} sent a malformed reply: ${line}`;
}
