/**
 * The SASL pieces AUTH needs (RFC 4954 with PLAIN, RFC 4616, and the LOGIN mechanism), as pure
 * functions over base64 text. No Buffer: the same code runs in the browser.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes base64 to UTF-8 text, or null when it is not valid base64. `=` is the empty response (RFC 4954 §4). */
export function decodeBase64(text: string): string | null {
  if (text === '=') return '';
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new TextDecoder().decode(bytes);
}

export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

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
