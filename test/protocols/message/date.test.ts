import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDovecotDate,
  formatPostfixDate,
  parseDate,
} from '../../../src/protocols/message/date';

// Mon 3 Jun 2024 08:15:00 UTC, i.e. 10:15:00 in Paris (CEST, +0200).
const T = Date.UTC(2024, 5, 3, 8, 15, 0);
const CEST = { offsetMinutes: 120, name: 'CEST' };

describe('dates', () => {
  it('writes an RFC 5322 §3.3 date', () => {
    expect(formatDate(T, 120)).toBe('Mon, 3 Jun 2024 10:15:00 +0200');
    expect(formatDate(T, -300)).toBe('Mon, 3 Jun 2024 03:15:00 -0500');
    expect(formatDate(T, 0)).toBe('Mon, 3 Jun 2024 08:15:00 +0000');
  });

  it("writes Postfix's trace date with two spaces before a one-digit day", () => {
    expect(formatPostfixDate(T + 3000, CEST)).toBe('Mon,  3 Jun 2024 10:15:03 +0200 (CEST)');
    expect(formatPostfixDate(Date.UTC(2024, 5, 13, 8, 15, 3), CEST)).toBe(
      'Thu, 13 Jun 2024 10:15:03 +0200 (CEST)',
    );
  });

  it("writes Dovecot's date with a two-digit day and no zone name", () => {
    expect(formatDovecotDate(T + 4000, 120)).toBe('Mon, 03 Jun 2024 10:15:04 +0200');
  });

  it('crosses midnight with the offset', () => {
    expect(formatDate(Date.UTC(2024, 11, 31, 23, 30, 0), 60)).toBe(
      'Wed, 1 Jan 2025 00:30:00 +0100',
    );
    expect(formatDate(Date.UTC(2024, 0, 1, 0, 30, 0), -330)).toBe(
      'Sun, 31 Dec 2023 19:00:00 -0530',
    );
  });

  it('reads back every form it writes', () => {
    expect(parseDate('Mon, 3 Jun 2024 10:15:00 +0200')).toEqual({ time: T, offsetMinutes: 120 });
    expect(parseDate('Mon,  3 Jun 2024 10:15:00 +0200 (CEST)')?.time).toBe(T);
    expect(parseDate('Mon, 03 Jun 2024 10:15:00 +0200')?.time).toBe(T);
    expect(parseDate('3 Jun 24 08:15 GMT')?.time).toBe(T);
    expect(parseDate('pas une date')).toBeUndefined();
  });
});
