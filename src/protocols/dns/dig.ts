import { DEFAULT_TTL, type DnsRecord } from './zone';
import type { DnsExchange } from './resolve';

/**
 * `dig`'s presentation of an answer (RFC 1035 §5.1 master-file form), so a student sees
 * what the command line would print: `b.example.  300  IN  MX  10 mx1.b.example.`
 */

function absolute(name: string): string {
  return name === '.' || name.endsWith('.') ? name : `${name}.`;
}

/** The RDATA of a record in master-file form. */
export function recordData(record: DnsRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.address;
    case 'MX':
      return `${record.preference} ${absolute(record.exchange)}`;
    case 'TXT':
      return `"${record.text.replace(/(["\\])/g, '\\$1')}"`;
    case 'PTR':
    case 'CNAME':
      return absolute(record.target);
  }
}

/** Pads with tabs to a column, as dig aligns its columns on 8-character tab stops. */
function tabTo(text: string, column: number): string {
  let width = text.length;
  let out = text;
  do {
    out += '\t';
    width = (Math.floor(width / 8) + 1) * 8;
  } while (width < column);
  return out;
}

/** One line of the ANSWER SECTION. */
export function renderRecord(record: DnsRecord): string {
  const name = tabTo(absolute(record.name), 24);
  const ttl = tabTo(String(record.ttl ?? DEFAULT_TTL), 8);
  return `${name}${ttl}IN\t${record.type}\t${recordData(record)}`;
}

/**
 * What `dig <name> <type>` prints for this exchange: the status line, the question and the
 * answer section (the query ID, flags and timing lines are left out: they change every run).
 */
export function renderDig(exchange: DnsExchange): string {
  const { query, answer } = exchange;
  if (answer.status === 'TIMEOUT') return ';; connection timed out; no servers could be reached';
  const status = answer.status === 'NODATA' ? 'NOERROR' : answer.status;
  const lines = [
    `;; ->>HEADER<<- opcode: QUERY, status: ${status}`,
    '',
    ';; QUESTION SECTION:',
    `${tabTo(';' + absolute(query.name), 32)}IN\t${query.type}`,
  ];
  if (answer.records.length > 0) {
    lines.push('', ';; ANSWER SECTION:', ...answer.records.map(renderRecord));
  }
  return lines.join('\n');
}
