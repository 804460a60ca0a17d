/**
 * IMAP date-time (RFC 3501 §9): `"03-Jun-2024 10:15:00 +0200"`, used by INTERNALDATE and APPEND.
 * The simulator's clock is in milliseconds (UTC); the session writes dates in +0000.
 */
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (value: number) => String(value).padStart(2, '0');

/** Formats a clock value as an IMAP date-time, without the quotes. */
export function formatDateTime(time: number): string {
  const date = new Date(time);
  return (
    `${two(date.getUTCDate())}-${months[date.getUTCMonth()] ?? ''}-${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

const dateTime = /^ ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** Parses an IMAP date-time into a clock value, or undefined when it is not one. */
export function parseDateTime(text: string): number | undefined {
  const match = dateTime.exec(text);
  if (!match) return undefined;
  const monthName = (match[2] ?? '').toLowerCase();
  const month = months.findIndex((name) => name.toLowerCase() === monthName);
  if (month === -1) return undefined;
  const [day = 0, year = 0, hours = 0, minutes = 0, seconds = 0] = [1, 3, 4, 5, 6].map((i) =>
    Number(match[i]),
  );
  const offset = (Number(match[8]) * 60 + Number(match[9])) * (match[7] === '-' ? -1 : 1);
  const utc = Date.UTC(year, month, day, hours, minutes, seconds);
  return utc - offset * 60_000;
}

/** The UTC calendar day of a clock value, as SEARCH compares dates. */
export function dayOf(time: number): { year: number; month: number; day: number } {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
