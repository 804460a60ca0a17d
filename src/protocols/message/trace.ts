import { formatDovecotDate, formatPostfixDate, type TimeZone } from './date';

/**
 * Trace fields (RFC 5321 §4.4, RFC 5322 §3.6.7): every server that accepts a message
 * prepends a `Received:` field; final delivery adds `Return-Path:` and the delivery agent
 * `Delivered-To:`. Read top-down they go from the newest hop to the oldest.
 */

/** The `with` word (RFC 3848): TLS adds "S", AUTH adds "A". */
export type ReceivedProtocol = 'SMTP' | 'ESMTP' | 'ESMTPS' | 'ESMTPA' | 'ESMTPSA' | 'LMTP';

/** The `with` word for a session: HELO gives SMTP, EHLO ESMTP, plus S for TLS and A for AUTH. */
export function receivedProtocol(session: {
  ehlo: boolean;
  tls: boolean;
  authenticated: boolean;
}): ReceivedProtocol {
  if (!session.ehlo) return 'SMTP';
  return `ESMTP${session.tls ? 'S' : ''}${session.authenticated ? 'A' : ''}` as ReceivedProtocol;
}

/** The TLS details Postfix writes with `smtpd_tls_received_header = yes`. */
export interface ReceivedTls {
  protocol: string;
  cipher: string;
  useBits: number;
  algBits: number;
  /** e.g. "X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256". */
  keyExchange?: string;
}

export interface PostfixReceivedInput {
  /** The HELO/EHLO name the client gave; Postfix writes the client's name when there is none. */
  helo?: string;
  /** The client's verified reverse-DNS name, or "unknown". */
  clientName: string;
  /** The client's IP address as seen on the connection. */
  clientAddress: string;
  /** This server's `myhostname`. */
  host: string;
  protocol: ReceivedProtocol;
  queueId: string;
  /** The accepted envelope recipients; `for <…>` is written only when there is exactly one. */
  recipients: readonly string[];
  /** Arrival time on the simulated clock (ms) and the server's time zone. */
  time: number;
  zone: TimeZone;
  /** The SASL login, written only with `smtpd_sasl_authenticated_header = yes`. */
  authenticatedSender?: string;
  /** Written only with `smtpd_tls_received_header = yes`. */
  tls?: ReceivedTls;
}

/** Postfix writes an IPv6 client as an RFC 5321 address literal: "IPv6:2001:db8::1". */
function rfcAddress(address: string): string {
  return address.includes(':') ? `IPv6:${address}` : address;
}

/**
 * The `Received:` field Postfix's smtpd prepends (smtpd.c), lines joined by CRLF + TAB,
 * ending with CRLF:
 * ```
 * Received: from smtp.a.example (smtp.a.example [198.51.100.25])
 * 	by mx1.b.example (Postfix) with ESMTPS id 4Wv9Yt0Hn4z1
 * 	for <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)
 * ```
 * With several recipients the `for` clause is left out, so Bcc recipients stay hidden, and
 * the date goes on its own line after `id …;`.
 */
export function postfixReceived(input: PostfixReceivedInput): string {
  const date = formatPostfixDate(input.time, input.zone);
  const lines = [
    `Received: from ${input.helo ?? input.clientName} (${input.clientName} [${rfcAddress(input.clientAddress)}])`,
  ];
  if (input.tls) {
    const { tls } = input;
    const bits = `(${tls.useBits}/${tls.algBits} bits)`;
    if (tls.keyExchange) {
      lines.push(`\t(using ${tls.protocol} with cipher ${tls.cipher} ${bits}`);
      lines.push(`\t key-exchange ${tls.keyExchange})`);
    } else {
      lines.push(`\t(using ${tls.protocol} with cipher ${tls.cipher} ${bits})`);
    }
    lines.push('\t(No client certificate requested)');
  }
  if (input.authenticatedSender !== undefined) {
    lines.push(`\t(Authenticated sender: ${input.authenticatedSender})`);
  }
  const by = `\tby ${input.host} (Postfix) with ${input.protocol} id ${input.queueId}`;
  const [only] = input.recipients;
  if (input.recipients.length === 1 && only !== undefined) {
    lines.push(by, `\tfor <${only}>; ${date}`);
  } else {
    lines.push(`${by};`, `\t${date}`);
  }
  return lines.join('\r\n') + '\r\n';
}

export interface DovecotLmtpReceivedInput {
  /** The LHLO name; Dovecot writes "unknown" when it was not a valid domain. */
  lhlo?: string;
  /** The LMTP client's IP address (the MX), if the connection has one (not a UNIX socket). */
  clientAddress?: string;
  /** The mailbox server's hostname. */
  host: string;
  /** The LMTP transaction ID. */
  transactionId: string;
  /** The envelope sender (MAIL FROM), "" for a bounce. */
  envelopeFrom: string;
  recipients: readonly string[];
  time: number;
  offsetMinutes: number;
}

/**
 * The `Received:` field Dovecot 2.3's LMTP server prepends
 * (`smtp_server_transaction_write_trace_record()`):
 * ```
 * Received: from mx1.b.example ([203.0.113.10])
 * 	by imap.b.example with LMTP
 * 	id Xa1b2C3d4E5f6G7h8I9j0K
 * 	(envelope-from <alice@a.example>)
 * 	for <bob@b.example>; Mon, 03 Jun 2024 10:15:04 +0200
 * ```
 */
export function dovecotLmtpReceived(input: DovecotLmtpReceivedInput): string {
  const date = formatDovecotDate(input.time, input.offsetMinutes);
  const address = input.clientAddress ? ` ([${input.clientAddress}])` : '';
  const lines = [
    `Received: from ${input.lhlo ?? 'unknown'}${address}`,
    `\tby ${input.host} with LMTP`,
    `\tid ${input.transactionId}`,
    `\t(envelope-from <${input.envelopeFrom}>)`,
  ];
  const [only] = input.recipients;
  if (input.recipients.length === 1 && only !== undefined) lines.push(`\tfor <${only}>; ${date}`);
  else lines[lines.length - 1] += `; ${date}`;
  return lines.join('\r\n') + '\r\n';
}

/** RFC 5321 §4.4: the envelope reverse-path at final delivery; `<>` for a bounce. */
export function returnPath(reversePath: string): string {
  return `Return-Path: <${reversePath}>\r\n`;
}

/** The recipient a delivery agent delivered to (Postfix local, Dovecot LDA/LMTP). */
export function deliveredTo(recipient: string): string {
  return `Delivered-To: ${recipient}\r\n`;
}

/**
 * The message with trace fields added on top (RFC 5321 §4.4: prepended, never reordered).
 * `fields` are complete fields ending with CRLF, in the order they must appear.
 */
export function prependTraceFields(raw: string, fields: readonly string[]): string {
  return fields.join('') + raw;
}

/** How many `Received:` fields a message has; Postfix's `hopcount_limit` (50) calls more a loop. */
export function countReceived(fields: readonly { name: string }[]): number {
  return fields.filter((field) => field.name.toLowerCase() === 'received').length;
}

/** One verdict of an `Authentication-Results:` field: `spf=pass smtp.mailfrom=a.example`. */
export interface AuthenticationResult {
  /** "spf", "dkim", "dmarc", "arc" … (RFC 8601 §2.7). */
  method: string;
  /** "pass", "fail", "softfail", "none", "neutral", "temperror", "permerror" … */
  result: string;
  /** An optional reason, written `reason="…"` after the result (RFC 8601 §2.2). */
  reason?: string;
  /** Properties such as `smtp.mailfrom`, `header.d`, `header.from`, in order. */
  properties?: readonly (readonly [string, string])[];
}

/**
 * The `Authentication-Results:` field the MX adds (RFC 8601 §2.2): the server's name, then
 * each verdict; verdicts are kept whole and continuation lines start with a tab, as
 * milters write them:
 * ```
 * Authentication-Results: mx1.b.example; spf=pass smtp.mailfrom=a.example;
 * 	dkim=pass header.d=a.example; dmarc=pass header.from=a.example
 * ```
 * With no verdict at all the field says `none` (RFC 8601 §2.2).
 */
export function authenticationResults(
  host: string,
  results: readonly AuthenticationResult[],
  width = 78,
): string {
  if (results.length === 0) return `Authentication-Results: ${host}; none\r\n`;
  const verdicts = results.map((verdict) => {
    const reason = verdict.reason === undefined ? '' : ` reason="${verdict.reason}"`;
    const properties = (verdict.properties ?? []).map(([name, value]) => ` ${name}=${value}`);
    return `${verdict.method}=${verdict.result}${reason}${properties.join('')}`;
  });
  const pieces = [
    `Authentication-Results: ${host};`,
    ...verdicts.map((v, i) => (i < verdicts.length - 1 ? `${v};` : v)),
  ];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = `\t${piece}`;
    }
  }
  lines.push(line);
  return lines.join('\r\n') + '\r\n';
}
