/**
 * Dates as mail writes them. Time is a clock value in ms (the simulated clock), never
 * Date.now(); the zone is an offset in minutes east of UTC, with its name for Postfix.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time zone as a server's clock sees it: `{ offsetMinutes: 120, name: 'CEST' }`. */
export interface TimeZone {
  offsetMinutes: number;
  name: string;
}

export const UTC: TimeZone = { offsetMinutes: 0, name: 'UTC' };

interface Parts {
  day: string;
  date: number;
  month: string;
  year: number;
  time: string;
  zone: string;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function parts(time: number, offsetMinutes: number): Parts {
  const local = new Date(time + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return {
    day: DAYS[local.getUTCDay()] ?? '',
    date: local.getUTCDate(),
    month: MONTHS[local.getUTCMonth()] ?? '',
    year: local.getUTCFullYear(),
    time: `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`,
    zone: `${sign}${pad2(Math.floor(absolute / 60))}${pad2(absolute % 60)}`,
  };
}

/** RFC 5322 §3.3 date-time, as a mail client writes `Date:`: `Mon, 3 Jun 2024 10:15:00 +0200`. */
export function formatDate(time: number, offsetMinutes: number): string {
  const p = parts(time, offsetMinutes);
  return `${p.day}, ${p.date} ${p.month} ${p.year} ${p.time} ${p.zone}`;
}

/**
 * Postfix's date (`mail_date.c`: strftime "%a, %e %b %Y %H:%M:%S", the offset, then "(%Z)"),
 * used in `Received:` and in bounces: `Mon,  3 Jun 2024 10:15:03 +0200 (CEST)`. "%e" pads a
 * one-digit day with a space, hence two spaces after the comma.
 */
export function formatPostfixDate(time: number, zone: TimeZone): string {
  const p = parts(time, zone.offsetMinutes);
  const date = String(p.date).padStart(2, ' ');
  return `${p.day}, ${date} ${p.month} ${p.year} ${p.time} ${p.zone} (${zone.name})`;
}

/**
 * Dovecot's date (`message_date_create()`, "%02d" for the day, no zone name), used in the
 * LMTP `Received:` field: `Mon, 03 Jun 2024 10:15:04 +0200`.
 */
export function formatDovecotDate(time: number, offsetMinutes: number): string {
  const p = parts(time, offsetMinutes);
  return `${p.day}, ${pad2(p.date)} ${p.month} ${p.year} ${p.time} ${p.zone}`;
}

/** A parsed date-time: the instant (ms) and the writer's offset in minutes. */
export interface ParsedDate {
  time: number;
  offsetMinutes: number;
}

// RFC 5322 §4.3: obsolete zone names a reader must still understand.
const OBSOLETE_ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/**
 * Reads an RFC 5322 §3.3 date-time (day name optional, comments such as "(CEST)" ignored,
 * two-digit years as §4.3 says). Returns undefined when the text is not a date.
 */
export function parseDate(text: string): ParsedDate | undefined {
  const cleaned = text.replace(/\([^)]*\)/g, ' ').trim();
  const match =
    /^(?:[A-Za-z]{3}\s*,\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2,4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]+)?$/.exec(
      cleaned,
    );
  if (!match) return undefined;
  const [, day, monthName, yearText, hours, minutes, seconds, zone] = match;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === monthName?.toLowerCase());
  if (month < 0) return undefined;
  let year = Number(yearText);
  if (yearText?.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText?.length === 3) year += 1900;
  let offsetMinutes = 0;
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  } else if (zone) {
    offsetMinutes = OBSOLETE_ZONES[zone.toUpperCase()] ?? 0;
  }
  const utc = Date.UTC(
    year,
    month,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds ?? 0),
  );
  return { time: utc - offsetMinutes * 60_000, offsetMinutes };
}
