/**
 * The SASL pieces AUTH needs (RFC 4954 with PLAIN, RFC 4616, and the LOGIN mechanism), as pure
 * functions over base64 text. No Buffer: the same code runs in the browser.
 */

/** RFC 4616 §2: `[authzid] NUL authcid NUL passwd`. Null when the message is malformed. */
export function parsePlain(message: string): { user: string; password: string } | null {
  const parts = message.split('\0');
  if (parts.length !== 3) return null;
  const [, user = '', password = ''] = parts;
  return user === '' ? null : { user, password };
}

/** LOGIN's prompts, base64 of "Username:" and "Password:" as Dovecot sends them. */
export const LOGIN_USERNAME_PROMPT = 'VXNlcm5hbWU6';
export const LOGIN_PASSWORD_PROMPT = 'UGFzc3dvcmQ6';
