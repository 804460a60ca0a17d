import { describe, expect, it } from 'vitest';
import { ciphertextOf } from '../../../src/state/selectors/ciphertext';

describe('what an eavesdropper sees of a TLS record', () => {
  it('starts with a TLS application-data record header and the record length', () => {
    // 15 octets of text + 16-octet tag + 1 inner content type = 32 = 0x20 (RFC 8446 §5.2).
    expect(ciphertextOf('MAIL FROM:<a@b>', 3).startsWith('17 03 03 00 20')).toBe(true);
    expect(ciphertextOf('DATA', 3).startsWith('17 03 03 00 15')).toBe(true);
  });

  it('is the same every time for the same step, and differs between steps', () => {
    expect(ciphertextOf('AUTH PLAIN AGFs', 9)).toBe(ciphertextOf('AUTH PLAIN AGFs', 9));
    expect(ciphertextOf('AUTH PLAIN AGFs', 9)).not.toBe(ciphertextOf('AUTH PLAIN AGFs', 10));
  });

  it('never shows the plain text', () => {
    expect(ciphertextOf('RCPT TO:<bob@ecole.example>', 1, 400)).not.toMatch(/bob|RCPT/);
  });
});
