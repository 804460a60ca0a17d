/**
 * How long the client waits for each reply, in ms: Postfix's smtp client defaults
 * (`postconf -d`), which honour the minimums of RFC 5321 §4.5.3.2.
 */
export const CLIENT_TIMEOUTS = {
  /** `smtp_helo_timeout` 300 s: the greeting, EHLO/HELO, and AUTH inside the handshake. */
  helo: 300_000,
  /** `smtp_starttls_timeout` 300 s: the STARTTLS reply and the TLS handshake. */
  starttls: 300_000,
  /** `smtp_mail_timeout` 300 s (RFC 5321 §4.5.3.2.2). */
  mail: 300_000,
  /** `smtp_rcpt_timeout` 300 s (RFC 5321 §4.5.3.2.3). */
  rcpt: 300_000,
  /** `smtp_data_init_timeout` 120 s: waiting for 354 (RFC 5321 §4.5.3.2.4). */
  dataInit: 120_000,
  /** `smtp_data_done_timeout` 600 s: waiting for the reply to "." (RFC 5321 §4.5.3.2.6). */
  dataDone: 600_000,
  /** `smtp_quit_timeout` 300 s. */
  quit: 300_000,
} as const;
